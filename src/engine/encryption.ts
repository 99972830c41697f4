import { DataKey } from './crypto/blob-cipher.js';
import { openDataKey, sealDataKey, newDataKey } from './crypto/envelope.js';
import type { KeyHolders, KeyRing } from './crypto/keys.js';
import { pushBytes } from './copy.js';
import { CorruptPodError, NeedsKeyError } from './errors.js';
import { stateLayers, type Descriptor, type PodManifest } from './pod/manifest.js';
import { ANNOTATION, ENCRYPTED, KEY_ENVELOPE, PAYLOAD_LAYER, STATE_LAYER } from './pod/media-types.js';
import { digestOf } from './pod/digest.js';
import { readVerified } from './store/content.js';
import { tempStore } from './open-store.js';
import { encryptionOf, type EncryptionInfo } from './pod/encryption-info.js';
import type { BlobReader, WritableStore } from './store/store.js';

/**
 * Encrypted versions. A save captures into a private store of its own, then writes each state
 * and payload layer encrypted (see `crypto/blob-cipher.ts`) with the pod's data key, and the
 * key itself sealed for its holders (`crypto/envelope.ts`) as one more layer. The manifest and
 * config stay plain, so listing, inspecting, copying and checking need no key; what the layers'
 * annotations would tell of their plaintext (digests of records and bodies) is keyed instead.
 * A load opens the key before it reaches the instance, and decrypts into a private store
 * from which the restore runs as for any version.
 */

/** How a front asks for encryption (`encryption-key`, `recipients`) and what it holds to open versions. */
export interface EncryptionOptions {
  /** Who a save encrypts for; a save is plain without. */
  readonly holders?: KeyHolders;
  /** What opens encrypted versions (the passphrase, or identities). */
  readonly ring: KeyRing;
}

/** Where a layer's blob belongs: what binds it to its place (see `DataKey.encrypt`). */
function placeOf(layer: Descriptor): string {
  const a = layer.annotations ?? {};
  return layer.mediaType.startsWith(STATE_LAYER) ? `${a[ANNOTATION.service]}/${a[ANNOTATION.account]}/${a[ANNOTATION.region]}` : 'payload';
}

function holdersText(info: EncryptionInfo): string {
  return info.to === 'passphrase' ? 'its passphrase' : `the identity of one of its recipients (${info.to.join(', ')})`;
}

/** The envelope layer of an encrypted version. */
function envelopeOf(manifest: PodManifest): Descriptor | undefined {
  return manifest.layers.find((l) => l.mediaType === KEY_ENVELOPE);
}

/** The data key of an encrypted version, opened with `ring`; a NeedsKeyError that says who can open it otherwise. */
export async function versionKey(store: BlobReader, manifest: PodManifest, ring: KeyRing, what: string): Promise<DataKey> {
  const info = encryptionOf(manifest)!;
  const envelope = envelopeOf(manifest);
  const key = envelope ? await openDataKey(await readVerified(store, envelope), ring) : undefined;
  if (!key || !key.is(info.key)) {
    const given = ring.passphrases.length + ring.identities.length > 0 ? 'The key given does not open it' : 'No key was given';
    throw new NeedsKeyError(
      `${what} is encrypted: it opens with ${holdersText(info)}. ${given}: set LOCALSTACK_PODS_ENCRYPTION_KEY (a passphrase) or --encryption-key-file (a passphrase, or age identities).`,
    );
  }
  return key;
}

/**
 * The key a save encrypts with: the latest version's, when the ring opens it (so unchanged
 * layers encrypt to the blobs stored already), else a new one.
 */
export async function saveKey(store: BlobReader, latest: PodManifest | undefined, ring: KeyRing): Promise<DataKey> {
  if (latest && encryptionOf(latest)) {
    const envelope = envelopeOf(latest);
    const key = envelope ? await openDataKey(await readVerified(store, envelope).catch(() => Buffer.alloc(0)), ring) : undefined;
    if (key?.is(encryptionOf(latest)!.key)) return key;
  }
  return newDataKey();
}

/** A layer's annotations as an encrypted layer keeps them: nothing that is a digest of its plaintext. */
function encryptedAnnotations(layer: Descriptor, key: DataKey): Record<string, string> {
  const { [ANNOTATION.recordsDigest]: _records, [ANNOTATION.contentMd5]: _md5, ...rest } = layer.annotations ?? {};
  return layer.mediaType === PAYLOAD_LAYER ? { ...rest, [ANNOTATION.keyedDigest]: key.keyedDigest(layer.digest) } : rest;
}

/**
 * Writes `layers` (plain, in `plain`) encrypted into `to`, with the key's envelope; returns the
 * manifest's layers and the annotation of its manifest.
 */
export async function encryptLayers(
  plain: BlobReader,
  to: WritableStore,
  layers: readonly Descriptor[],
  key: DataKey,
  holders: KeyHolders,
): Promise<{ layers: Descriptor[]; annotation: string }> {
  const encrypted: Descriptor[] = [];
  for (const layer of layers) {
    const bytes = key.encrypt(await readVerified(plain, layer), placeOf(layer));
    const descriptor: Descriptor = {
      mediaType: `${layer.mediaType}${ENCRYPTED}`,
      digest: digestOf(bytes),
      size: bytes.length,
      annotations: encryptedAnnotations(layer, key),
    };
    await pushBytes(to, descriptor, bytes);
    encrypted.push(descriptor);
  }
  const sealed = await sealDataKey(key, holders);
  const envelope: Descriptor = { mediaType: KEY_ENVELOPE, digest: digestOf(sealed), size: sealed.length };
  await pushBytes(to, envelope, sealed);
  const info: EncryptionInfo = { key: key.id, to: 'passphrase' in holders ? 'passphrase' : [...holders.recipients].sort() };
  return { layers: [...encrypted, envelope], annotation: JSON.stringify(info) };
}

/**
 * Decrypts an encrypted version's layers into `to`, each checked against its place, and a
 * payload against the digest its records name; returns the manifest of the plain version.
 */
export async function decryptLayers(from: BlobReader, to: WritableStore, manifest: PodManifest, key: DataKey): Promise<PodManifest> {
  const layers: Descriptor[] = [];
  for (const layer of manifest.layers) {
    if (layer.mediaType === KEY_ENVELOPE) continue;
    if (!layer.mediaType.endsWith(ENCRYPTED)) {
      layers.push(layer);
      continue;
    }
    const bytes = key.decrypt(await readVerified(from, layer), placeOf(layer));
    const mediaType = layer.mediaType.slice(0, -ENCRYPTED.length);
    const { [ANNOTATION.keyedDigest]: keyed, ...annotations } = layer.annotations ?? {};
    const descriptor: Descriptor = { mediaType, digest: digestOf(bytes), size: bytes.length, annotations };
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
export async function openVersion(
  store: BlobReader,
  manifest: PodManifest,
  ring: KeyRing,
  what: string,
): Promise<{ store: BlobReader; manifest: PodManifest; dispose(): Promise<void> }> {
  if (!encryptionOf(manifest)) return { store, manifest, dispose: async () => undefined };
  const key = await versionKey(store, manifest, ring, what);
  const temp = await tempStore();
  try {
    return { store: temp.store, manifest: await decryptLayers(store, temp.store, manifest, key), dispose: temp.dispose };
  } catch (error) {
    await temp.dispose();
    throw error;
  }
}
