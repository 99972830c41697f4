import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DigestMismatchError, UsageError } from '../errors.js';
import { digestOf, DigestingStream, parseDigest, VerifyingStream } from './digest.js';

const drain = () => new Writable({ write: (_c, _e, done) => done() });

describe('digests', () => {
  it('are sha256 of the content', () => {
    expect(digestOf('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('refuse malformed digests', () => {
    expect(() => parseDigest('sha256:abc')).toThrow(UsageError);
    expect(() => parseDigest(`md5:${'a'.repeat(64)}`)).toThrow(UsageError);
  });

  it('are computed while content streams through', async () => {
    const digesting = new DigestingStream();
    await pipeline(Readable.from([Buffer.from('hello '), Buffer.from('world')]), digesting, drain());
    expect(digesting.digest()).toBe(digestOf('hello world'));
    expect(digesting.size).toBe(11);
  });
});

describe('verifying streams', () => {
  const content = Buffer.from('pod content');
  const expected = { digest: digestOf(content), size: content.length };

  it('pass content that matches', async () => {
    const out = await buffer(Readable.from([content]).pipe(new VerifyingStream(expected)));
    expect(out.equals(content)).toBe(true);
  });

  it('fail on different content of the same size', async () => {
    const other = Buffer.from('pod CONTENT');
    await expect(pipeline(Readable.from([other]), new VerifyingStream(expected), drain())).rejects.toThrow(DigestMismatchError);
  });

  it('fail on truncated content', async () => {
    await expect(pipeline(Readable.from([content.subarray(0, 5)]), new VerifyingStream(expected), drain())).rejects.toThrow(
      /truncated: 5 of 11 bytes/,
    );
  });

  it('fail as soon as content grows past its size', async () => {
    await expect(pipeline(Readable.from([content, Buffer.from('more')]), new VerifyingStream(expected), drain())).rejects.toThrow(
      /larger than the 11 bytes/,
    );
  });
});
