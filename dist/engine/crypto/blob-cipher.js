import { createHash, hkdfSync, timingSafeEqual } from 'node:crypto';
import { gcmsiv } from '@noble/ciphers/aes.js';
import { CorruptPodError } from '../errors.js';
/**
 * Blob encryption of encrypted pods: AES-256-GCM-SIV under a key derived from the pod's data key,
 * with a fixed nonce, so equal plaintext gives an equal blob, and deduplication keeps working.
 *
 * Why a deterministic cipher is safe here: GCM-SIV (RFC 8452) is built to stay secure when a
 * nonce repeats; what it gives away then is only whether two plaintexts are equal. A store of
 * content-addressed blobs shows that already (the same digest, stored once), and it is what lets
 * an unchanged save store nothing new. Each blob is bound to where it belongs (its associated
 * data), so a blob moved to another layer or scope fails to decrypt.
 */
/** What every encrypted blob starts with, so it is never taken for a plain one. */
const MAGIC = Buffer.from('LSPODS-ENC1\n');
/** GCM-SIV's tag. */
const TAG_BYTES = 16;
/** The nonce is fixed (see above); the key is what differs between pods. */
const NONCE = new Uint8Array(12);
/** A pod's 32-byte data key, and the subkeys derived from it. */
export class DataKey {
    bytes;
    blobKey;
    indexKey;
    /** Identifies the key without revealing it: what a version records, so a wrong key is told apart at once. */
    id;
    constructor(bytes) {
        this.bytes = bytes;
        if (bytes.length !== 32)
            throw new Error('A data key is 32 bytes.');
        this.blobKey = new Uint8Array(hkdfSync('sha256', bytes, new Uint8Array(), 'localstack-pods blob v1', 32));
        this.indexKey = Buffer.from(hkdfSync('sha256', bytes, new Uint8Array(), 'localstack-pods index v1', 32));
        this.id = Buffer.from(hkdfSync('sha256', bytes, new Uint8Array(), 'localstack-pods key id v1', 16)).toString('hex');
    }
    /** Encrypts `plain` for the place `context` names (a layer's scope, or `payload`). */
    encrypt(plain, context) {
        const sealed = gcmsiv(this.blobKey, NONCE, Buffer.from(context)).encrypt(plain);
        return Buffer.concat([MAGIC, sealed]);
    }
    /**
     * Decrypts a blob of this key for `context`. A wrong key, a cut blob, or a blob of another
     * place fails authentication: a CorruptPodError that says which of those it can be.
     */
    decrypt(stored, context) {
        const bytes = Buffer.from(stored);
        if (!isEncrypted(bytes) || bytes.length < MAGIC.length + TAG_BYTES) {
            throw new CorruptPodError(`An encrypted blob of ${context} is cut short or not encrypted by localstack-pods.`);
        }
        try {
            return Buffer.from(gcmsiv(this.blobKey, NONCE, Buffer.from(context)).decrypt(bytes.subarray(MAGIC.length)));
        }
        catch (error) {
            throw new CorruptPodError(`An encrypted blob of ${context} does not open with this key: it was changed, cut, or moved from elsewhere.`, {
                cause: error,
            });
        }
    }
    /** A keyed digest of `text`: what an encrypted layer records in place of a digest of its plaintext. */
    keyedDigest(text) {
        return `hmac-sha256:${createHash('sha256').update(this.indexKey).update(text).digest('hex')}`;
    }
    /** Whether `id` is this key's. */
    is(id) {
        const [a, b] = [Buffer.from(id), Buffer.from(this.id)];
        return a.length === b.length && timingSafeEqual(a, b);
    }
}
/** Whether a stored blob is an encrypted one. */
export function isEncrypted(bytes) {
    return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}
