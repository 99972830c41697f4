import { openDataKey, sealDataKey, newDataKey } from './crypto/envelope.js';
import { pushBytes } from './copy.js';
import { CorruptPodError, NeedsKeyError } from './errors.js';
import { stateLayers } from './pod/manifest.js';
import { ANNOTATION, ENCRYPTED, KEY_ENVELOPE, PAYLOAD_LAYER, STATE_LAYER } from './pod/media-types.js';
import { digestOf } from './pod/digest.js';
import { readVerified } from './store/content.js';
import { tempStore } from './open-store.js';
import { encryptionOf } from './pod/encryption-info.js';
/** Where a layer's blob belongs: what binds it to its place (see `DataKey.encrypt`). */
function placeOf(layer) {
    const a = layer.annotations ?? {};
    return layer.mediaType.startsWith(STATE_LAYER) ? `${a[ANNOTATION.service]}/${a[ANNOTATION.account]}/${a[ANNOTATION.region]}` : 'payload';
}
function holdersText(info) {
    return info.to === 'passphrase' ? 'its passphrase' : `the identity of one of its recipients (${info.to.join(', ')})`;
}
/** The envelope layer of an encrypted version. */
function envelopeOf(manifest) {
    return manifest.layers.find((l) => l.mediaType === KEY_ENVELOPE);
}
/** The data key of an encrypted version, opened with `ring`; a NeedsKeyError that says who can open it otherwise. */
export async function versionKey(store, manifest, ring, what) {
    const info = encryptionOf(manifest);
    const envelope = envelopeOf(manifest);
    const key = envelope ? await openDataKey(await readVerified(store, envelope), ring) : undefined;
    if (!key || !key.is(info.key)) {
        const given = ring.passphrases.length + ring.identities.length > 0 ? 'The key given does not open it' : 'No key was given';
        throw new NeedsKeyError(`${what} is encrypted: it opens with ${holdersText(info)}. ${given}: set LOCALSTACK_PODS_ENCRYPTION_KEY (a passphrase) or --encryption-key-file (a passphrase, or age identities).`);
    }
    return key;
}
/**
 * The key a save encrypts with: the latest version's, when the ring opens it (so unchanged
 * layers encrypt to the blobs stored already), else a new one.
 */
export async function saveKey(store, latest, ring) {
    if (latest && encryptionOf(latest)) {
        const envelope = envelopeOf(latest);
        const key = envelope ? await openDataKey(await readVerified(store, envelope).catch(() => Buffer.alloc(0)), ring) : undefined;
        if (key?.is(encryptionOf(latest).key))
            return key;
    }
    return newDataKey();
}
/** A layer's annotations as an encrypted layer keeps them: nothing that is a digest of its plaintext. */
function encryptedAnnotations(layer, key) {
    const { [ANNOTATION.recordsDigest]: _records, [ANNOTATION.contentMd5]: _md5, ...rest } = layer.annotations ?? {};
    return layer.mediaType === PAYLOAD_LAYER ? { ...rest, [ANNOTATION.keyedDigest]: key.keyedDigest(layer.digest) } : rest;
}
/**
 * Writes `layers` (plain, in `plain`) encrypted into `to`, with the key's envelope; returns the
 * manifest's layers and the annotation of its manifest.
 */
export async function encryptLayers(plain, to, layers, key, holders) {
    const encrypted = [];
    for (const layer of layers) {
        const bytes = key.encrypt(await readVerified(plain, layer), placeOf(layer));
        const descriptor = {
            mediaType: `${layer.mediaType}${ENCRYPTED}`,
            digest: digestOf(bytes),
            size: bytes.length,
            annotations: encryptedAnnotations(layer, key),
        };
        await pushBytes(to, descriptor, bytes);
        encrypted.push(descriptor);
    }
    const sealed = await sealDataKey(key, holders);
    const envelope = { mediaType: KEY_ENVELOPE, digest: digestOf(sealed), size: sealed.length };
    await pushBytes(to, envelope, sealed);
    const info = { key: key.id, to: 'passphrase' in holders ? 'passphrase' : [...holders.recipients].sort() };
    return { layers: [...encrypted, envelope], annotation: JSON.stringify(info) };
}
/**
 * Decrypts an encrypted version's layers into `to`, each checked against its place, and a
 * payload against the digest its records name; returns the manifest of the plain version.
 */
export async function decryptLayers(from, to, manifest, key) {
    const layers = [];
    for (const layer of manifest.layers) {
        if (layer.mediaType === KEY_ENVELOPE)
            continue;
        if (!layer.mediaType.endsWith(ENCRYPTED)) {
            layers.push(layer);
            continue;
        }
        const bytes = key.decrypt(await readVerified(from, layer), placeOf(layer));
        const mediaType = layer.mediaType.slice(0, -ENCRYPTED.length);
        const { [ANNOTATION.keyedDigest]: keyed, ...annotations } = layer.annotations ?? {};
        const descriptor = { mediaType, digest: digestOf(bytes), size: bytes.length, annotations };
        if (keyed !== undefined && keyed !== key.keyedDigest(descriptor.digest)) {
            throw new CorruptPodError(`Payload ${layer.digest} is not the blob its version names: it was swapped.`);
        }
        await pushBytes(to, descriptor, bytes);
        layers.push(descriptor);
    }
    stateLayers({ ...manifest, layers });
    return { ...manifest, layers };
}
/**
 * A version ready to restore from: as it is when plain; decrypted into a private store of its
 * own when encrypted, once the key opened (a NeedsKeyError otherwise, before anything else).
 */
export async function openVersion(store, manifest, ring, what) {
    if (!encryptionOf(manifest))
        return { store, manifest, dispose: async () => undefined };
    const key = await versionKey(store, manifest, ring, what);
    const temp = await tempStore();
    try {
        return { store: temp.store, manifest: await decryptLayers(store, temp.store, manifest, key), dispose: temp.dispose };
    }
    catch (error) {
        await temp.dispose();
        throw error;
    }
}
