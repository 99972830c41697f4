import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../errors.js';
import { sdkConfig } from '../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../test-support/moto.js';
import { freePort } from '../../../test-support/processes.js';
import { storeContract } from '../../../test-support/store-contract.js';
import { openStoreUrl } from '../registry.js';
import type { ManagedStore } from '../store.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto();
  const s3 = new S3Client(sdkConfig(moto.endpoint));
  await s3.send(new CreateBucketCommand({ Bucket: 'pods' }));
  s3.destroy();
});
afterAll(async () => {
  await moto.stop();
});

const env = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' };
const url = (prefix: string) =>
  `s3://pods/${prefix}?endpoint=${moto.endpoint}&region=us-east-1&access_key_id={access_key_id}&secret_access_key={secret_access_key}`;
const open = async (prefix: string) => (await openStoreUrl(url(prefix), 'write', env)) as ManagedStore;

storeContract('the S3 store on moto', async () => {
  const prefix = `team/${randomUUID()}`;
  const store = await open(prefix);
  return { store, reopen: () => open(prefix), dispose: () => store.close!() };
});

describe('the S3 store', () => {
  it('shows its URL with the secret masked', async () => {
    const store = await openStoreUrl(`s3://pods/x?endpoint=${moto.endpoint}&secret_access_key=abc&access_key_id=AKID`, 'read', {});
    expect(store.display).toBe(`s3://pods/x?endpoint=${moto.endpoint}&secret_access_key=***&access_key_id=AKID`);
    await store.close!();
  });

  it('says in one line that a bucket does not exist', async () => {
    const store = await openStoreUrl(`s3://no-such-bucket/p?endpoint=${moto.endpoint}`, 'read', env);
    await expect(store.listPods()).rejects.toThrow(StoreError);
    await expect(store.listPods()).rejects.toThrow(`Bucket "no-such-bucket" does not exist (remote s3://no-such-bucket/p?endpoint=${moto.endpoint}).`);
    await store.close!();
  });

  it('says in one line that the service cannot be reached', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const store = await openStoreUrl(`s3://pods/p?endpoint=${closed}`, 'read', env);
    await expect(store.listPods()).rejects.toThrow(/^Cannot reach the S3 service of s3:\/\/pods\/p\?endpoint=http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) to list pods\.$/);
    await store.close!();
  });

  it('refuses unknown URL parameters', async () => {
    await expect(openStoreUrl('s3://pods/p?endpiont=http://x', 'read', env)).rejects.toThrow('unknown parameter(s) endpiont');
  });
});
