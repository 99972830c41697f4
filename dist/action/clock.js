import { o as __toESM } from "./rolldown-runtime.js";
import { o as PodsError, t as CorruptPodError } from "./errors.js";
import { g as isDigest } from "./media-types.js";
import { b as StandardRetryStrategy, v as init_retry } from "./util.js";
import { t as canonicalJson } from "./manifest.js";
import { t as privateTempDir } from "./private-temp.js";
import { m as clientOf } from "./kit.js";
import { t as require_dist_cjs } from "./dist-cjs2.js";
import { once } from "node:events";
import { createGunzip, createGzip } from "node:zlib";
import { createHash, randomUUID } from "node:crypto";
import { join } from "node:path";
import { rm } from "node:fs/promises";
import { createReadStream, createWriteStream } from "node:fs";
import { finished, pipeline } from "node:stream/promises";
// src/engine/pod/records.ts
/** A record's identity within its layer, as one string, for maps. */
function recordKey(type, id) {
	return `${type}\0${id}`;
}
/** Payloads up to this size are inlined in their record. */
const INLINE_PAYLOAD_LIMIT = 262144;
const NEWLINE = 10;
const GZIP_LEVEL = 6;
/**
* Writes records as gzip-compressed JSON lines (canonical JSON) into `sink`. Node's gzip writes
* no timestamp, so the same records always give the same bytes, and so the same digest.
*
* With `unless`, the records digest of an earlier layer, lines are spooled to a temporary file
* and compressed only if they differ from that layer's: compressing costs far more than
* hashing, and most layers of a save are unchanged since the one before.
*/
var RecordLayerWriter = class {
	sink;
	unless;
	hash = createHash("sha256");
	out;
	/** The sink's result (streaming), or the spool file's end (spooling). */
	done;
	spool;
	count = 0;
	constructor(sink, unless) {
		this.sink = sink;
		this.unless = unless;
		if (unless) {
			this.spool = join(privateTempDir(), `layer-${randomUUID()}`);
			this.out = createWriteStream(this.spool, {
				flags: "wx",
				mode: 384
			});
			this.done = finished(this.out);
		} else {
			const gzip = createGzip({ level: GZIP_LEVEL });
			this.out = gzip;
			this.done = sink(gzip);
		}
		this.done.catch(() => void 0);
	}
	async write(record) {
		this.count += 1;
		const line = Buffer.concat([canonicalJson(record), Buffer.from("\n")]);
		this.hash.update(line);
		if (!this.out.write(line)) await Promise.race([once(this.out, "drain"), this.done]);
	}
	/** Ends the layer. */
	async finish() {
		this.out.end();
		const recordsDigest = `sha256:${this.hash.digest("hex")}`;
		const result = {
			recordsDigest,
			count: this.count
		};
		if (!this.spool) return {
			...result,
			stored: await this.done
		};
		try {
			await this.done;
			if (recordsDigest === this.unless) return result;
			const gzip = createGzip({ level: GZIP_LEVEL });
			const stored = this.sink(gzip);
			await Promise.all([pipeline(createReadStream(this.spool), gzip), stored]);
			return {
				...result,
				stored: await stored
			};
		} finally {
			await rm(this.spool, { force: true });
		}
	}
	/** Drops the layer after a failure elsewhere. */
	abort(error) {
		this.out.destroy(error);
		if (this.spool) rm(this.spool, { force: true });
	}
};
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPayloadRef(value) {
	if (!isObject(value) || !Number.isSafeInteger(value.size) || value.size < 0) return false;
	return typeof value.inline === "string" || typeof value.digest === "string" && isDigest(value.digest);
}
function parseRecord(line, n, what) {
	let record;
	try {
		record = JSON.parse(line);
	} catch (error) {
		throw new CorruptPodError(`${what}: line ${n} is not valid JSON.`, { cause: error });
	}
	if (typeof record.type !== "string" || typeof record.id !== "string" || !isObject(record.data)) throw new CorruptPodError(`${what}: line ${n} is not a state record.`);
	if (record.payload !== void 0 && !isPayloadRef(record.payload)) throw new CorruptPodError(`${what}: line ${n} (${record.type} ${record.id}) has a payload that is neither inline nor a blob reference.`);
	return record;
}
/**
* Bounds on what decoding a layer may cost, whatever the layer claims: a crafted layer of a
* few MB can expand to gigabytes, in one line or many.
*/
const LAYER_LIMITS = {
	/**
	* One record, decompressed. The largest real ones are a DynamoDB item (400 KB), an inlined
	* payload (256 KiB as base64) and documents such as policies, templates and state machine
	* definitions (a few MB); this is far above them and far below what exhausts memory.
	*/
	recordBytes: 67108864,
	/**
	* Decompressed bytes per compressed byte, once a layer has expanded past `expansionFloor`.
	* JSON records compress 5 to 50 times; gzip's own limit is about 1,000.
	*/
	expansion: 250,
	expansionFloor: 268435456
};
function tooLarge(what, limit) {
	return new CorruptPodError(`${what}: ${limit}. The pod was not made by localstack-pods or was altered; nothing was loaded from it.`);
}
/**
* The records of a layer. Lines are split on the decompressed bytes rather than by `readline`:
* readline decodes every chunk to a string and joins those into each line, so a record with an
* inlined payload of 256 KiB was copied three times as strings; here it is decoded once. A
* layer that breaks `LAYER_LIMITS`, or is not gzip, fails as a corrupt pod.
*/
async function* decodeRecords(layer, what) {
	const gunzip = createGunzip();
	let compressed = 0;
	layer.on("data", (chunk) => compressed += chunk.length);
	layer.on("error", (error) => gunzip.destroy(error));
	layer.pipe(gunzip);
	let partial = [];
	let partialBytes = 0;
	let expanded = 0;
	let n = 0;
	const line = (bytes) => {
		n += 1;
		return bytes.length === 0 ? void 0 : parseRecord(bytes.toString("utf8"), n, what);
	};
	try {
		for await (const chunk of gunzip) {
			expanded += chunk.length;
			if (expanded > LAYER_LIMITS.expansionFloor && expanded > LAYER_LIMITS.expansion * compressed) throw tooLarge(what, `it expands more than ${LAYER_LIMITS.expansion} times`);
			let start = 0;
			for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
				const piece = chunk.subarray(start, end);
				const record = line(partial.length === 0 ? piece : Buffer.concat([...partial, piece]));
				partial = [];
				partialBytes = 0;
				start = end + 1;
				if (record) yield record;
			}
			if (start < chunk.length) {
				partial.push(chunk.subarray(start));
				partialBytes += chunk.length - start;
				if (partialBytes > LAYER_LIMITS.recordBytes) throw tooLarge(what, `line ${n + 1} is longer than ${LAYER_LIMITS.recordBytes} bytes`);
			}
		}
		const last = partial.length === 0 ? void 0 : line(Buffer.concat(partial));
		if (last) yield last;
	} catch (error) {
		if (error instanceof PodsError) throw error;
		if (error.code?.startsWith("Z_")) throw new CorruptPodError(`${what} is not gzip-compressed records (${error.message}).`, { cause: error });
		throw error;
	} finally {
		gunzip.destroy();
		layer.destroy();
	}
}
// src/engine/target/retry.ts
init_retry();
/**
* Whether `error` is the instance saying it keeps no backend for `region`: LocalStack answers a
* service moto's backends lack in that region (SES in ap-east-1) with a 500 whose message is the
* KeyError, "exception while calling ses.ListIdentities: 'ap-east-1'", every time it is asked (its own
* providers add " is not a valid AWS region name for transcribe").
*/
function isRegionWithoutBackend(error, region) {
	const message = error?.message;
	return (typeof message === "string" ? /^exception while calling [\w-]+\.\w+: '([a-z0-9-]+)'( is not a valid AWS region name for [\w-]+)?$/.exec(message) : null)?.[1] === region;
}
/**
* Whether `error` is the instance saying it does not implement the operation (HTTP 501, as
* LocalStack answers the operations of a service it serves in part, or a 500 saying it finds no
* operation for the request, as LocalStack answers SESv2's ListEmailIdentities): asked again, it
* says the same.
*/
function isNotImplemented(error) {
	const e = error;
	const noOperation = typeof e?.message === "string" && /^exception while calling [\w-]+ with unknown operation/.test(e.message);
	return e?.$metadata?.httpStatusCode === 501 || noOperation;
}
/**
* The SDK's standard retries, except for an answer that cannot change: retried ten times, with
* the backoff an instance starting a service needs, each such answer cost a save seconds (SES
* alone took 24 s of an empty LocalStack's 27 s save).
*/
function retryStrategy(maxAttempts, region) {
	const standard = new StandardRetryStrategy(maxAttempts);
	return {
		acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope ?? ""),
		refreshRetryTokenForRetry: (token, info) => {
			if (isRegionWithoutBackend(info.error, region) || isNotImplemented(info.error)) return Promise.reject(info.error);
			return standard.refreshRetryTokenForRetry(token, info);
		},
		recordSuccess: (token) => standard.recordSuccess(token)
	};
}
/** For calls an emulator fails for good where the SDK would retry (see `s3ClientTryingOnce`). */
const TRYING_ONCE = new StandardRetryStrategy(1);
// src/engine/state/reserved.ts
/**
* What localstack-pods keeps in an instance for itself: the record of its loads and saves that
* `status` reads (see `status/instance-log.ts`). It is no one's state, so no capture, inspection
* or clear sees it: S3's bucket listing, which every capture, probe and clear of buckets goes
* through, leaves it out.
*/
/** The bucket holding the record, one object per load or save. */
const STATUS_BUCKET = "localstack-pods-status";
/**
* The account the record is kept in, where the instance switches accounts (LocalStack, MiniStack,
* moto): bucket listings are per account, so the users' own `ListBuckets` never shows it. It
* stays clear of LocalStack's `000000000000`, moto's `123456789012` and the test fronts' worker
* accounts (`1000000000nn`).
*/
const STATUS_ACCOUNT = "999999999999";
/** Whether a bucket is localstack-pods' own, not state of the instance. */
function isReservedBucket(name) {
	return name === STATUS_BUCKET;
}
// src/engine/state/portable/s3/client.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
/**
* The S3 client of a context and region, for every module that reads or writes buckets.
* Checksums only when S3 requires them: emulators differ in the trailing checksums they accept.
*/
const S3_CLIENT_SETTINGS = {
	requestChecksumCalculation: "WHEN_REQUIRED",
	responseChecksumValidation: "WHEN_REQUIRED"
};
const s3Client = clientOf(import_dist_cjs.S3Client, S3_CLIENT_SETTINGS);
/**
* The same, trying each call once: for a read an emulator fails for good with a 500 (moto's
* GetObjectAcl of an object uploaded in parts, which has no ACL there), where the SDK's retries
* would cost seconds per object.
*/
const s3ClientTryingOnce = clientOf(import_dist_cjs.S3Client, {
	...S3_CLIENT_SETTINGS,
	retryStrategy: TRYING_ONCE
});
// src/engine/target/clock.ts
/**
* The instance's own time, in milliseconds, from the `Date` header every HTTP server with a
* clock sends (whole seconds); undefined when it sends none or does not answer within 5 s.
* Times the instance reports (S3's LastModified) are compared with this, never with ours.
*/
async function serverTime(endpoint) {
	try {
		const response = await fetch(endpoint, {
			method: "HEAD",
			signal: AbortSignal.timeout(5e3)
		});
		await response.body?.cancel();
		const date = Date.parse(response.headers.get("date") ?? "");
		return Number.isNaN(date) ? void 0 : date;
	} catch {
		return;
	}
}
export { STATUS_ACCOUNT as a, retryStrategy as c, decodeRecords as d, recordKey as f, s3ClientTryingOnce as i, INLINE_PAYLOAD_LIMIT as l, S3_CLIENT_SETTINGS as n, STATUS_BUCKET as o, s3Client as r, isReservedBucket as s, serverTime as t, RecordLayerWriter as u };
