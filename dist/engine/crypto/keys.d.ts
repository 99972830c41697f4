/**
 * Who can open an encrypted version: the holders of a passphrase, or of the identities of the
 * listed age recipients. age keeps the two apart (a passphrase file has no other recipient).
 */
export type KeyHolders = {
    readonly passphrase: string;
} | {
    readonly recipients: readonly string[];
};
/** What a reader may hold to open versions: a passphrase, age identities (`AGE-SECRET-KEY-1…`), or both. */
export interface KeyRing {
    readonly passphrases: readonly string[];
    readonly identities: readonly string[];
}
/** A ring that opens nothing: for plain versions, and loads given no key. */
export declare const NO_KEYS: KeyRing;
/** Checks recipients as age writes them, so a typo fails the save before anything is read. */
export declare function parseRecipients(recipients: readonly string[]): string[];
/** The key ring of a key file's text: age identities, one a line (comments allowed), or else the whole text as a passphrase. */
export declare function keyRingOf(text: string): KeyRing;
