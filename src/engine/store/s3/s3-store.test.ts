import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../errors.js';
import { sdkConfig } from '../../../test-support/engine.js';
import { startLocalStack } from '../../../test-support/localstack.js';
import { startMoto, type Moto } from '../../../test-support/moto.js';
import { freePort, type Server } from '../../../test-support/processes.js';
import { storeContract } from '../../../test-support/store-contract.js';
import { openStoreUrl } from '../registry.js';
import type { ManagedStore } from '../store.js';

let moto: Moto;
let localstack: Server;

beforeAll(async () => {
  [moto, localstack] = await Promise.all([startMoto(), startLocalStack()]);
  for (const endpoint of [moto.endpoint, localstack.endpoint]) {
    const s3 = new S3Client(sdkConfig(endpoint));
    await s3.send(new CreateBucketCommand({ Bucket: 'pods' }));
    s3.destroy();
  }
});
afterAll(async () => {
  await Promise.all([moto.stop(), localstack.stop()]);
});

const env = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' };
const url = (endpoint: string, prefix: string) =>
  `s3://pods/${prefix}?endpoint=${endpoint}&region=us-east-1&access_key_id={access_key_id}&secret_access_key={secret_access_key}`;
const open = async (endpoint: string, prefix: string) => (await openStoreUrl(url(endpoint, prefix), 'write', env)) as ManagedStore;

for (const [name, endpoint] of [
  ["moto's S3", () => moto.endpoint],
  ["LocalStack's S3", () => localstack.endpoint],
] as const) {
  storeContract(`the S3 store on ${name}`, async () => {
    const prefix = `team/${randomUUID()}`;
    const store = await open(endpoint(), prefix);
    return { store, reopen: () => open(endpoint(), prefix), dispose: () => store.close!() };
  });
}

describe('the S3 store', () => {
  it('shows its URL with the secret masked', async () => {
    const store = await openStoreUrl(`s3://pods/x?endpoint=${moto.endpoint}&secret_access_key=abc&access_key_id=AKID`, 'read', {});
    expect(store.display).toBe(`s3://pods/x?endpoint=${moto.endpoint}&secret_access_key=***&access_key_id=AKID`);
    await store.close!();
  });

  it('says in one line that a bucket does not exist', async () => {
    const store = await openStoreUrl(`s3://no-such-bucket/p?endpoint=${moto.endpoint}`, 'read', env);
    await expect(store.listPods()).rejects.toThrow(StoreError);
    await expect(store.listPods()).rejects.toThrow(
      `Bucket "no-such-bucket" does not exist (remote s3://no-such-bucket/p?endpoint=${moto.endpoint}).`,
    );
    await store.close!();
  });

  it('says in one line that the service cannot be reached', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const store = await openStoreUrl(`s3://pods/p?endpoint=${closed}`, 'read', env);
    await expect(store.listPods()).rejects.toThrow(
      /^Cannot reach the S3 service of s3:\/\/pods\/p\?endpoint=http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) to list pods\.$/,
    );
    await store.close!();
  });

  it('refuses unknown URL parameters', async () => {
    await expect(openStoreUrl('s3://pods/p?endpiont=http://x', 'read', env)).rejects.toThrow('unknown parameter(s) endpiont');
  });
});
