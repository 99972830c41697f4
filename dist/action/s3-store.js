import { a as __toCommonJS, i as __require, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { t as require_dist_cjs$1 } from "./dist-cjs2.js";
import { S as endpoints_exports, w as init_endpoints } from "./checksum.js";
import { O as init_protocols, k as protocols_exports } from "./util.js";
import { a as NotFoundError, l as StoreError, n as DigestMismatchError, o as PodsError } from "./errors.js";
import { t as TimedHttpHandler } from "./sdk-http.js";
import { g as isDigest, h as hexOf, p as VerifyingStream } from "./media-types.js";
import { r as decodeManifest } from "./manifest.js";
import { i as parsePodName, r as isVersionText } from "./ref.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { pipeline } from "node:stream";
import { randomUUID } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { hostname } from "node:os";
// node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var require_dist_cjs = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { PutObjectCommand, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = require_dist_cjs$1();
	const { toEndpointV1, getEndpointFromInstructions } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { extendedEncodeURIComponent } = (init_protocols(), __toCommonJS(protocols_exports));
	const { EventEmitter } = __require("events");
	const { Buffer } = __require("buffer");
	const { statSync, ReadStream } = __require("node:fs");
	const { Readable } = __require("stream");
	const runtimeConfig = {
		statSync: () => {},
		isFileReadStream(f) {
			return false;
		},
		runtime: "node",
		statSync,
		isFileReadStream(f) {
			return f instanceof ReadStream;
		}
	};
	const byteLength = (input) => {
		if (input == null) return 0;
		if (typeof input === "string") return Buffer.byteLength(input);
		if (typeof input.byteLength === "number") return input.byteLength;
		else if (typeof input.length === "number") return input.length;
		else if (typeof input.size === "number") return input.size;
		else if (typeof input.start === "number" && typeof input.end === "number") return input.end + 1 - input.start;
		else if (runtimeConfig.isFileReadStream(input)) try {
			return runtimeConfig.statSync(input.path).size;
		} catch (error) {
			return;
		}
	};
	var BYTE_LENGTH_SOURCE;
	(function(BYTE_LENGTH_SOURCE) {
		BYTE_LENGTH_SOURCE["EMPTY_INPUT"] = "a null or undefined Body";
		BYTE_LENGTH_SOURCE["CONTENT_LENGTH"] = "the ContentLength property of the params set by the caller";
		BYTE_LENGTH_SOURCE["STRING_LENGTH"] = "the encoded byte length of the Body string";
		BYTE_LENGTH_SOURCE["TYPED_ARRAY"] = "the byteLength of a typed byte array such as Uint8Array";
		BYTE_LENGTH_SOURCE["LENGTH"] = "the value of Body.length";
		BYTE_LENGTH_SOURCE["SIZE"] = "the value of Body.size";
		BYTE_LENGTH_SOURCE["START_END_DIFF"] = "the numeric difference between Body.start and Body.end";
		BYTE_LENGTH_SOURCE["STAT"] = "the size of the file given by Body.path on disk as reported by statSync";
	})(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
	const byteLengthSource = (input, override) => {
		if (override != null) return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
		if (input == null) return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
		if (typeof input === "string") return BYTE_LENGTH_SOURCE.STRING_LENGTH;
		if (typeof input.byteLength === "number") return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
		else if (typeof input.length === "number") return BYTE_LENGTH_SOURCE.LENGTH;
		else if (typeof input.size === "number") return BYTE_LENGTH_SOURCE.SIZE;
		else if (typeof input.start === "number" && typeof input.end === "number") return BYTE_LENGTH_SOURCE.START_END_DIFF;
		else if (runtimeConfig.isFileReadStream(input)) try {
			runtimeConfig.statSync(input.path).size;
			return BYTE_LENGTH_SOURCE.STAT;
		} catch (error) {
			return;
		}
	};
	async function* getChunkStream(data, partSize, getNextData) {
		let partNumber = 1;
		const currentBuffer = {
			chunks: [],
			length: 0
		};
		for await (const datum of getNextData(data)) {
			currentBuffer.chunks.push(datum);
			currentBuffer.length += datum.byteLength;
			while (currentBuffer.length > partSize) {
				const dataChunk = currentBuffer.chunks.length > 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
				yield {
					partNumber,
					data: dataChunk.subarray(0, partSize)
				};
				currentBuffer.chunks = [dataChunk.subarray(partSize)];
				currentBuffer.length = currentBuffer.chunks[0].byteLength;
				partNumber += 1;
			}
		}
		yield {
			partNumber,
			data: currentBuffer.chunks.length !== 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
			lastPart: true
		};
	}
	async function* getChunkUint8Array(data, partSize) {
		let partNumber = 1;
		let startByte = 0;
		let endByte = partSize;
		while (endByte < data.byteLength) {
			yield {
				partNumber,
				data: data.subarray(startByte, endByte)
			};
			partNumber += 1;
			startByte = endByte;
			endByte = startByte + partSize;
		}
		yield {
			partNumber,
			data: data.subarray(startByte),
			lastPart: true
		};
	}
	async function* getDataReadable(data) {
		for await (const chunk of data) if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) yield chunk;
		else yield Buffer.from(chunk);
	}
	async function* getDataReadableStream(data) {
		const reader = data.getReader();
		try {
			while (true) {
				const { done, value } = await reader.read();
				if (done) return;
				if (Buffer.isBuffer(value) || value instanceof Uint8Array) yield value;
				else yield Buffer.from(value);
			}
		} catch (e) {
			throw e;
		} finally {
			reader.releaseLock();
		}
	}
	const getChunk = (data, partSize) => {
		if (data instanceof Uint8Array) return getChunkUint8Array(data, partSize);
		if (data instanceof Readable) return getChunkStream(data, partSize, getDataReadable);
		if (data instanceof String || typeof data === "string") return getChunkUint8Array(Buffer.from(data), partSize);
		if (typeof data.stream === "function") return getChunkStream(data.stream(), partSize, getDataReadableStream);
		if (data instanceof ReadableStream) return getChunkStream(data, partSize, getDataReadableStream);
		throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
	};
	exports.Upload = class Upload extends EventEmitter {
		static MIN_PART_SIZE = 5242880;
		MAX_PARTS = 1e4;
		queueSize = 4;
		partSize;
		leavePartsOnError = false;
		tags = [];
		client;
		params;
		totalBytes;
		totalBytesSource;
		bytesUploadedSoFar;
		abortController;
		concurrentUploaders = [];
		createMultiPartPromise;
		abortMultipartUploadCommand = null;
		uploadedParts = [];
		uploadEnqueuedPartsCount = 0;
		expectedPartsCount;
		uploadId;
		uploadEvent;
		isMultiPart = true;
		singleUploadResult;
		sent = false;
		constructor(options) {
			super();
			this.queueSize = options.queueSize || this.queueSize;
			this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError;
			this.tags = options.tags || this.tags;
			this.client = options.client;
			this.params = options.params;
			if (!this.params) throw new Error(`InputError: Upload requires params to be passed to upload.`);
			this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body);
			this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength);
			this.bytesUploadedSoFar = 0;
			this.abortController = options.abortController ?? new AbortController();
			this.partSize = options.partSize || Math.max(Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS));
			if (this.totalBytes !== void 0) this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize);
			this.__validateInput();
		}
		async abort() {
			this.abortController.abort();
		}
		async done() {
			if (this.sent) throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
			this.sent = true;
			return await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
		}
		on(event, listener) {
			this.uploadEvent = event;
			return super.on(event, listener);
		}
		async __uploadUsingPut(dataPart) {
			this.isMultiPart = false;
			const params = {
				...this.params,
				Body: dataPart.data
			};
			const clientConfig = this.client.config;
			const requestHandler = clientConfig.requestHandler;
			const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
			const uploadEventListener = (event) => {
				this.bytesUploadedSoFar = event.loaded;
				this.totalBytes = event.total;
				this.__notifyProgress({
					loaded: this.bytesUploadedSoFar,
					total: this.totalBytes,
					part: dataPart.partNumber,
					Key: this.params.Key,
					Bucket: this.params.Bucket
				});
			};
			if (eventEmitter !== null) eventEmitter.on("xhr.upload.progress", uploadEventListener);
			const resolved = await Promise.all([this.client.send(new PutObjectCommand(params)), clientConfig?.endpoint?.()]);
			const putResult = resolved[0];
			let endpoint = resolved[1];
			if (!endpoint) endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand, { ...clientConfig }));
			if (!endpoint) throw new Error("Could not resolve endpoint from S3 \"client.config.endpoint()\" nor EndpointsV2.");
			if (eventEmitter !== null) eventEmitter.off("xhr.upload.progress", uploadEventListener);
			const locationKey = this.params.Key.split("/").map((segment) => extendedEncodeURIComponent(segment)).join("/");
			const locationBucket = extendedEncodeURIComponent(this.params.Bucket);
			const Location = (() => {
				const endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`);
				const forcePathStyle = this.client.config.forcePathStyle;
				const optionalPort = endpoint.port ? `:${endpoint.port}` : ``;
				if (forcePathStyle) return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}`;
				if (endpointHostnameIncludesBucket) return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}`;
				return `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
			})();
			this.singleUploadResult = {
				...putResult,
				Bucket: this.params.Bucket,
				Key: this.params.Key,
				Location
			};
			const totalSize = byteLength(dataPart.data);
			this.__notifyProgress({
				loaded: totalSize,
				total: totalSize,
				part: 1,
				Key: this.params.Key,
				Bucket: this.params.Bucket
			});
		}
		async __createMultipartUpload() {
			const requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
			if (!this.createMultiPartPromise) {
				const createCommandParams = {
					...this.params,
					Body: void 0
				};
				if (requestChecksumCalculation === "WHEN_SUPPORTED") createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32;
				this.createMultiPartPromise = this.client.send(new CreateMultipartUploadCommand(createCommandParams)).then((createMpuResponse) => {
					this.abortMultipartUploadCommand = new AbortMultipartUploadCommand({
						Bucket: this.params.Bucket,
						Key: this.params.Key,
						UploadId: createMpuResponse.UploadId
					});
					return createMpuResponse;
				});
			}
			return this.createMultiPartPromise;
		}
		async __doConcurrentUpload(dataFeeder) {
			for await (const dataPart of dataFeeder) {
				if (this.uploadEnqueuedPartsCount > this.MAX_PARTS) throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
				if (this.abortController.signal.aborted) return;
				if (dataPart.partNumber === 1 && dataPart.lastPart) return await this.__uploadUsingPut(dataPart);
				if (!this.uploadId) {
					const { UploadId } = await this.__createMultipartUpload();
					this.uploadId = UploadId;
					if (this.abortController.signal.aborted) return;
				}
				const partSize = byteLength(dataPart.data) || 0;
				const requestHandler = this.client.config.requestHandler;
				const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
				let lastSeenBytes = 0;
				const uploadEventListener = (event, request) => {
					if ((Number(request.query["partNumber"]) || -1) !== dataPart.partNumber) return;
					if (event.total && partSize) {
						this.bytesUploadedSoFar += event.loaded - lastSeenBytes;
						lastSeenBytes = event.loaded;
					}
					this.__notifyProgress({
						loaded: this.bytesUploadedSoFar,
						total: this.totalBytes,
						part: dataPart.partNumber,
						Key: this.params.Key,
						Bucket: this.params.Bucket
					});
				};
				if (eventEmitter !== null) eventEmitter.on("xhr.upload.progress", uploadEventListener);
				this.uploadEnqueuedPartsCount += 1;
				this.__validateUploadPart(dataPart);
				const partResult = await this.client.send(new UploadPartCommand({
					...this.params,
					ContentLength: void 0,
					UploadId: this.uploadId,
					Body: dataPart.data,
					PartNumber: dataPart.partNumber
				}));
				if (eventEmitter !== null) eventEmitter.off("xhr.upload.progress", uploadEventListener);
				if (this.abortController.signal.aborted) return;
				if (!partResult.ETag) throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
				this.uploadedParts.push({
					PartNumber: dataPart.partNumber,
					ETag: partResult.ETag,
					...partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 },
					...partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C },
					...partResult.ChecksumCRC64NVME && { ChecksumCRC64NVME: partResult.ChecksumCRC64NVME },
					...partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 },
					...partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }
				});
				if (eventEmitter === null) this.bytesUploadedSoFar += partSize;
				this.__notifyProgress({
					loaded: this.bytesUploadedSoFar,
					total: this.totalBytes,
					part: dataPart.partNumber,
					Key: this.params.Key,
					Bucket: this.params.Bucket
				});
			}
		}
		async __doMultipartUpload() {
			const dataFeeder = getChunk(this.params.Body, this.partSize);
			const concurrentUploaderFailures = [];
			for (let index = 0; index < this.queueSize; index++) {
				const currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
					concurrentUploaderFailures.push(err);
				});
				this.concurrentUploaders.push(currentUpload);
			}
			await Promise.all(this.concurrentUploaders);
			if (concurrentUploaderFailures.length >= 1) {
				await this.markUploadAsAborted();
				throw concurrentUploaderFailures[0];
			}
			if (this.abortController.signal.aborted) {
				await this.markUploadAsAborted();
				throw Object.assign(/* @__PURE__ */ new Error("Upload aborted."), { name: "AbortError" });
			}
			let result;
			if (this.isMultiPart) {
				const { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
				if (totalBytes !== void 0 && expectedPartsCount !== void 0 && uploadedParts.length !== expectedPartsCount) {
					await this.markUploadAsAborted();
					throw new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
				}
				this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
				const uploadCompleteParams = {
					...this.params,
					Body: void 0,
					UploadId: this.uploadId,
					MultipartUpload: { Parts: this.uploadedParts }
				};
				try {
					result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
				} catch (e) {
					await this.markUploadAsAborted().catch((abortError) => {
						if (e instanceof Error && e.cause === void 0) e.cause = abortError;
					});
					throw e;
				}
				if (typeof result?.Location === "string" && result.Location.includes("%2F")) result.Location = result.Location.replace(/%2F/g, "/");
			} else result = this.singleUploadResult;
			this.abortMultipartUploadCommand = null;
			if (this.tags.length) await this.client.send(new PutObjectTaggingCommand({
				...this.params,
				Tagging: { TagSet: this.tags }
			}));
			return result;
		}
		async markUploadAsAborted() {
			if (this.uploadId && !this.leavePartsOnError && null !== this.abortMultipartUploadCommand) {
				await this.client.send(this.abortMultipartUploadCommand);
				this.abortMultipartUploadCommand = null;
			}
		}
		__notifyProgress(progress) {
			if (this.uploadEvent) this.emit(this.uploadEvent, progress);
		}
		async __abortTimeout(abortSignal) {
			return new Promise((resolve, reject) => {
				abortSignal.onabort = () => {
					const abortError = /* @__PURE__ */ new Error("Upload aborted.");
					abortError.name = "AbortError";
					reject(abortError);
				};
			});
		}
		__validateUploadPart(dataPart) {
			const actualPartSize = byteLength(dataPart.data);
			if (actualPartSize === void 0) throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
			if (dataPart.partNumber === 1 && dataPart.lastPart) return;
			if (!dataPart.lastPart && actualPartSize !== this.partSize) throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
		}
		__validateInput() {
			if (!this.client) throw new Error(`InputError: Upload requires a AWS client to do uploads with.`);
			if (this.partSize < Upload.MIN_PART_SIZE) throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${Upload.MIN_PART_SIZE}] (5MB)`);
			if (this.queueSize < 1) throw new Error(`Queue size: Must have at least one uploading queue.`);
		}
	};
}));
// src/engine/store/s3/s3-store.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs$1(), 1);
var import_dist_cjs$1 = require_dist_cjs();
/** Multipart part size: parts are buffered, so this bounds memory per upload (times the queue). */
const PART_SIZE = 8388608;
const UPLOAD_QUEUE = 4;
/** Leases older than this belong to saves that died; they no longer protect blobs. */
const LEASE_LIFETIME_MS = 864e5;
function errorName(error) {
	const e = error;
	return e?.Code ?? e?.name ?? "";
}
function status(error) {
	return error?.$metadata?.httpStatusCode;
}
/**
* A store in an S3 bucket (AWS or any S3-compatible service), under a key prefix:
* `blobs/sha256/<hex>` content-addressed and written once, `refs/<pod>/<version>` holding the
* manifest descriptor of a version. A ref is created with `If-None-Match: *`, so two saves
* racing for a number get one each; it is written after every blob it names. Saves hold a lease
* (`leases/<id>`) while they write, so garbage collection spares their untagged blobs.
*/
var S3Store = class {
	location;
	display;
	client;
	lease;
	constructor(location, display, timeoutMs = 6e4) {
		this.location = location;
		this.display = display;
		this.client = new import_dist_cjs.S3Client({
			requestHandler: new TimedHttpHandler(timeoutMs),
			region: location.region,
			...location.endpoint ? { endpoint: location.endpoint } : {},
			forcePathStyle: location.forcePathStyle,
			...location.credentials ? { credentials: location.credentials } : {},
			requestChecksumCalculation: "WHEN_REQUIRED",
			responseChecksumValidation: "WHEN_REQUIRED",
			maxAttempts: 5
		});
	}
	key(...parts) {
		return [this.location.prefix, ...parts].filter(Boolean).join("/");
	}
	blobKey(digest) {
		return this.key("blobs", "sha256", hexOf(digest));
	}
	/** Runs an S3 call, turning the service's refusals into one line that names the remote. */
	async call(what, run) {
		try {
			return await run();
		} catch (error) {
			if (error instanceof PodsError) throw error;
			const name = errorName(error);
			if (name === "NoSuchBucket") throw new StoreError(`Bucket "${this.location.bucket}" does not exist (remote ${this.display}).`, { cause: error });
			if ([
				"AccessDenied",
				"InvalidAccessKeyId",
				"SignatureDoesNotMatch",
				"ExpiredToken",
				"Forbidden"
			].includes(name) || status(error) === 403) throw new StoreError(`The S3 service refused the credentials for ${this.display} (${name || 403}) while trying to ${what}.`, { cause: error });
			const code = error.code ?? error.cause?.code;
			if (code && /^E[A-Z]+$/.test(code)) throw new StoreError(`Cannot reach the S3 service of ${this.display} (${code}) to ${what}.`, { cause: error });
			throw new StoreError(`S3 refused to ${what} in ${this.display}: ${error.message || name}`, { cause: error });
		}
	}
	async head(key) {
		try {
			const head = await this.client.send(new import_dist_cjs.HeadObjectCommand({
				Bucket: this.location.bucket,
				Key: key
			}));
			return {
				...head.LastModified ? { lastModified: head.LastModified } : {},
				...head.ContentLength !== void 0 ? { size: head.ContentLength } : {}
			};
		} catch (error) {
			if (errorName(error) === "NotFound" || errorName(error) === "NoSuchKey" || status(error) === 404) return void 0;
			throw error;
		}
	}
	/**
	* Fails in one line when the bucket is missing or refused, before a save captures anything;
	* then makes sure the service honours conditional writes (see `probeConditionalWrites`).
	*/
	async checkBucket() {
		await this.call("find the bucket", async () => {
			try {
				await this.client.send(new import_dist_cjs.HeadBucketCommand({ Bucket: this.location.bucket }));
			} catch (error) {
				if (status(error) === 404) throw Object.assign(/* @__PURE__ */ new Error("NoSuchBucket"), { name: "NoSuchBucket" });
				throw error;
			}
		});
		if (!this.location.singleWriter) await this.probeConditionalWrites();
	}
	/**
	* Two saves that race for one version number are kept apart only by `If-None-Match: *` on the
	* version's ref: the second gets 412 and takes the next number. A service that ignores the
	* header lets the later save overwrite the earlier one, which reported success. Writing one
	* probe object twice, conditionally, tells such a service apart; the save is then refused,
	* saying why, unless `single_writer=true` says no two saves ever run at once.
	*/
	async probeConditionalWrites() {
		const key = this.key("probes", randomUUID());
		const put = () => this.client.send(new import_dist_cjs.PutObjectCommand({
			Bucket: this.location.bucket,
			Key: key,
			Body: "probe",
			IfNoneMatch: "*"
		}));
		if (!await this.call("probe conditional writes", async () => {
			await put();
			try {
				await put();
				return false;
			} catch (error) {
				if (status(error) === 412 || status(error) === 409 || errorName(error) === "PreconditionFailed") return true;
				throw error;
			} finally {
				await this.client.send(new import_dist_cjs.DeleteObjectCommand({
					Bucket: this.location.bucket,
					Key: key
				})).catch(() => void 0);
			}
		})) throw new StoreError(`${this.display} ignores conditional writes (If-None-Match), so two saves at once could overwrite each other's version and one would be lost although it reported success. Use a service that honours them (AWS S3 and MinIO do), or add single_writer=true to the URL if no two saves ever write here at once.`);
	}
	async exists(digest) {
		return this.call("look up a blob", async () => await this.head(this.blobKey(digest)) !== void 0);
	}
	async sizeOf(digest) {
		return this.call("look up a blob", async () => (await this.head(this.blobKey(digest)))?.size);
	}
	async fetch(descriptor) {
		return this.call("read a blob", async () => {
			try {
				return (await this.client.send(new import_dist_cjs.GetObjectCommand({
					Bucket: this.location.bucket,
					Key: this.blobKey(descriptor.digest)
				}))).Body;
			} catch (error) {
				if (errorName(error) === "NoSuchKey" || status(error) === 404) throw new NotFoundError(`Blob ${descriptor.digest} is missing from ${this.display}.`);
				throw error;
			}
		});
	}
	async push(descriptor, content) {
		await this.holdLease();
		if (await this.exists(descriptor.digest)) {
			content.destroy();
			return;
		}
		const verifying = pipeline(content, new VerifyingStream(descriptor), () => void 0);
		let mismatch;
		verifying.on("error", (error) => {
			if (error instanceof DigestMismatchError) mismatch = error;
		});
		await this.call("upload a blob", async () => {
			const upload = new import_dist_cjs$1.Upload({
				client: this.client,
				params: {
					Bucket: this.location.bucket,
					Key: this.blobKey(descriptor.digest),
					Body: verifying,
					ContentLength: descriptor.size
				},
				partSize: PART_SIZE,
				queueSize: UPLOAD_QUEUE,
				leavePartsOnError: false
			});
			try {
				await upload.done();
			} catch (error) {
				throw mismatch ?? error;
			}
		});
	}
	async holdLease() {
		if (this.lease) return;
		this.lease = this.key("leases", `${Date.now()}-${randomUUID()}`);
		await this.call("write a lease", () => this.client.send(new import_dist_cjs.PutObjectCommand({
			Bucket: this.location.bucket,
			Key: this.lease,
			Body: JSON.stringify({
				host: hostname(),
				pid: process.pid
			}),
			ContentType: "application/json"
		})));
	}
	async close() {
		if (this.lease) {
			const lease = this.lease;
			this.lease = void 0;
			await this.call("remove a lease", () => this.client.send(new import_dist_cjs.DeleteObjectCommand({
				Bucket: this.location.bucket,
				Key: lease
			})));
		}
		this.client.destroy();
	}
	async *keys(prefix, delimiter) {
		const pages = (0, import_dist_cjs.paginateListObjectsV2)({ client: this.client }, {
			Bucket: this.location.bucket,
			Prefix: prefix,
			...delimiter ? { Delimiter: delimiter } : {}
		});
		for await (const page of pages) {
			for (const p of page.CommonPrefixes ?? []) yield { common: p.Prefix };
			for (const o of page.Contents ?? []) yield {
				key: o.Key,
				size: o.Size ?? 0,
				...o.LastModified ? { lastModified: o.LastModified } : {}
			};
		}
	}
	async listPods() {
		return this.call("list pods", async () => {
			const base = `${this.key("refs")}/`;
			const names = [];
			for await (const entry of this.keys(base, "/")) if ("common" in entry) names.push(entry.common.slice(base.length).replace(/\/$/, ""));
			return names.sort();
		});
	}
	async readRef(key) {
		const object = await this.client.send(new import_dist_cjs.GetObjectCommand({
			Bucket: this.location.bucket,
			Key: key
		}));
		const descriptor = JSON.parse((await buffer(object.Body)).toString("utf8"));
		if (!isDigest(descriptor.digest)) throw new StoreError(`${key} in ${this.display} is not a version reference.`);
		return descriptor;
	}
	async listVersions(name) {
		return this.call("list versions", async () => {
			const base = `${this.key("refs", name)}/`;
			const versions = [];
			for await (const entry of this.keys(base)) if ("key" in entry && isVersionText(entry.key.slice(base.length))) versions.push(Number(entry.key.slice(base.length)));
			versions.sort((a, b) => a - b);
			const tagged = [];
			for await (const v of mapOrdered(versions, 16, async (version) => ({
				name,
				version,
				descriptor: await this.readRef(`${base}${version}`)
			}))) tagged.push(v);
			return tagged;
		});
	}
	async tagIfAbsent(name, version, manifest) {
		parsePodName(name);
		if (!await this.exists(manifest.digest)) throw new StoreError(`Cannot tag ${name}:${version}: its manifest ${manifest.digest} is not stored in ${this.display}.`);
		const key = this.key("refs", name, String(version));
		const body = JSON.stringify({
			mediaType: manifest.mediaType,
			digest: manifest.digest,
			size: manifest.size,
			artifactType: manifest.artifactType
		});
		return this.call("tag a version", async () => {
			try {
				await this.client.send(new import_dist_cjs.PutObjectCommand({
					Bucket: this.location.bucket,
					Key: key,
					Body: body,
					IfNoneMatch: "*",
					ContentType: "application/json"
				}));
			} catch (error) {
				if (status(error) === 412 || status(error) === 409 || errorName(error) === "PreconditionFailed") return false;
				throw error;
			}
			return (await this.readRef(key)).digest === manifest.digest;
		});
	}
	async deleteVersion(name, version) {
		const key = this.key("refs", name, String(version));
		await this.call("delete a version", async () => {
			if (!await this.head(key)) throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
			await this.client.send(new import_dist_cjs.DeleteObjectCommand({
				Bucket: this.location.bucket,
				Key: key
			}));
		});
	}
	async collectGarbage() {
		return this.call("collect garbage", async () => {
			const referenced = /* @__PURE__ */ new Set();
			const refs = [];
			for await (const entry of this.keys(`${this.key("refs")}/`)) if ("key" in entry) refs.push(entry.key);
			await forEachLimit(refs, 16, async (key) => {
				const descriptor = await this.readRef(key);
				referenced.add(hexOf(descriptor.digest));
				if (descriptor.mediaType !== "application/vnd.oci.image.manifest.v1+json") return;
				const manifest = decodeManifest(await buffer(await this.fetch(descriptor)));
				for (const d of [manifest.config, ...manifest.layers]) referenced.add(hexOf(d.digest));
			});
			const protectedSince = await this.oldestLiveLease();
			const doomed = [];
			const blobs = `${this.key("blobs", "sha256")}/`;
			for await (const entry of this.keys(blobs)) {
				if (!("key" in entry) || referenced.has(entry.key.slice(blobs.length))) continue;
				if ((entry.lastModified?.getTime() ?? 0) >= protectedSince) continue;
				doomed.push({
					key: entry.key,
					size: entry.size
				});
			}
			for (let i = 0; i < doomed.length; i += 1e3) {
				const batch = doomed.slice(i, i + 1e3);
				await this.client.send(new import_dist_cjs.DeleteObjectsCommand({
					Bucket: this.location.bucket,
					Delete: {
						Objects: batch.map((d) => ({ Key: d.key })),
						Quiet: true
					}
				}));
			}
			return {
				blobs: doomed.length,
				bytes: doomed.reduce((sum, d) => sum + d.size, 0)
			};
		});
	}
	/** When the oldest save still writing (another store instance's lease) began; Infinity if none. */
	async oldestLiveLease() {
		let oldest = Infinity;
		const base = `${this.key("leases")}/`;
		for await (const entry of this.keys(base)) {
			if (!("key" in entry) || entry.key === this.lease) continue;
			const started = Number(entry.key.slice(base.length).split("-")[0]);
			if (Number.isSafeInteger(started) && Date.now() - started < LEASE_LIFETIME_MS) oldest = Math.min(oldest, started - 1e3);
		}
		return oldest;
	}
};
export { S3Store };
