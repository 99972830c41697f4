import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { DigestMismatchError, UsageError } from '../errors.js';
const DIGEST = /^sha256:[a-f0-9]{64}$/;
export function parseDigest(text) {
    if (!DIGEST.test(text)) {
        throw new UsageError(`Invalid digest "${text}": expected sha256: followed by 64 lower-case hex digits.`);
    }
    return text;
}
export function isDigest(text) {
    return DIGEST.test(text);
}
export function digestOf(bytes) {
    return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
export function hexOf(digest) {
    return digest.slice('sha256:'.length);
}
/** A pass-through that hashes and counts what flows through it. */
export class DigestingStream extends Transform {
    hash = createHash('sha256');
    size = 0;
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.size += chunk.length;
        callback(null, chunk);
    }
    /** The digest of everything that passed; call once the stream has ended. */
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/**
 * Hashes and counts content as it arrives and says whether it is exactly `expected`: it fails
 * as soon as the content grows past the expected size, and at the end when digest or size differ.
 */
export class ContentCheck {
    expected;
    hash = createHash('sha256');
    seen = 0;
    constructor(expected) {
        this.expected = expected;
    }
    /** Takes the next piece; throws DigestMismatchError once there is more than expected. */
    update(chunk) {
        this.seen += chunk.length;
        if (this.seen > this.expected.size) {
            throw new DigestMismatchError(`Content of ${this.expected.digest} is larger than the ${this.expected.size} bytes its descriptor declares.`);
        }
        this.hash.update(chunk);
    }
    /** Throws DigestMismatchError unless everything taken is the expected content. */
    finish() {
        const actual = `sha256:${this.hash.digest('hex')}`;
        if (this.seen !== this.expected.size) {
            throw new DigestMismatchError(`Content of ${this.expected.digest} is truncated: ${this.seen} of ${this.expected.size} bytes.`);
        }
        if (actual !== this.expected.digest) {
            throw new DigestMismatchError(`Content does not match its digest: expected ${this.expected.digest}, got ${actual}.`);
        }
    }
}
/**
 * A pass-through that fails the stream when the content is not exactly `expected` (see
 * ContentCheck). Readers put it between a store and anything that acts on the content.
 */
export class VerifyingStream extends Transform {
    check;
    constructor(expected) {
        super();
        this.check = new ContentCheck(expected);
    }
    _transform(chunk, _encoding, callback) {
        try {
            this.check.update(chunk);
        }
        catch (error) {
            callback(error);
            return;
        }
        callback(null, chunk);
    }
    _flush(callback) {
        try {
            this.check.finish();
        }
        catch (error) {
            callback(error);
            return;
        }
        callback();
    }
}
