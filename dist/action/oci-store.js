import { a as NotFoundError, l as StoreError, n as DigestMismatchError, o as PodsError } from "./errors.js";
import { g as isDigest, i as OCI_INDEX, m as digestOf, o as OCI_MANIFEST, p as VerifyingStream, t as ANNOTATION } from "./media-types.js";
import { i as parsePodName, r as isVersionText } from "./ref.js";
import { t as forEachLimit } from "./concurrency.js";
import { i as timedFetch, n as bodyStream } from "./http.js";
import { Readable, pipeline } from "node:stream";
import { Buffer as Buffer$1 } from "node:buffer";
import { randomBytes } from "node:crypto";
import { buffer as buffer$1 } from "node:stream/consumers";
import { setTimeout } from "node:timers/promises";
import { pipeline as pipeline$1 } from "node:stream/promises";
// src/engine/store/oci/network.ts
/** TLS failures that mean the server speaks plain HTTP. */
const PLAIN_HTTP_SIGNS = /WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i;
/**
* One line for a request that got no HTTP answer (a request timeout is left as it is): `fetch` rejects with "fetch failed" and puts
* the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in its cause.
*/
function networkError(what, display, error) {
	if (error instanceof PodsError) return error;
	let reason = error instanceof Error ? error.message : String(error);
	let cause = error;
	while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
	if (cause instanceof Error && cause !== error) {
		const code = cause.code;
		reason = code && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
	}
	const hint = PLAIN_HTTP_SIGNS.test(reason) ? " If it serves plain HTTP, add ?plain-http=true to the URL." : "";
	return new StoreError(`Cannot reach ${what} for ${display}: ${reason}.${hint}`, { cause: error });
}
// src/engine/store/oci/auth.ts
/** Parses the first challenge of a `WWW-Authenticate` header (`Bearer realm="…",service="…",scope="…"`). */
function parseChallenge(header) {
	const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
	if (!match) return {
		scheme: "",
		params: {}
	};
	const params = {};
	for (const pair of match[2].matchAll(/([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) params[pair[1].toLowerCase()] = pair[2] !== void 0 ? pair[2].replace(/\\(.)/g, "$1") : pair[3];
	return {
		scheme: match[1].toLowerCase(),
		params
	};
}
/** Tokens are renewed this long before they expire, so a request never carries a stale one. */
const RENEW_MARGIN_MS = 1e4;
/** The lifetime the token spec presumes when a realm does not say (`expires_in` absent). */
const DEFAULT_TOKEN_SECONDS = 60;
/**
* Answers a registry's 401 challenges the way docker, oras and crane do: anonymous first; then
* HTTP Basic with the remote's credentials, or a bearer token from the challenge's realm (Docker
* Hub, GHCR, ECR, distribution's token auth), cached per scope until shortly before it expires.
*/
var Authenticator = class {
	remote;
	timeoutMs;
	basic = false;
	tokens = /* @__PURE__ */ new Map();
	constructor(remote, timeoutMs) {
		this.remote = remote;
		this.timeoutMs = timeoutMs;
	}
	/** The `Authorization` header for a request needing `scope`, when one is known; else none. */
	header(scope) {
		if (this.basic) return this.basicHeader();
		const token = this.tokens.get(scope);
		if (token && token.expiresAt - RENEW_MARGIN_MS > Date.now()) return `Bearer ${token.value}`;
	}
	/** Learns how to authenticate from a 401's challenge; a request for `scope` may then be retried. */
	async answer(header, scope) {
		const challenge = parseChallenge(header ?? "");
		if (challenge.scheme === "basic") {
			if (!this.remote.credentials) throw this.credentialsNeeded();
			this.basic = true;
			return;
		}
		if (challenge.scheme !== "bearer" || !challenge.params.realm) throw new StoreError(`Registry ${this.remote.host} asks for an authentication this tool does not speak ("${header ?? ""}") for ${this.remote.display}.`);
		const scopes = [...new Set(`${scope} ${challenge.params.scope ?? ""}`.split(" ").filter(Boolean))];
		this.tokens.set(scope, await this.fetchToken(challenge.params.realm, challenge.params.service, scopes));
	}
	async fetchToken(realm, service, scopes) {
		let url;
		try {
			url = new URL(realm);
		} catch {
			throw new StoreError(`Registry ${this.remote.host} names an invalid token realm "${realm}" for ${this.remote.display}.`);
		}
		if (service) url.searchParams.set("service", service);
		for (const scope of scopes) url.searchParams.append("scope", scope);
		const headers = {};
		if (this.remote.credentials) headers.authorization = this.basicHeader();
		let response;
		try {
			response = await timedFetch(url, { headers }, this.timeoutMs, `the token service ${url.host} of registry ${this.remote.host}`);
		} catch (error) {
			throw networkError(`the token service ${url.host} of registry ${this.remote.host}`, this.remote.display, error);
		}
		if (response.status === 401 || response.status === 403) {
			await response.body?.cancel();
			throw this.credentialsRefused(response.status);
		}
		if (!response.ok) {
			await response.body?.cancel();
			throw new StoreError(`The token service ${url.host} of registry ${this.remote.host} answered ${response.status} for ${this.remote.display}.`);
		}
		const body = await response.json().catch(() => ({}));
		const value = body.token ?? body.access_token;
		if (!value) throw new StoreError(`The token service ${url.host} of registry ${this.remote.host} sent no token for ${this.remote.display}.`);
		const seconds = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS;
		return {
			value,
			expiresAt: Date.now() + seconds * 1e3
		};
	}
	basicHeader() {
		const { username, password } = this.remote.credentials;
		return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
	}
	/** The error for a 401 that survived authentication. */
	refused(status) {
		return this.remote.credentials ? this.credentialsRefused(status) : this.credentialsNeeded();
	}
	credentialsRefused(status) {
		return new StoreError(`Registry ${this.remote.host} refused the credentials for ${this.remote.display} (${status}).`);
	}
	credentialsNeeded() {
		return new StoreError(`Registry ${this.remote.host} requires credentials for ${this.remote.display} (401): put them in the URL as oras://{oras_username}:{oras_password}@${this.remote.host}/… and set ORAS_USERNAME and ORAS_PASSWORD.`);
	}
};
// src/engine/store/oci/client.ts
/** The token scope of the catalog API. */
const CATALOG_SCOPE = "registry:catalog:*";
/** The token scope for `actions` on one repository, or on several (a mount reads another). */
function repositoryScope(repository, actions, from) {
	const scope = `repository:${repository}:${actions}`;
	return from ? `${scope} repository:${from}:pull` : scope;
}
/** Pauses before the retries of an idempotent request that met a 5xx or 429. */
const RETRY_DELAYS_MS = [
	100,
	400,
	1e3
];
/** Pages of a catalog or tag list hold this many names (distribution's default is 100). */
const PAGE_SIZE = 1e3;
/**
* HTTP to one registry: resolves paths, authenticates (see Authenticator), and turns answers
* that are not successes into one-line StoreErrors naming the registry and the masked remote.
*/
var RegistryClient = class {
	remote;
	timeoutMs;
	auth;
	constructor(remote, timeoutMs) {
		this.remote = remote;
		this.timeoutMs = timeoutMs;
		this.auth = new Authenticator(remote, timeoutMs);
	}
	/**
	* Sends `request`; after a 401 it authenticates and sends it once more (unless the body was a
	* stream). Idempotent requests are retried on 5xx and 429: distribution's filesystem storage
	* answers 500 while a concurrent push rewrites a link file that a read looks at.
	*/
	async send(request) {
		const retryable = request.retry ?? (request.method === "GET" || request.method === "HEAD");
		for (let attempt = 0;; attempt++) {
			let response = await this.attempt(request);
			if (response.status === 401 && !(request.body instanceof ReadableStream)) {
				await response.body?.cancel();
				await this.auth.answer(response.headers.get("www-authenticate"), request.scope);
				response = await this.attempt(request);
			}
			if (!(response.status >= 500 || response.status === 429) || !retryable || attempt >= RETRY_DELAYS_MS.length) return response;
			await response.body?.cancel();
			await setTimeout(RETRY_DELAYS_MS[attempt]);
		}
	}
	/** `send`, then a StoreError unless the status is one of `ok`. */
	async expect(request, ok, what) {
		const response = await this.send(request);
		if (!ok.includes(response.status)) throw await this.failure(response, what);
		return response;
	}
	async attempt(request) {
		const url = new URL(request.url, this.remote.origin);
		const headers = { ...request.headers };
		const authorization = url.origin === this.remote.origin ? this.auth.header(request.scope) : void 0;
		if (authorization) headers.authorization = authorization;
		const init = {
			method: request.method,
			headers,
			redirect: "follow"
		};
		if (request.body) {
			init.body = request.body;
			if (request.body instanceof ReadableStream) init.duplex = "half";
		}
		try {
			return await timedFetch(url, init, this.timeoutMs, `registry ${this.remote.host} (${request.method} ${url.pathname})`);
		} catch (error) {
			throw networkError(`registry ${this.remote.host}`, this.remote.display, error);
		}
	}
	/** The StoreError for an unexpected answer to `what` ("push blob … to …"); consumes the body. */
	async failure(response, what) {
		if (response.status === 401) {
			await response.body?.cancel();
			return this.auth.refused(401);
		}
		const detail = await errorDetail(response);
		const { host, display } = this.remote;
		if (response.status === 403) return new StoreError(`Registry ${host} denied ${what} for ${display} (403${detail}).`);
		return new StoreError(`Registry ${host} could not ${what} for ${display} (${response.status}${detail}).`);
	}
	/**
	* The names of a paginated list (`/v2/_catalog`, `/v2/<repo>/tags/list`), following `Link`
	* headers; `onMissing` answers a 404 or 401 on the first page.
	*/
	async list(path, key, scope, what, onMissing) {
		const names = [];
		let next = new URL(path, this.remote.origin);
		next.searchParams.set("n", String(PAGE_SIZE));
		let first = true;
		while (next) {
			const response = await this.send({
				method: "GET",
				url: next,
				scope
			});
			if (first && (response.status === 404 || response.status === 401)) return onMissing(response);
			if (response.status !== 200) throw await this.failure(response, what);
			const items = (await response.json().catch(() => ({})))[key];
			if (items !== null && items !== void 0 && !Array.isArray(items)) throw new StoreError(`Registry ${this.remote.host} sent a malformed answer to ${what} for ${this.remote.display}.`);
			names.push(...(items ?? []).filter((n) => typeof n === "string"));
			next = nextPage(response.headers.get("link"), next);
			first = false;
		}
		return names;
	}
};
/** The target of a `Link: <…>; rel="next"` header, resolved against the page it came with. */
function nextPage(link, current) {
	const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
	return match ? new URL(match[1], current) : void 0;
}
/** `: CODE message` from an OCI error body (`{"errors":[{"code","message"}]}`), or nothing. */
async function errorDetail(response) {
	if (response.headers.get("content-length") === "0" || !response.body) return "";
	const text = await response.text().catch(() => "");
	try {
		const first = JSON.parse(text).errors?.[0];
		if (first) return `: ${[first.code, first.message].filter(Boolean).join(" ")}`;
	} catch {}
	return "";
}
// src/engine/store/oci/manifests.ts
/** Media types a registry keeps under `/manifests/` rather than `/blobs/`. */
const MANIFEST_TYPES = /* @__PURE__ */ new Set([
	OCI_MANIFEST,
	OCI_INDEX,
	"application/vnd.docker.distribution.manifest.v2+json",
	"application/vnd.docker.distribution.manifest.list.v2+json"
]);
/** Without an Accept naming OCI types, registries may convert or refuse the manifest. */
const MANIFEST_ACCEPT = [...MANIFEST_TYPES].join(", ");
/** distribution refuses manifests over 4 MiB; a pod's is a few kilobytes. */
const MAX_MANIFEST_SIZE = 4194304;
function isManifestType(mediaType) {
	return MANIFEST_TYPES.has(mediaType);
}
/** The blobs a manifest references (config and layers); none for content that does not parse. */
function blobsOf(bytes) {
	try {
		const manifest = JSON.parse(Buffer$1.from(bytes).toString("utf8"));
		return [manifest.config, ...Array.isArray(manifest.layers) ? manifest.layers : []].filter((d) => !!d && typeof d.digest === "string" && isDigest(d.digest));
	} catch {
		return [];
	}
}
/**
* The descriptor of the manifest `reference` (a tag or digest) names in `repository`; undefined
* when there is none. A HEAD suffices where the registry sends `Docker-Content-Digest`, as
* distribution, Docker Hub, GHCR and ECR do; otherwise the manifest is read and hashed.
*/
async function describeManifest(client, repository, reference, scope) {
	const request = {
		url: `/v2/${repository}/manifests/${reference}`,
		scope,
		headers: { accept: MANIFEST_ACCEPT }
	};
	const what = `read the manifest ${repository}:${reference}`;
	const head = await client.send({
		method: "HEAD",
		...request
	});
	if (head.status === 404) return void 0;
	if (head.status !== 200) throw await client.failure(head, what);
	const mediaType = (head.headers.get("content-type") ?? "application/vnd.oci.image.manifest.v1+json").split(";")[0].trim();
	const digest = head.headers.get("docker-content-digest");
	const size = Number(head.headers.get("content-length"));
	if (digest && isDigest(digest) && Number.isSafeInteger(size) && size > 0) return {
		mediaType,
		digest,
		size
	};
	const bytes = await readManifestBytes(client, repository, reference, scope);
	return bytes && {
		mediaType,
		digest: digestOf(bytes),
		size: bytes.length
	};
}
/** The bytes of a manifest, exactly as stored (digests are over them); undefined on a 404. */
async function readManifestBytes(client, repository, reference, scope) {
	const response = await client.send({
		method: "GET",
		url: `/v2/${repository}/manifests/${reference}`,
		scope,
		headers: { accept: MANIFEST_ACCEPT }
	});
	if (response.status === 404) {
		await response.body?.cancel();
		return;
	}
	if (response.status !== 200) throw await client.failure(response, `read the manifest ${repository}:${reference}`);
	const bytes = Buffer$1.from(await response.arrayBuffer());
	if (bytes.length > 4194304) throw new StoreError(`Registry ${client.remote.host} sent a manifest of ${bytes.length} bytes for ${repository}:${reference} (${client.remote.display}); a manifest is at most ${MAX_MANIFEST_SIZE}.`);
	return bytes;
}
/** The tag a staged manifest carries, so garbage collection can find it (`sha256-<hex>`, as cosign names its tags). */
function stagedTag(digest) {
	return digest.replace(":", "-");
}
// src/engine/store/oci/claims.ts
/**
* Claims: how a save takes a version number in a registry, which has no compare-and-swap on
* tags (a tag PUT overwrites, `If-None-Match` is ignored). A writer of version N first tags a
* manifest of its own under a tag no other writer uses (`claim-N-<time>-<random>`), so no
* claim is ever overwritten or lost; it then lists the tags and writes the tag `N` only when
* its claim is the only one for N. Of two writers whose claims overlap, the later one to list
* always sees the other's claim (or the tag `N`, which is written before a claim is removed),
* so at most one writes `N`, however long the network holds either's requests. When each sees
* the other, the claim that sorts first waits for the rest to withdraw and the rest withdraw.
*/
/** `claim-<version>-<seconds since 1970>-<16 hex>`: unique per try, and ordered. */
const CLAIM_TAG = /^claim-(\d+)-(\d+)-[0-9a-f]{16}$/;
/** The OCI empty descriptor (image-spec 1.1): the config of a manifest that needs none. */
const EMPTY_CONFIG = {
	mediaType: "application/vnd.oci.empty.v1+json",
	digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
	size: 2
};
const EMPTY_CONFIG_BYTES = Buffer$1.from("{}");
const CLAIM_ARTIFACT = "application/vnd.localstack-pods.claim.v1";
/** A new claim on `version`: a manifest of its own (so deleting it deletes nothing else) and its tag. */
function newClaim(version, now = /* @__PURE__ */ new Date()) {
	const tag = `claim-${version}-${Math.floor(now.getTime() / 1e3)}-${randomBytes(8).toString("hex")}`;
	const bytes = Buffer$1.from(JSON.stringify({
		schemaVersion: 2,
		mediaType: OCI_MANIFEST,
		artifactType: CLAIM_ARTIFACT,
		config: EMPTY_CONFIG,
		layers: [EMPTY_CONFIG],
		annotations: {
			[ANNOTATION.created]: now.toISOString(),
			[ANNOTATION.refName]: tag
		}
	}));
	return {
		tag,
		bytes,
		descriptor: {
			mediaType: OCI_MANIFEST,
			digest: digestOf(bytes),
			size: bytes.length
		}
	};
}
/** The live claims on `version` among `tags`, in the order that decides which one waits. */
function claimsOn(tags, version, nowSeconds = Date.now() / 1e3) {
	return tags.filter((t) => claimedVersion(t) === version && !isStale(t, nowSeconds)).sort();
}
/** The version a claim tag is on; undefined for any other tag. */
function claimedVersion(tag) {
	const match = CLAIM_TAG.exec(tag);
	return match ? Number(match[1]) : void 0;
}
/** Whether the claim `tag` was left by a writer that is gone. */
function isStale(tag, nowSeconds = Date.now() / 1e3) {
	const match = CLAIM_TAG.exec(tag);
	return !!match && nowSeconds - Number(match[2]) > 3600;
}
/**
* Uploads `content` as `descriptor` to `repository` (OCI distribution spec, "pushing blobs"),
* streaming it through a VerifyingStream: a blob that does not match its descriptor is never
* committed, and its upload session is deleted. `session` is an upload already started (a mount
* the registry answered with 202); otherwise one is started here.
*/
async function uploadBlob(client, repository, descriptor, content, options) {
	const scope = repositoryScope(repository, "pull,push");
	const what = `push blob ${descriptor.digest} to ${repository}`;
	let session;
	try {
		session = options.session ?? await startUpload(client, repository, what);
	} catch (error) {
		content.destroy();
		throw error;
	}
	try {
		session = descriptor.size <= options.chunkSize ? await putWhole(client, session, scope, what, descriptor, content) : await patchChunks(client, session, scope, what, descriptor, content, options.chunkSize);
	} catch (error) {
		await client.send({
			method: "DELETE",
			url: session,
			scope
		}).then((r) => r.body?.cancel(), () => void 0);
		throw error;
	}
}
async function startUpload(client, repository, what) {
	const response = await client.expect({
		method: "POST",
		url: `/v2/${repository}/blobs/uploads/`,
		scope: repositoryScope(repository, "pull,push")
	}, [202], what);
	await response.body?.cancel();
	return location(client, response, what);
}
/** The upload URL a registry answers with; each PATCH may move it. */
function location(client, response, what) {
	const header = response.headers.get("location");
	if (!header) throw new StoreError(`Registry ${client.remote.host} sent no upload location to ${what} for ${client.remote.display}.`);
	return new URL(header, client.remote.origin);
}
function withDigest(session, descriptor) {
	const url = new URL(session);
	url.searchParams.set("digest", descriptor.digest);
	return url;
}
/** A monolithic upload: the whole blob as the body of the closing PUT. */
async function putWhole(client, session, scope, what, descriptor, content) {
	let mismatch;
	const verifying = pipeline(content, new VerifyingStream(descriptor), () => void 0);
	verifying.once("error", (error) => mismatch ??= error);
	let response;
	try {
		response = await client.send({
			method: "PUT",
			url: withDigest(session, descriptor),
			scope,
			headers: {
				"content-type": "application/octet-stream",
				"content-length": String(descriptor.size)
			},
			body: Readable.toWeb(verifying)
		});
	} catch (error) {
		throw mismatch ?? error;
	}
	if (mismatch) {
		await response.body?.cancel();
		throw mismatch;
	}
	if (response.status !== 201) throw await client.failure(response, what);
	await response.body?.cancel();
	return session;
}
/** A chunked upload: PATCHes of `chunkSize` bytes, then an empty PUT once the content checked out. */
async function patchChunks(client, session, scope, what, descriptor, content, chunkSize) {
	let offset = 0;
	const send = async (chunk) => {
		const response = await client.send({
			method: "PATCH",
			url: session,
			scope,
			headers: {
				"content-type": "application/octet-stream",
				"content-range": `${offset}-${offset + chunk.length - 1}`,
				"content-length": String(chunk.length)
			},
			body: chunk
		});
		if (response.status !== 202) throw await client.failure(response, what);
		await response.body?.cancel();
		session = location(client, response, what);
		offset += chunk.length;
	};
	await pipeline$1(content, new VerifyingStream(descriptor), async (source) => {
		let pending = [];
		let pendingSize = 0;
		for await (const piece of source) {
			pending.push(piece);
			pendingSize += piece.length;
			while (pendingSize >= chunkSize) {
				const joined = Buffer.concat(pending, pendingSize);
				await send(joined.subarray(0, chunkSize));
				pending = [joined.subarray(chunkSize)];
				pendingSize -= chunkSize;
			}
		}
		if (pendingSize > 0) await send(Buffer.concat(pending, pendingSize));
	});
	const response = await client.send({
		method: "PUT",
		url: withDigest(session, descriptor),
		scope,
		headers: { "content-length": "0" }
	});
	if (response.status !== 201) throw await client.failure(response, what);
	await response.body?.cancel();
	return session;
}
// src/engine/store/oci/oci-store.ts
/**
* Where the store keeps what it is given before it knows the pod (the store contract, tools that
* use a store without `forPod`): two path components under the namespace, so never a pod's
* repository. `tagIfAbsent` mounts from here into the pod's repository.
*/
const STAGING = "localstack-pods/staging";
/** Tags that are versions: whole numbers from 1 (as `parsePodVersion` accepts). */
const STAGED_TAG = /^sha256-[a-f0-9]{64}$/;
/** Requests in flight at once for per-tag or per-repository look-ups. */
const LOOKUPS = 8;
/**
* How long a claim waits for rival claims on the same version to withdraw (see `holdsClaim`).
* A rival withdraws after one listing and one delete; on a registry slowed by many writers at
* once, those took over 10 s, and a claim that gives up leaves the version to nobody.
*/
const DEFAULT_CLAIM_WAIT_MS = 3e4;
/** How soon a waiting claim lists the tags again, at first and at the most: every waiting writer lists, so they back off. */
const CLAIM_POLL_MS = {
	first: 100,
	most: 1e3
};
/** Tries of a claim's delete (see `withdraw`). */
const WITHDRAW_ATTEMPTS = 4;
/** Tries of a manifest PUT that distribution answers 400 DIGEST_INVALID in a race (see `putManifest`). */
const MANIFEST_PUT_ATTEMPTS = 4;
/**
* A store in an OCI registry (OCI distribution spec 1.1): pod `name` is the repository
* `<namespace>/<name>`, version N its tag `N`, so `oras pull host/namespace/name:N` reads it.
*
* Registries keep blobs per repository. `forPod(name)` gives the view the engine uses (see
* `podView`), whose blobs go straight to the pod's repository; the store itself, which does not
* know the pod when it is given blobs, keeps them in a staging repository and mounts them into
* the pod's repository when a version is tagged.
*/
var OciStore = class OciStore {
	shared;
	repository;
	display;
	constructor(shared, repository) {
		this.shared = shared;
		this.repository = repository;
		this.display = shared.remote.display;
	}
	/** Opens `remote`, checking that the registry answers and accepts the credentials. */
	static async open(remote, options) {
		const client = new RegistryClient(remote, options.timeoutMs ?? 6e4);
		const shared = {
			client,
			remote,
			actions: options.mode === "write" ? "pull,push" : "pull",
			chunkSize: options.chunkSize ?? 8388608,
			claimWaitMs: options.claimWaitMs ?? DEFAULT_CLAIM_WAIT_MS,
			locations: /* @__PURE__ */ new Map()
		};
		await (await client.expect({
			method: "GET",
			url: "/v2/",
			scope: ""
		}, [200], "answer the API check GET /v2/")).body?.cancel();
		return new OciStore(shared, repositoryOf(remote.namespace, STAGING));
	}
	/** The view of pod `name`: blobs are read from and written to its repository. */
	forPod(name) {
		return new OciStore(this.shared, this.repoOf(parsePodName(name)));
	}
	repoOf(name) {
		return repositoryOf(this.shared.remote.namespace, name);
	}
	get client() {
		return this.shared.client;
	}
	scope(repository) {
		return repositoryScope(repository, this.shared.actions);
	}
	remember(digest, repository) {
		let repositories = this.shared.locations.get(digest);
		if (!repositories) this.shared.locations.set(digest, repositories = /* @__PURE__ */ new Set());
		repositories.add(repository);
	}
	rememberBlobsOf(manifest, repository) {
		for (const blob of blobsOf(manifest)) this.remember(blob.digest, repository);
	}
	/** Other repositories seen to hold `digest`, for a mount. */
	sourcesOf(digest, except) {
		return [...this.shared.locations.get(digest) ?? []].filter((r) => r !== except);
	}
	async exists(digest) {
		const found = await this.hasBlob(this.repository, digest) || await this.hasManifest(this.repository, digest);
		if (found) this.remember(digest, this.repository);
		return found;
	}
	/**
	* Whether `repository` holds the manifest `digest`. distribution 2.8 also looks among the
	* repository's layers and answers 500 when the digest is a blob that is not a manifest: that
	* happens when a concurrent push links the blob after `hasBlob` missed it, so a 5xx is
	* answered by asking for the blob again.
	*/
	async hasManifest(repository, digest) {
		const response = await this.client.send({
			method: "HEAD",
			url: `/v2/${repository}/manifests/${digest}`,
			scope: this.scope(repository),
			headers: { accept: MANIFEST_ACCEPT },
			retry: false
		});
		if (response.status === 200 || response.status === 404) {
			await response.body?.cancel();
			return response.status === 200;
		}
		if (response.status >= 500 && await this.hasBlob(repository, digest)) {
			await response.body?.cancel();
			return true;
		}
		throw await this.client.failure(response, `look up manifest ${digest} in ${repository}`);
	}
	async hasBlob(repository, digest) {
		return await this.blobSize(repository, digest) !== void 0;
	}
	/** The size the registry gives for a blob of the pod's repository (HEAD), undefined when it is missing. */
	async sizeOf(digest) {
		return this.blobSize(this.repository, digest);
	}
	async blobSize(repository, digest) {
		const response = await this.client.send({
			method: "HEAD",
			url: `/v2/${repository}/blobs/${digest}`,
			scope: this.scope(repository)
		});
		await response.body?.cancel();
		if (response.status === 200) return Number(response.headers.get("content-length") ?? NaN);
		if (response.status === 404) return void 0;
		throw await this.client.failure(response, `look up blob ${digest} in ${repository}`);
	}
	manifestAt(repository, reference) {
		return describeManifest(this.client, repository, reference, this.scope(repository));
	}
	async fetch(descriptor) {
		const { digest } = descriptor;
		for (const repository of [this.repository, ...this.sourcesOf(digest, this.repository)]) {
			if (isManifestType(descriptor.mediaType)) {
				const bytes = await readManifestBytes(this.client, repository, digest, this.scope(repository));
				if (!bytes) continue;
				this.remember(digest, repository);
				this.rememberBlobsOf(bytes, repository);
				return Readable.from([bytes]);
			}
			const response = await this.client.send({
				method: "GET",
				url: `/v2/${repository}/blobs/${digest}`,
				scope: this.scope(repository)
			});
			if (response.status === 404) {
				await response.body?.cancel();
				continue;
			}
			if (response.status !== 200 || !response.body) throw await this.client.failure(response, `read blob ${digest} from ${repository}`);
			this.remember(digest, repository);
			return bodyStream(response, this.shared.client.timeoutMs, `registry ${this.shared.remote.host} (blob ${digest})`);
		}
		throw new NotFoundError(`Blob ${digest} is missing from ${this.display} (repository ${this.repository}).`);
	}
	async push(descriptor, content) {
		if (isManifestType(descriptor.mediaType)) {
			await this.pushManifest(descriptor, content);
			return;
		}
		const { digest } = descriptor;
		if (await this.hasBlob(this.repository, digest)) {
			content.destroy();
			this.remember(digest, this.repository);
			return;
		}
		const mounted = await this.mount(this.repository, descriptor);
		if (mounted === true) content.destroy();
		else await uploadBlob(this.client, this.repository, descriptor, content, {
			chunkSize: this.shared.chunkSize,
			...mounted ? { session: mounted } : {}
		});
		this.remember(digest, this.repository);
	}
	/**
	* Links a blob another repository of this process's acquaintance holds into `repository`
	* without sending it. True when mounted; else the upload session the registry opened instead
	* (a 202, as registries answer when they do not mount across these repositories), or
	* undefined when no repository is known to hold it.
	*/
	async mount(repository, descriptor) {
		const from = this.sourcesOf(descriptor.digest, repository)[0];
		if (!from) return void 0;
		const what = `mount blob ${descriptor.digest} from ${from} into ${repository}`;
		const url = new URL(`/v2/${repository}/blobs/uploads/`, this.shared.remote.origin);
		url.searchParams.set("mount", descriptor.digest);
		url.searchParams.set("from", from);
		const response = await this.client.expect({
			method: "POST",
			url,
			scope: repositoryScope(repository, "pull,push", from)
		}, [201, 202], what);
		await response.body?.cancel();
		return response.status === 201 ? true : location(this.client, response, what);
	}
	/** Manifests go to `/manifests/`, where the registry checks the blobs they name are in the repository. */
	async pushManifest(descriptor, content) {
		if (descriptor.size > 4194304) {
			content.destroy();
			throw new StoreError(`Manifest ${descriptor.digest} is ${descriptor.size} bytes; a registry takes at most ${MAX_MANIFEST_SIZE}.`);
		}
		const bytes = await buffer$1(pipeline(content, new VerifyingStream(descriptor), () => void 0));
		const staging = this.repository === repositoryOf(this.shared.remote.namespace, STAGING);
		await this.putManifest(this.repository, staging ? stagedTag(descriptor.digest) : descriptor.digest, descriptor, bytes);
		this.remember(descriptor.digest, this.repository);
		this.rememberBlobsOf(bytes, this.repository);
	}
	/**
	* PUTs a manifest. distribution 2.8 writes a repository's blob links in place, so a manifest
	* PUT that checks its blobs while a concurrent push rewrites one of their links reads an empty
	* link and answers 400 DIGEST_INVALID; the bytes were checked against their digest here, so
	* that answer is transient and the PUT (idempotent) is sent again.
	*/
	async putManifest(repository, reference, descriptor, bytes, headers = {}) {
		for (let attempt = 1;; attempt++) {
			const response = await this.client.send({
				method: "PUT",
				url: `/v2/${repository}/manifests/${reference}`,
				scope: repositoryScope(repository, "pull,push"),
				headers: {
					"content-type": descriptor.mediaType,
					...headers
				},
				body: bytes,
				retry: true
			});
			if (response.status === 201 || response.status === 412) {
				await response.body?.cancel();
				return response;
			}
			if (response.status === 400 && attempt < MANIFEST_PUT_ATTEMPTS && (await response.clone().text()).includes("DIGEST_INVALID")) {
				await response.body?.cancel();
				await setTimeout(100 * attempt);
				continue;
			}
			throw await this.client.failure(response, `store manifest ${descriptor.digest} as ${repository}:${reference}`);
		}
	}
	listPods() {
		return this.podNames(`name the pod: localstack-pods versions NAME ${this.display}`);
	}
	/** The pods, or a StoreError ending with `advice` when the registry has no catalog. */
	async podNames(advice) {
		const repositories = await this.client.list("/v2/_catalog", "repositories", CATALOG_SCOPE, "list its repositories", (r) => this.noCatalog(r, advice));
		const prefix = this.shared.remote.namespace ? `${this.shared.remote.namespace}/` : "";
		const candidates = repositories.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length)).filter((name) => /^[a-z0-9][a-z0-9._-]{0,127}$/.test(name));
		const pods = [];
		await forEachLimit(candidates, LOOKUPS, async (name) => {
			if ((await this.versionTags(this.repoOf(name))).length > 0) pods.push(name);
		});
		return pods.sort();
	}
	/** The error for a registry without `/v2/_catalog` (GHCR, ECR, Docker Hub), unless the credentials are the reason. */
	async noCatalog(response, advice) {
		if (response.status === 401 && !this.shared.remote.credentials) throw await this.client.failure(response, "list its repositories");
		if (response.status === 401) {
			const probe = await this.client.send({
				method: "GET",
				url: "/v2/",
				scope: ""
			});
			if (probe.status === 401) throw await this.client.failure(probe, "answer the API check GET /v2/");
			await probe.body?.cancel();
		}
		await response.body?.cancel();
		throw new StoreError(`Registry ${this.shared.remote.host} does not offer the catalog API (${response.status} on /v2/_catalog), so the pods of ${this.display} cannot be listed; ${advice}.`);
	}
	tags(repository) {
		return this.client.list(`/v2/${repository}/tags/list`, "tags", this.scope(repository), `list the tags of ${repository}`, async (r) => {
			if (r.status !== 404) throw await this.client.failure(r, `list the tags of ${repository}`);
			await r.body?.cancel();
			return [];
		});
	}
	async versionTags(repository) {
		return (await this.tags(repository)).filter(isVersionText).map(Number).sort((a, b) => a - b);
	}
	async listVersions(name) {
		const repository = this.repoOf(parsePodName(name));
		const numbers = await this.versionTags(repository);
		const found = new Array(numbers.length);
		await forEachLimit(numbers.entries(), LOOKUPS, async ([i, version]) => {
			const descriptor = await this.manifestAt(repository, String(version));
			if (descriptor) {
				this.remember(descriptor.digest, repository);
				found[i] = {
					name,
					version,
					descriptor
				};
			}
		});
		return found.filter((v) => v !== void 0);
	}
	/**
	* Tags `manifest` as `name:version` unless that version exists or another writer is taking
	* it, by a claim (see `claims.ts`): registries offer no compare-and-swap on tags, and a tag
	* PUT held back by the network would otherwise overwrite a version another save had already
	* reported. `If-None-Match: *` is sent with the tag too, for registries that honour it (412).
	* The claim is removed afterwards, with any a killed writer left; where the registry allows
	* no deletes they stay, harmless (a claim never names a version's content).
	*/
	async tagIfAbsent(name, version, manifest) {
		const repository = this.repoOf(parsePodName(name));
		const tag = String(version);
		const bytes = await this.manifestInto(repository, manifest);
		const before = await this.tags(repository);
		if (before.includes(tag) || claimsOn(before, version).length > 0) return false;
		const claim = newClaim(version);
		await this.blobInRepository(repository, EMPTY_CONFIG, EMPTY_CONFIG_BYTES);
		await this.putManifest(repository, claim.tag, claim.descriptor, claim.bytes);
		try {
			if (!await this.holdsClaim(repository, version, claim.tag)) return false;
			return (await this.putManifest(repository, tag, manifest, bytes, { "if-none-match": "*" })).status !== 412;
		} finally {
			if (await this.withdraw(repository, claim.descriptor.digest)) await this.sweepClaims(repository, before);
		}
	}
	/**
	* Deletes a claim's manifest, trying again a few times: distribution can fail a manifest delete
	* that races tag writes of other writers, and a claim left behind holds rivals up until they
	* give up the version. False when the registry allows no deletes (the claim then goes stale).
	*/
	async withdraw(repository, digest) {
		for (let attempt = 1;; attempt++) try {
			await this.deleteIn(repository, "manifests", digest);
			return true;
		} catch {
			if (attempt === WITHDRAW_ATTEMPTS) return false;
			await setTimeout(100 * attempt);
		}
	}
	/** Removes, best effort, the claims among `tags` that decide nothing any more: stale, or on a version that is tagged. */
	async sweepClaims(repository, tags) {
		const settled = tags.filter((t) => {
			const version = claimedVersion(t);
			return version !== void 0 && (isStale(t) || tags.includes(String(version)));
		});
		await forEachLimit(settled, LOOKUPS, async (tag) => {
			const claim = await this.manifestAt(repository, tag).catch(() => void 0);
			if (claim) await this.deleteIn(repository, "manifests", claim.digest).catch(() => void 0);
		});
	}
	/**
	* Whether the claim `own` on `version` is the only one, waiting while rivals that sort after
	* it withdraw; false as soon as the version is tagged or a rival sorts first, or when the
	* rivals stay past `claimWaitMs` (a writer killed within the last hour).
	*/
	async holdsClaim(repository, version, own) {
		const deadline = Date.now() + this.shared.claimWaitMs;
		for (let pause = CLAIM_POLL_MS.first;; pause = Math.min(pause * 2, CLAIM_POLL_MS.most)) {
			const tags = await this.tags(repository);
			if (tags.includes(String(version))) return false;
			const listed = claimsOn(tags, version).filter((t) => t !== own);
			const live = await Promise.all(listed.map(async (t) => Boolean(await this.manifestAt(repository, t).catch(() => true))));
			const rivals = listed.filter((_, i) => live[i]);
			if (rivals.length === 0) return rivals.length === listed.length || !(await this.tags(repository)).includes(String(version));
			if (rivals[0] < own || Date.now() > deadline) return false;
			await setTimeout(pause);
		}
	}
	/** Uploads a small blob held in memory into `repository` unless it is there. */
	async blobInRepository(repository, descriptor, bytes) {
		if (this.shared.locations.get(descriptor.digest)?.has(repository) || await this.hasBlob(repository, descriptor.digest)) return;
		await uploadBlob(this.client, repository, descriptor, Readable.from([bytes]), { chunkSize: this.shared.chunkSize });
		this.remember(descriptor.digest, repository);
	}
	/**
	* Makes `repository` hold `manifest` and every blob it names, mounting (or else copying) from
	* where this process saw them; returns the manifest's bytes, checked against its digest.
	*/
	async manifestInto(repository, manifest) {
		for (const source of [
			repository,
			this.repository,
			...this.sourcesOf(manifest.digest, repository)
		]) {
			const bytes = await readManifestBytes(this.client, source, manifest.digest, this.scope(source));
			if (!bytes) continue;
			if (digestOf(bytes) !== manifest.digest) throw new DigestMismatchError(`Manifest ${manifest.digest} in ${source} of ${this.display} does not match its digest.`);
			if (source !== repository) {
				this.rememberBlobsOf(bytes, source);
				await forEachLimit(blobsOf(bytes), 4, (blob) => this.blobInto(repository, blob));
			}
			this.remember(manifest.digest, repository);
			return bytes;
		}
		throw new StoreError(`Cannot tag ${repository}: its manifest ${manifest.digest} is not stored in ${this.display}.`);
	}
	async blobInto(repository, blob) {
		if (await this.hasBlob(repository, blob.digest)) return;
		const mounted = await this.mount(repository, blob);
		if (mounted === void 0) throw new StoreError(`Blob ${blob.digest} is in no repository of ${this.display} this process knows; push it first.`);
		if (mounted !== true) {
			const source = this.sourcesOf(blob.digest, repository)[0];
			const view = new OciStore(this.shared, source);
			await uploadBlob(this.client, repository, blob, await view.fetch(blob), {
				chunkSize: this.shared.chunkSize,
				session: mounted
			});
		}
		this.remember(blob.digest, repository);
	}
	/**
	* Deletes the tag of `name:version`. Registries delete manifests by digest, which removes
	* every tag naming it, so when another tag names the same manifest only the tag is deleted
	* (OCI distribution 1.1 tag deletion), or nothing, with an error, where the registry cannot.
	*/
	async deleteVersion(name, version) {
		const repository = this.repoOf(parsePodName(name));
		const tag = String(version);
		const target = await this.manifestAt(repository, tag);
		if (!target) throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
		const sharing = [];
		await forEachLimit((await this.tags(repository)).filter((t) => t !== tag), LOOKUPS, async (other) => {
			if ((await this.manifestAt(repository, other))?.digest === target.digest) sharing.push(other);
		});
		const reference = sharing.length === 0 ? target.digest : tag;
		const response = await this.client.send({
			method: "DELETE",
			url: `/v2/${repository}/manifests/${reference}`,
			scope: repositoryScope(repository, "delete")
		});
		if (response.status === 202 || response.status === 200) {
			await response.body?.cancel();
			return;
		}
		if (response.status === 404) {
			await response.body?.cancel();
			throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
		}
		const error = await this.client.failure(response, `delete ${repository}:${tag}`);
		if (sharing.length > 0 && response.status !== 401 && response.status !== 403) throw new StoreError(`Registry ${this.shared.remote.host} cannot delete the tag ${repository}:${tag} alone (${response.status}), and deleting its manifest would also delete ${sharing.sort().map((t) => `${name}:${t}`).join(", ")} of ${this.display}; nothing was deleted.`);
		if (response.status === 405 || /UNSUPPORTED/.test(error.message)) throw new StoreError(`Registry ${this.shared.remote.host} does not allow deletes for ${this.display} (${response.status}); a distribution registry needs storage.delete.enabled: true (REGISTRY_STORAGE_DELETE_ENABLED=true).`);
		throw error;
	}
	/**
	* A registry frees blob storage itself (distribution: `registry garbage-collect
	* --delete-untagged`), and its API can neither list a repository's blobs nor its untagged
	* manifests. What this can find is the staging repository's manifests (they are tagged): those
	* no version of any pod names are deleted, with the blobs only they used unlinked from staging.
	* Returns zero: the registry's own collection, not this, frees the bytes. A save through the
	* store itself (not `forPod`) that has staged its manifest but not tagged it yet loses it here.
	*/
	async collectGarbage() {
		const staging = this.repoOf(STAGING);
		const staged = (await this.tags(staging)).filter((t) => STAGED_TAG.test(t));
		if (staged.length === 0) return {
			blobs: 0,
			bytes: 0
		};
		const referenced = /* @__PURE__ */ new Set();
		const pods = await this.podNames("garbage collection needs it to know which pods use staged content");
		await forEachLimit(pods, LOOKUPS, async (pod) => {
			for (const v of await this.listVersions(pod)) referenced.add(v.descriptor.digest);
		});
		const manifests = /* @__PURE__ */ new Map();
		await forEachLimit(staged, LOOKUPS, async (tag) => {
			const bytes = await readManifestBytes(this.client, staging, tag, this.scope(staging));
			if (bytes) manifests.set(digestOf(bytes), blobsOf(bytes));
		});
		const kept = /* @__PURE__ */ new Set();
		for (const [digest, blobs] of manifests) if (referenced.has(digest)) for (const b of blobs) kept.add(b.digest);
		const unlinked = /* @__PURE__ */ new Set();
		for (const [digest, blobs] of manifests) {
			if (referenced.has(digest)) continue;
			await this.deleteIn(staging, "manifests", digest);
			for (const blob of blobs) {
				if (kept.has(blob.digest) || unlinked.has(blob.digest)) continue;
				unlinked.add(blob.digest);
				await this.deleteIn(staging, "blobs", blob.digest);
			}
		}
		return {
			blobs: 0,
			bytes: 0
		};
	}
	async deleteIn(repository, kind, digest) {
		await this.client.expect({
			method: "DELETE",
			url: `/v2/${repository}/${kind}/${digest}`,
			scope: repositoryScope(repository, "delete")
		}, [
			200,
			202,
			404
		], `delete ${kind === "blobs" ? "blob" : "manifest"} ${digest} from ${repository}`).then((r) => r.body?.cancel());
	}
};
/** `<namespace>/<name>`, or `<name>` at the registry's top level. */
function repositoryOf(namespace, name) {
	return namespace ? `${namespace}/${name}` : name;
}
export { OciStore };
