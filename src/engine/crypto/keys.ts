import { UsageError } from '../errors.js';

/**
 * Who can open an encrypted version: the holders of a passphrase, or of the identities of the
 * listed age recipients. age keeps the two apart (a passphrase file has no other recipient).
 */
export type KeyHolders = { readonly passphrase: string } | { readonly recipients: readonly string[] };

/** What a reader may hold to open versions: a passphrase, age identities (`AGE-SECRET-KEY-1…`), or both. */
export interface KeyRing {
  readonly passphrases: readonly string[];
  readonly identities: readonly string[];
}

/** A ring that opens nothing: for plain versions, and loads given no key. */
export const NO_KEYS: KeyRing = { passphrases: [], identities: [] };

const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** Checks recipients as age writes them, so a typo fails the save before anything is read. */
export function parseRecipients(recipients: readonly string[]): string[] {
  const bad = recipients.filter((r) => !RECIPIENT.test(r));
  if (bad.length > 0)
    throw new UsageError(
      `Invalid recipient(s) ${bad.join(', ')}: an age X25519 recipient looks like age1… (62 characters); make one with age-keygen.`,
    );
  return [...new Set(recipients)].sort();
}

/** The key ring of a key file's text: age identities, one a line (comments allowed), or else the whole text as a passphrase. */
export function keyRingOf(text: string): KeyRing {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length > 0 && lines.every((l) => IDENTITY.test(l))) return { passphrases: [], identities: lines };
  const passphrase = text.replace(/\r?\n$/, '');
  if (!passphrase) throw new UsageError('The encryption key is empty: give a passphrase, or a file of age identities (AGE-SECRET-KEY-1…).');
  return { passphrases: [passphrase], identities: [] };
}
