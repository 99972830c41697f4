import type { PodManifest } from './manifest.js';
import { ANNOTATION } from './media-types.js';

/** What an encrypted version's manifest says of its key. */
export interface EncryptionInfo {
  readonly key: string;
  /** `passphrase`, or the age recipients that can open it. */
  readonly to: 'passphrase' | readonly string[];
}

export function encryptionOf(manifest: PodManifest): EncryptionInfo | undefined {
  const text = manifest.annotations[ANNOTATION.encryption];
  return text ? (JSON.parse(text) as EncryptionInfo) : undefined;
}
