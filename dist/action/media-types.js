import { n as DigestMismatchError } from "./errors.js";
import { Transform } from "node:stream";
import { createHash } from "node:crypto";
// src/engine/pod/digest.ts
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function isDigest(text) {
	return DIGEST.test(text);
}
function digestOf(bytes) {
	return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function hexOf(digest) {
	return digest.slice(7);
}
/** A pass-through that hashes and counts what flows through it. */
var DigestingStream = class extends Transform {
	hash = createHash("sha256");
	size = 0;
	_transform(chunk, _encoding, callback) {
		this.hash.update(chunk);
		this.size += chunk.length;
		callback(null, chunk);
	}
	/** The digest of everything that passed; call once the stream has ended. */
	digest() {
		return `sha256:${this.hash.digest("hex")}`;
	}
};
/**
* Hashes and counts content as it arrives and says whether it is exactly `expected`: it fails
* as soon as the content grows past the expected size, and at the end when digest or size differ.
*/
var ContentCheck = class {
	expected;
	hash = createHash("sha256");
	seen = 0;
	constructor(expected) {
		this.expected = expected;
	}
	/** Takes the next piece; throws DigestMismatchError once there is more than expected. */
	update(chunk) {
		this.seen += chunk.length;
		if (this.seen > this.expected.size) throw new DigestMismatchError(`Content of ${this.expected.digest} is larger than the ${this.expected.size} bytes its descriptor declares.`);
		this.hash.update(chunk);
	}
	/** Throws DigestMismatchError unless everything taken is the expected content. */
	finish() {
		const actual = `sha256:${this.hash.digest("hex")}`;
		if (this.seen !== this.expected.size) throw new DigestMismatchError(`Content of ${this.expected.digest} is truncated: ${this.seen} of ${this.expected.size} bytes.`);
		if (actual !== this.expected.digest) throw new DigestMismatchError(`Content does not match its digest: expected ${this.expected.digest}, got ${actual}.`);
	}
};
/**
* A pass-through that fails the stream when the content is not exactly `expected` (see
* ContentCheck). Readers put it between a store and anything that acts on the content.
*/
var VerifyingStream = class extends Transform {
	check;
	constructor(expected) {
		super();
		this.check = new ContentCheck(expected);
	}
	_transform(chunk, _encoding, callback) {
		try {
			this.check.update(chunk);
		} catch (error) {
			callback(error);
			return;
		}
		callback(null, chunk);
	}
	_flush(callback) {
		try {
			this.check.finish();
		} catch (error) {
			callback(error);
			return;
		}
		callback();
	}
};
// src/engine/pod/media-types.ts
/** OCI media types, and the project's own (a pod is an OCI image-spec 1.1 artifact). */
const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const OCI_LAYOUT_VERSION = "1.0.0";
const POD_ARTIFACT_TYPE = "application/vnd.localstack-pods.pod.v1";
const POD_CONFIG = "application/vnd.localstack-pods.pod.config.v1+json";
/** One service's records for one account and region: gzip-compressed JSON lines. */
const STATE_LAYER = "application/vnd.localstack-pods.state.v1.ndjson+gzip";
/** A large payload (an S3 object body, function code) kept as a blob of its own. */
const PAYLOAD_LAYER = "application/vnd.localstack-pods.payload.v1";
/** The suffix of an encrypted layer's media type (a state or payload layer, encrypted). */
const ENCRYPTED = "+encrypted";
/** An encrypted version's data key, sealed with age for those who may open the version. */
const KEY_ENVELOPE = "application/vnd.localstack-pods.key-envelope.v1+age";
/** Annotation keys; `org.opencontainers.*` where the OCI spec has one. */
const ANNOTATION = {
	refName: "org.opencontainers.image.ref.name",
	created: "org.opencontainers.image.created",
	description: "org.opencontainers.image.description",
	title: "org.opencontainers.image.title",
	service: "dev.localstack-pods.service",
	account: "dev.localstack-pods.account",
	region: "dev.localstack-pods.region",
	records: "dev.localstack-pods.records",
	/** On a state layer: the sha256 of its uncompressed records, so a save can tell an unchanged layer without compressing it. */
	recordsDigest: "dev.localstack-pods.records-digest",
	/** On a payload layer: the MD5 of its content (hex), which S3 reports as an object's ETag. */
	contentMd5: "dev.localstack-pods.content-md5",
	/** On an encrypted version's manifest: its key's id, and who holds it (JSON, see `encryption.ts`). */
	encryption: "dev.localstack-pods.encryption",
	/** On an encrypted payload layer: a keyed digest of its plaintext's digest, which the records name. */
	keyedDigest: "dev.localstack-pods.keyed-digest"
};
export { OCI_LAYOUT_VERSION as a, POD_ARTIFACT_TYPE as c, ContentCheck as d, DigestingStream as f, isDigest as g, hexOf as h, OCI_INDEX as i, POD_CONFIG as l, digestOf as m, ENCRYPTED as n, OCI_MANIFEST as o, VerifyingStream as p, KEY_ENVELOPE as r, PAYLOAD_LAYER as s, ANNOTATION as t, STATE_LAYER as u };
