import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DigestMismatchError, UsageError } from '../errors.js';

/** A content address: `sha256:` and 64 lower-case hex digits. */
export type Digest = `sha256:${string}`;

const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function parseDigest(text: string): Digest {
  if (!DIGEST.test(text)) {
    throw new UsageError(`Invalid digest "${text}": expected sha256: followed by 64 lower-case hex digits.`);
  }
  return text as Digest;
}

export function isDigest(text: string): text is Digest {
  return DIGEST.test(text);
}

export function digestOf(bytes: Uint8Array | string): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function hexOf(digest: Digest): string {
  return digest.slice('sha256:'.length);
}

/** A pass-through that hashes and counts what flows through it. */
export class DigestingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }

  /** The digest of everything that passed; call once the stream has ended. */
  digest(): Digest {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

export interface Expected {
  readonly digest: Digest;
  readonly size: number;
}

/**
 * Hashes and counts content as it arrives and says whether it is exactly `expected`: it fails
 * as soon as the content grows past the expected size, and at the end when digest or size differ.
 */
export class ContentCheck {
  private readonly hash: Hash = createHash('sha256');
  private seen = 0;

  constructor(private readonly expected: Expected) {}

  /** Takes the next piece; throws DigestMismatchError once there is more than expected. */
  update(chunk: Uint8Array): void {
    this.seen += chunk.length;
    if (this.seen > this.expected.size) {
      throw new DigestMismatchError(`Content of ${this.expected.digest} is larger than the ${this.expected.size} bytes its descriptor declares.`);
    }
    this.hash.update(chunk);
  }

  /** Throws DigestMismatchError unless everything taken is the expected content. */
  finish(): void {
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
  private readonly check: ContentCheck;

  constructor(expected: Expected) {
    super();
    this.check = new ContentCheck(expected);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.check.update(chunk);
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.check.finish();
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback();
  }
}
