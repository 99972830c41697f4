import { Transform, type TransformCallback } from 'node:stream';
/** A content address: `sha256:` and 64 lower-case hex digits. */
export type Digest = `sha256:${string}`;
export declare function parseDigest(text: string): Digest;
export declare function isDigest(text: string): text is Digest;
export declare function digestOf(bytes: Uint8Array | string): Digest;
export declare function hexOf(digest: Digest): string;
/** A pass-through that hashes and counts what flows through it. */
export declare class DigestingStream extends Transform {
    private readonly hash;
    size: number;
    _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void;
    /** The digest of everything that passed; call once the stream has ended. */
    digest(): Digest;
}
export interface Expected {
    readonly digest: Digest;
    readonly size: number;
}
/**
 * Hashes and counts content as it arrives and says whether it is exactly `expected`: it fails
 * as soon as the content grows past the expected size, and at the end when digest or size differ.
 */
export declare class ContentCheck {
    private readonly expected;
    private readonly hash;
    private seen;
    constructor(expected: Expected);
    /** Takes the next piece; throws DigestMismatchError once there is more than expected. */
    update(chunk: Uint8Array): void;
    /** Throws DigestMismatchError unless everything taken is the expected content. */
    finish(): void;
}
/**
 * A pass-through that fails the stream when the content is not exactly `expected` (see
 * ContentCheck). Readers put it between a store and anything that acts on the content.
 */
export declare class VerifyingStream extends Transform {
    private readonly check;
    constructor(expected: Expected);
    _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void;
    _flush(callback: TransformCallback): void;
}
