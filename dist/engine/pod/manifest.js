import { CorruptPodError } from '../errors.js';
import { sortKeys } from '../util/sort-keys.js';
import { digestOf, isDigest } from './digest.js';
import { ANNOTATION, ENCRYPTED, KEY_ENVELOPE, OCI_MANIFEST, PAYLOAD_LAYER, POD_ARTIFACT_TYPE, POD_CONFIG, STATE_LAYER } from './media-types.js';
/** Canonical JSON (sorted keys, no spaces) so equal content always has the same digest. */
export function canonicalJson(value) {
    return Buffer.from(JSON.stringify(sortKeys(value)));
}
export function encodeJson(value, mediaType, extra = {}) {
    const bytes = canonicalJson(value);
    return { bytes, descriptor: { ...extra, mediaType, digest: digestOf(bytes), size: bytes.length } };
}
export function encodeConfig(config) {
    return encodeJson(config, POD_CONFIG);
}
export function encodeManifest(config, layers, snapshot) {
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: POD_ARTIFACT_TYPE,
        config,
        layers,
        annotations: {
            [ANNOTATION.created]: snapshot.created,
            [ANNOTATION.description]: snapshot.message,
            ...(snapshot.encryption ? { [ANNOTATION.encryption]: snapshot.encryption } : {}),
        },
    };
    return encodeJson(manifest, OCI_MANIFEST, { artifactType: POD_ARTIFACT_TYPE });
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new CorruptPodError(`${what} is not valid JSON.`, { cause: error });
    }
}
function checkDescriptor(value, what) {
    const d = value;
    if (!d || typeof d.mediaType !== 'string' || typeof d.digest !== 'string' || !isDigest(d.digest) || !Number.isSafeInteger(d.size) || d.size < 0) {
        throw new CorruptPodError(`${what} is not a valid OCI descriptor.`);
    }
    return d;
}
const KNOWN_LAYERS = new Set([STATE_LAYER, PAYLOAD_LAYER, `${STATE_LAYER}${ENCRYPTED}`, `${PAYLOAD_LAYER}${ENCRYPTED}`, KEY_ENVELOPE]);
/** Parses and validates a pod manifest; anything else (another artifact, a container image) is refused. */
export function decodeManifest(bytes) {
    const m = parseJson(bytes, 'Pod manifest');
    if (m.schemaVersion !== 2 || m.mediaType !== OCI_MANIFEST) {
        throw new CorruptPodError('Not an OCI image manifest (schemaVersion 2).');
    }
    if (m.artifactType !== POD_ARTIFACT_TYPE) {
        throw new CorruptPodError(`Not a pod: artifactType is "${String(m.artifactType)}", expected "${POD_ARTIFACT_TYPE}".`);
    }
    const config = checkDescriptor(m.config, 'Manifest config');
    if (config.mediaType !== POD_CONFIG)
        throw new CorruptPodError(`Unknown pod config type "${config.mediaType}".`);
    if (!Array.isArray(m.layers))
        throw new CorruptPodError('Manifest has no layers array.');
    const layers = m.layers.map((layer, i) => checkDescriptor(layer, `Layer ${i}`));
    for (const layer of layers) {
        if (!KNOWN_LAYERS.has(layer.mediaType)) {
            throw new CorruptPodError(`Unknown layer type "${layer.mediaType}": this pod needs a newer localstack-pods.`);
        }
    }
    return { ...m, config, layers, annotations: m.annotations ?? {} };
}
export function decodeConfig(bytes) {
    const c = parseJson(bytes, 'Pod config');
    if ((c.format !== 'portable' && c.format !== 'native') || !Array.isArray(c.services)) {
        throw new CorruptPodError('Pod config lacks its format or services.');
    }
    return c;
}
/** A scope as one string, for maps. */
export function scopeKey(scope) {
    return `${scope.service}/${scope.account}/${scope.region}`;
}
/**
 * State layers a pod may hold: one per service, account and region, so far above any real
 * instance (40 services in 30 regions of 10 accounts is 12,000); a bound on the work a crafted
 * manifest can ask for.
 */
export const MAX_STATE_LAYERS = 20_000;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
export function stateLayers(manifest) {
    const layers = manifest.layers.filter((layer) => layer.mediaType === STATE_LAYER || layer.mediaType === `${STATE_LAYER}${ENCRYPTED}`);
    if (layers.length > MAX_STATE_LAYERS) {
        throw new CorruptPodError(`The pod has ${layers.length} state layers; a pod holds at most ${MAX_STATE_LAYERS} (one per service, account and region).`);
    }
    return layers.map((descriptor) => {
        const a = descriptor.annotations ?? {};
        const service = a[ANNOTATION.service];
        const account = a[ANNOTATION.account];
        const region = a[ANNOTATION.region];
        if (!service || !account || !region) {
            throw new CorruptPodError(`State layer ${descriptor.digest} lacks its service, account or region annotation.`);
        }
        if (!ACCOUNT.test(account) || !REGION.test(region)) {
            throw new CorruptPodError(`State layer ${descriptor.digest} is for account "${account}" in region "${region}", which are not an AWS account id and region.`);
        }
        return { descriptor, service, account, region, encrypted: descriptor.mediaType !== STATE_LAYER };
    });
}
