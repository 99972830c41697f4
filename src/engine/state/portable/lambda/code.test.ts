import { createHash } from 'node:crypto';
import * as S3 from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sdkConfig } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import { serviceContext } from '../../context.js';
import { codeReader } from './code.js';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto.stop();
});

describe("reading a function's code", () => {
  it.each(['https://code.s3.us-east-1.amazonaws.com./fn.zip', 'https://code.s3.us-iso-east-1.c2s.ic.gov/fn.zip'])(
    'never asks real AWS for it when an emulator names %s, and reads it from the emulator instead',
    async (location) => {
      const body = Buffer.from('zip bytes');
      const s3 = new S3.S3Client(sdkConfig(moto.endpoint));
      await s3.send(new S3.CreateBucketCommand({ Bucket: 'code' }));
      await s3.send(new S3.PutObjectCommand({ Bucket: 'code', Key: 'fn.zip', Body: body }));
      const hooks = { fail() {}, warn() {}, progress() {} };
      const context = serviceContext({ endpoint: moto.endpoint, brand: 'moto' }, '123456789012', '123456789012', 'lambda', hooks);
      const fetched = vi.spyOn(globalThis, 'fetch');
      try {
        const read = await codeReader(context, 'us-east-1')(location, createHash('sha256').update(body).digest('base64'));
        expect(fetched).not.toHaveBeenCalled();
        expect(read).toEqual(body);
      } finally {
        fetched.mockRestore();
        await moto.reset();
      }
    },
  );
});
