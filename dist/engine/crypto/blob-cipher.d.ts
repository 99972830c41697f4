/** A pod's 32-byte data key, and the subkeys derived from it. */
export declare class DataKey {
    readonly bytes: Uint8Array;
    private readonly blobKey;
    private readonly indexKey;
    /** Identifies the key without revealing it: what a version records, so a wrong key is told apart at once. */
    readonly id: string;
    constructor(bytes: Uint8Array);
    /** Encrypts `plain` for the place `context` names (a layer's scope, or `payload`). */
    encrypt(plain: Uint8Array, context: string): Buffer;
    /**
     * Decrypts a blob of this key for `context`. A wrong key, a cut blob, or a blob of another
     * place fails authentication: a CorruptPodError that says which of those it can be.
     */
    decrypt(stored: Uint8Array, context: string): Buffer;
    /** A keyed digest of `text`: what an encrypted layer records in place of a digest of its plaintext. */
    keyedDigest(text: string): string;
    /** Whether `id` is this key's. */
    is(id: string): boolean;
}
/** Whether a stored blob is an encrypted one. */
export declare function isEncrypted(bytes: Uint8Array): boolean;
