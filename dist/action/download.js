import { a as NotFoundError, l as StoreError, o as PodsError } from "./errors.js";
import { i as timedFetch, n as bodyStream } from "./http.js";
import { n as maskUrl } from "./url.js";
import { t as privateTempDir } from "./private-temp.js";
import { join } from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
// src/engine/store/single-file/download.ts
/**
* The URL without `user:password@`, which fetch refuses, and the Basic `Authorization` header
* it stands for (as curl and browsers read it). A redirect to another origin drops the header.
*/
function withoutUserinfo(url) {
	const parsed = new URL(url);
	if (!parsed.username && !parsed.password) return {
		address: url,
		headers: {}
	};
	const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
	parsed.username = "";
	parsed.password = "";
	return {
		address: parsed.href,
		headers: { authorization: `Basic ${Buffer.from(credentials).toString("base64")}` }
	};
}
/**
* Streams a single-file pod from an http(s) URL into a temp file (a zip is read from its end,
* so it needs the whole file); `dispose` removes it. Content is verified blob by blob later.
*/
async function download(url, display, timeoutMs) {
	const dir = await mkdtemp(join(privateTempDir(), "download-"));
	const dispose = () => rm(dir, {
		recursive: true,
		force: true
	});
	try {
		let response;
		try {
			const { address, headers } = withoutUserinfo(url);
			response = await timedFetch(address, {
				redirect: "follow",
				headers
			}, timeoutMs, display);
		} catch (error) {
			if (error instanceof PodsError) throw error;
			const cause = error.cause;
			const reason = cause?.code ?? cause?.message ?? error.message;
			throw new StoreError(`Cannot reach ${display} (${reason.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, maskUrl)}).`, { cause: error });
		}
		if (response.status === 404) throw new NotFoundError(`No pod file at ${display} (404).`);
		if (!response.ok || !response.body) throw new StoreError(`Downloading ${display} failed: ${response.status} ${response.statusText}.`);
		const path = join(dir, "pod.zip");
		await pipeline(bodyStream(response, timeoutMs, display), createWriteStream(path));
		return {
			path,
			dispose
		};
	} catch (error) {
		await dispose();
		throw error;
	}
}
export { download };
