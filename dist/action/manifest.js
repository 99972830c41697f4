import { t as CorruptPodError } from "./errors.js";
import { M as sortKeys } from "./util.js";
import { c as POD_ARTIFACT_TYPE, g as isDigest, l as POD_CONFIG, m as digestOf, n as ENCRYPTED, o as OCI_MANIFEST, r as KEY_ENVELOPE, s as PAYLOAD_LAYER, t as ANNOTATION, u as STATE_LAYER } from "./media-types.js";
// src/engine/pod/manifest.ts
/** Canonical JSON (sorted keys, no spaces) so equal content always has the same digest. */
function canonicalJson(value) {
	return Buffer.from(JSON.stringify(sortKeys(value)));
}
function encodeJson(value, mediaType, extra = {}) {
	const bytes = canonicalJson(value);
	return {
		bytes,
		descriptor: {
			...extra,
			mediaType,
			digest: digestOf(bytes),
			size: bytes.length
		}
	};
}
function encodeConfig(config) {
	return encodeJson(config, POD_CONFIG);
}
function encodeManifest(config, layers, snapshot) {
	return encodeJson({
		schemaVersion: 2,
		mediaType: OCI_MANIFEST,
		artifactType: POD_ARTIFACT_TYPE,
		config,
		layers,
		annotations: {
			[ANNOTATION.created]: snapshot.created,
			[ANNOTATION.description]: snapshot.message,
			...snapshot.encryption ? { [ANNOTATION.encryption]: snapshot.encryption } : {}
		}
	}, OCI_MANIFEST, { artifactType: POD_ARTIFACT_TYPE });
}
function parseJson(bytes, what) {
	try {
		return JSON.parse(Buffer.from(bytes).toString("utf8"));
	} catch (error) {
		throw new CorruptPodError(`${what} is not valid JSON.`, { cause: error });
	}
}
function checkDescriptor(value, what) {
	const d = value;
	if (!d || typeof d.mediaType !== "string" || typeof d.digest !== "string" || !isDigest(d.digest) || !Number.isSafeInteger(d.size) || d.size < 0) throw new CorruptPodError(`${what} is not a valid OCI descriptor.`);
	return d;
}
const KNOWN_LAYERS = /* @__PURE__ */ new Set([
	STATE_LAYER,
	PAYLOAD_LAYER,
	`${STATE_LAYER}${ENCRYPTED}`,
	`${PAYLOAD_LAYER}${ENCRYPTED}`,
	KEY_ENVELOPE
]);
/** Parses and validates a pod manifest; anything else (another artifact, a container image) is refused. */
function decodeManifest(bytes) {
	const m = parseJson(bytes, "Pod manifest");
	if (m.schemaVersion !== 2 || m.mediaType !== "application/vnd.oci.image.manifest.v1+json") throw new CorruptPodError("Not an OCI image manifest (schemaVersion 2).");
	if (m.artifactType !== "application/vnd.localstack-pods.pod.v1") throw new CorruptPodError(`Not a pod: artifactType is "${String(m.artifactType)}", expected "${POD_ARTIFACT_TYPE}".`);
	const config = checkDescriptor(m.config, "Manifest config");
	if (config.mediaType !== "application/vnd.localstack-pods.pod.config.v1+json") throw new CorruptPodError(`Unknown pod config type "${config.mediaType}".`);
	if (!Array.isArray(m.layers)) throw new CorruptPodError("Manifest has no layers array.");
	const layers = m.layers.map((layer, i) => checkDescriptor(layer, `Layer ${i}`));
	for (const layer of layers) if (!KNOWN_LAYERS.has(layer.mediaType)) throw new CorruptPodError(`Unknown layer type "${layer.mediaType}": this pod needs a newer localstack-pods.`);
	return {
		...m,
		config,
		layers,
		annotations: m.annotations ?? {}
	};
}
function decodeConfig(bytes) {
	const c = parseJson(bytes, "Pod config");
	if (c.format !== "portable" && c.format !== "native" || !Array.isArray(c.services)) throw new CorruptPodError("Pod config lacks its format or services.");
	return c;
}
/** A scope as one string, for maps. */
function scopeKey(scope) {
	return `${scope.service}/${scope.account}/${scope.region}`;
}
/**
* State layers a pod may hold: one per service, account and region, so far above any real
* instance (40 services in 30 regions of 10 accounts is 12,000); a bound on the work a crafted
* manifest can ask for.
*/
const MAX_STATE_LAYERS = 2e4;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function stateLayers(manifest) {
	const layers = manifest.layers.filter((layer) => layer.mediaType === "application/vnd.localstack-pods.state.v1.ndjson+gzip" || layer.mediaType === `application/vnd.localstack-pods.state.v1.ndjson+gzip+encrypted`);
	if (layers.length > 2e4) throw new CorruptPodError(`The pod has ${layers.length} state layers; a pod holds at most ${MAX_STATE_LAYERS} (one per service, account and region).`);
	return layers.map((descriptor) => {
		const a = descriptor.annotations ?? {};
		const service = a[ANNOTATION.service];
		const account = a[ANNOTATION.account];
		const region = a[ANNOTATION.region];
		if (!service || !account || !region) throw new CorruptPodError(`State layer ${descriptor.digest} lacks its service, account or region annotation.`);
		if (!ACCOUNT.test(account) || !REGION.test(region)) throw new CorruptPodError(`State layer ${descriptor.digest} is for account "${account}" in region "${region}", which are not an AWS account id and region.`);
		return {
			descriptor,
			service,
			account,
			region,
			encrypted: descriptor.mediaType !== STATE_LAYER
		};
	});
}
export { encodeManifest as a, encodeConfig as i, decodeConfig as n, scopeKey as o, decodeManifest as r, stateLayers as s, canonicalJson as t };
