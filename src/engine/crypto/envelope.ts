import { randomBytes } from 'node:crypto';
import { Decrypter, Encrypter } from 'age-encryption';
import { DataKey } from './blob-cipher.js';
import { parseRecipients, type KeyHolders, type KeyRing } from './keys.js';

/** A new random data key, for a pod's first encrypted version. */
export function newDataKey(): DataKey {
  return new DataKey(randomBytes(32));
}

/** The data key, sealed with age for its holders: the envelope a version stores beside its layers. */
export async function sealDataKey(key: DataKey, holders: KeyHolders): Promise<Buffer> {
  const encrypter = new Encrypter();
  if ('passphrase' in holders) encrypter.setPassphrase(holders.passphrase);
  else for (const recipient of parseRecipients(holders.recipients)) encrypter.addRecipient(recipient);
  return Buffer.from(await encrypter.encrypt(key.bytes));
}

/** The data key of an envelope, or undefined when nothing in the ring opens it. */
export async function openDataKey(envelope: Uint8Array, ring: KeyRing): Promise<DataKey | undefined> {
  if (ring.passphrases.length === 0 && ring.identities.length === 0) return undefined;
  const decrypter = new Decrypter();
  for (const passphrase of ring.passphrases) decrypter.addPassphrase(passphrase);
  for (const identity of ring.identities) decrypter.addIdentity(identity);
  try {
    return new DataKey(await decrypter.decrypt(envelope));
  } catch {
    return undefined;
  }
}
