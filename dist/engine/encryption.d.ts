import { DataKey } from './crypto/blob-cipher.js';
import type { KeyHolders, KeyRing } from './crypto/keys.js';
import { type Descriptor, type PodManifest } from './pod/manifest.js';
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
/** The data key of an encrypted version, opened with `ring`; a NeedsKeyError that says who can open it otherwise. */
export declare function versionKey(store: BlobReader, manifest: PodManifest, ring: KeyRing, what: string): Promise<DataKey>;
/**
 * The key a save encrypts with: the latest version's, when the ring opens it (so unchanged
 * layers encrypt to the blobs stored already), else a new one.
 */
export declare function saveKey(store: BlobReader, latest: PodManifest | undefined, ring: KeyRing): Promise<DataKey>;
/**
 * Writes `layers` (plain, in `plain`) encrypted into `to`, with the key's envelope; returns the
 * manifest's layers and the annotation of its manifest.
 */
export declare function encryptLayers(plain: BlobReader, to: WritableStore, layers: readonly Descriptor[], key: DataKey, holders: KeyHolders): Promise<{
    layers: Descriptor[];
    annotation: string;
}>;
/**
 * Decrypts an encrypted version's layers into `to`, each checked against its place, and a
 * payload against the digest its records name; returns the manifest of the plain version.
 */
export declare function decryptLayers(from: BlobReader, to: WritableStore, manifest: PodManifest, key: DataKey): Promise<PodManifest>;
/**
 * A version ready to restore from: as it is when plain; decrypted into a private store of its
 * own when encrypted, once the key opened (a NeedsKeyError otherwise, before anything else).
 */
export declare function openVersion(store: BlobReader, manifest: PodManifest, ring: KeyRing, what: string): Promise<{
    store: BlobReader;
    manifest: PodManifest;
    dispose(): Promise<void>;
}>;
