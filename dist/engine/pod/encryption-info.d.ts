import type { PodManifest } from './manifest.js';
/** What an encrypted version's manifest says of its key. */
export interface EncryptionInfo {
    readonly key: string;
    /** `passphrase`, or the age recipients that can open it. */
    readonly to: 'passphrase' | readonly string[];
}
export declare function encryptionOf(manifest: PodManifest): EncryptionInfo | undefined;
