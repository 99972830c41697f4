import { CreateBucketCommand, DeleteObjectCommand, ListBucketsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { CorruptPodError, DeclinedError, DigestMismatchError, NewerFormatError } from './errors.js';
import { POD_FORMAT_VERSION } from './pod/format.js';
import type { Descriptor, StateLayer } from './pod/manifest.js';
import { ANNOTATION } from './pod/media-types.js';
import type { FileStore } from './store/file/file-store.js';
import { rewriteConfig, rewriteLayers } from '../test-support/pod-records.js';
import { load } from './load.js';
import { versions } from './pods.js';
import type { SourceMismatch } from './target/source-mismatch.js';
import { ENGINE_VERSION } from './version.js';
import { awsClientConfig } from './target/aws.js';
import { engineFor, sdkConfig, tempHome } from '../test-support/engine.js';
import { startMoto, type Moto } from '../test-support/moto.js';

const { options, saveState } = engineFor('s3,ssm');

let moto: Moto;
let s3: S3Client;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  s3 = new S3Client(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  s3.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const buckets = async (client = s3) => ((await client.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name).sort();

describe('a dry-run load', () => {
  it('lists what would be created, changed and deleted, and changes nothing', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));
    await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'same', Body: 'same' }));
    await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'edited', Body: 'before' }));
    await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'removed', Body: 'x' }));
    await saveState(moto.endpoint, home, 'plan');
    await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'edited', Body: 'after, longer' }));
    await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'added', Body: 'y' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'extra' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'kept', Key: 'removed' }));

    const result = await load({ pod: 'plan', options: options(moto.endpoint, home), dryRun: true });

    const summary = result.planned!.map((c) => `${c.action} ${c.type} ${c.id}`).sort();
    expect(summary).toEqual(['change object kept/edited', 'create object kept/removed', 'delete bucket extra', 'delete object kept/added']);
    expect(await buckets()).toEqual(['extra', 'kept']);

    const deep = await load({ pod: 'plan', options: options(moto.endpoint, home, { strategy: 'deep-merge' }), dryRun: true });
    expect(deep.planned!.map((c) => c.action).sort()).toEqual(['change', 'create']);
  });
});

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('a pod whose blob was altered in the local store', () => {
  it('is refused before anything in the instance changes, even while the instance is still awaited', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pod-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'pod-bucket', Key: 'large', Body: Buffer.alloc(600_000, 7) }));
    await saveState(moto.endpoint, home, 'altered');
    const payload = filesUnder(home)
      .filter((f) => f.includes('blobs'))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const bytes = readFileSync(payload);
    bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 1, bytes.length >> 1);
    writeFileSync(payload, bytes);
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));

    await expect(load({ pod: 'altered', options: options(moto.endpoint, home, { strategy: 'overwrite' }) })).rejects.toThrow(DigestMismatchError);
    expect(await buckets()).toEqual(['kept', 'pod-bucket']);

    // The check runs while the load waits for the instance; its failure ends the wait.
    const nobody = options('http://127.0.0.1:9', home, { 'wait-timeout': '600' });
    await expect(load({ pod: 'altered', options: nobody })).rejects.toThrow(DigestMismatchError);
  });
});

/** A layer of `bytes` with a true digest: what a crafted pod holds. */
function hostileLayer(bytes: Buffer, annotations: Record<string, string> = {}) {
  return async (store: FileStore, layer: Descriptor, state: StateLayer): Promise<Descriptor> => {
    if (state.service !== 's3') return layer;
    const stored = await store.ingest(Readable.from([bytes]));
    return { ...layer, ...stored, annotations: { ...layer.annotations, ...annotations } };
  };
}

const line = (record: unknown) => `${JSON.stringify(record)}\n`;
const MiB = 1024 * 1024;

describe('a pod with true digests and hostile content', () => {
  it.each([
    ['a layer that is not gzip', hostileLayer(Buffer.from('plain text, not records')), /not gzip-compressed/],
    ['a line that is not JSON', hostileLayer(gzipSync(line({ type: 'bucket', id: 'b', data: {} }) + '{"type": \n')), /line 2 is not valid JSON/],
    ['a line that is not a record', hostileLayer(gzipSync(line(['bucket', 'b']))), /line 1 is not a state record/],
    [
      'a payload that is no blob of the pod',
      hostileLayer(gzipSync(line({ type: 'object', id: 'b/k', data: {}, payload: { size: 5, digest: `sha256:${'0'.repeat(64)}` } }))),
      /not a blob of this pod/,
    ],
    [
      'an inline payload of another size',
      hostileLayer(gzipSync(line({ type: 'object', id: 'b/k', data: {}, payload: { size: 500, inline: 'aGk=' } }))),
      /says its payload is 500 bytes; the pod holds 2/,
    ],
    ['a line of 80 MiB (2 MB compressed would be 2 GB)', hostileLayer(gzipSync(Buffer.alloc(80 * MiB, 0x61))), /line 1 is longer than/],
    [
      'a layer that expands a thousand times',
      hostileLayer(gzipSync(line({ type: 't', id: 'x', data: { pad: 'a'.repeat(MiB) } }).repeat(300))),
      /expands more than 250 times/,
    ],
    ['a layer for an account that is no account', hostileLayer(gzipSync(''), { [ANNOTATION.account]: '../../etc' }), /not an AWS account id/],
  ])('is refused before anything in the instance changes: %s', async (_, change, message) => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pod-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'pod-bucket', Key: 'k', Body: 'v' }));
    await saveState(moto.endpoint, home, 'good');
    await rewriteLayers(home, 'good', 'hostile', change);
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));

    const loading = load({ pod: 'hostile', options: options(moto.endpoint, home, { strategy: 'overwrite' }) });

    await expect(loading).rejects.toThrow(CorruptPodError);
    await expect(loading).rejects.toThrow(message);
    expect(await buckets()).toEqual(['kept', 'pod-bucket']);
  });
});

describe('accounts', () => {
  it('are saved with --accounts and each restored into its own account', async () => {
    const target = { endpoint: moto.endpoint, brand: 'moto' as const };
    const other = new S3Client({ ...awsClientConfig(target, 'us-east-1', '111111111111') });
    await s3.send(new CreateBucketCommand({ Bucket: 'default-account' }));
    await other.send(new CreateBucketCommand({ Bucket: 'other-account' }));
    expect(await buckets(other)).toEqual(['other-account']);

    const saved = await saveState(moto.endpoint, home, 'accounts', { accounts: '123456789012,111111111111' });
    expect(saved.resources).toEqual({ s3: 2 });
    await moto.reset();
    await load({ pod: 'accounts', options: options(moto.endpoint, home) });

    expect(await buckets()).toEqual(['default-account']);
    expect(await buckets(other)).toEqual(['other-account']);
    other.destroy();
  });
});

describe('a load limited to some services and buckets', () => {
  it('clears and writes only those, under every strategy that clears', async () => {
    const ssm = new SSMClient(sdkConfig(moto.endpoint));
    const value = async () => (await ssm.send(new GetParameterCommand({ Name: '/mode' }))).Parameter?.Value;
    await s3.send(new CreateBucketCommand({ Bucket: 'bucket-a' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'bucket-b' }));
    await s3.send(new PutObjectCommand({ Bucket: 'bucket-a', Key: 'k', Body: 'pod' }));
    await s3.send(new PutObjectCommand({ Bucket: 'bucket-b', Key: 'k', Body: 'pod' }));
    await ssm.send(new PutParameterCommand({ Name: '/mode', Value: 'pod', Type: 'String' }));
    await saveState(moto.endpoint, home, 'partial');
    const keys = async (Bucket: string) => ((await s3.send(new ListObjectsV2Command({ Bucket }))).Contents ?? []).map((o) => o.Key).sort();

    for (const strategy of ['account-region-merge', 'merge', 'overwrite']) {
      await s3.send(new PutObjectCommand({ Bucket: 'bucket-a', Key: 'extra', Body: 'test' }));
      await s3.send(new PutObjectCommand({ Bucket: 'bucket-b', Key: 'extra', Body: 'test' }));
      await s3.send(new CreateBucketCommand({ Bucket: 'bucket-new' }));
      await ssm.send(new PutParameterCommand({ Name: '/mode', Value: 'test', Type: 'String', Overwrite: true }));
      const only = { services: ['s3'], resources: { s3: ['bucket-a', 'bucket-new'] } };
      await load({ pod: 'partial', options: options(moto.endpoint, home, { strategy }), only });
      expect(await buckets(), strategy).toEqual(['bucket-a', 'bucket-b']);
      expect(await keys('bucket-a'), strategy).toEqual(['k']);
      expect(await keys('bucket-b'), strategy).toEqual(['extra', 'k']);
      expect(await value(), strategy).toBe('test');
      await s3.send(new DeleteObjectCommand({ Bucket: 'bucket-b', Key: 'extra' }));
    }
    await load({ pod: 'partial', options: options(moto.endpoint, home), only: { services: ['ssm'] } });
    expect(await value()).toBe('pod');
    ssm.destroy();
  });
});

describe('the emulator a pod was saved from', () => {
  it('is recorded with the pod format; a load into the same brand says nothing', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'from-moto' }));
    await saveState(moto.endpoint, home, 'same');
    const [saved] = (await versions('same', options(moto.endpoint, home))).versions;
    // moto reports no version: the brand is all a pod from moto records.
    expect(saved!.config.source).toEqual({ brand: 'moto' });
    expect(saved!.config.formatVersion).toBe(POD_FORMAT_VERSION);

    const mismatches: SourceMismatch[] = [];
    await load({ pod: 'same', options: options(moto.endpoint, home), onSourceMismatch: (m) => void mismatches.push(m) });
    expect(mismatches).toEqual([]);
  });

  it('when another, is named with the instance before anything in it changes, and a hook that throws stops the load', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'from-localstack' }));
    await saveState(moto.endpoint, home, 'moto-made');
    await rewriteConfig(home, 'moto-made', 'localstack-made', (config) => ({
      ...config,
      source: { brand: 'localstack', edition: 'community', version: '4.14.0' },
    }));
    await moto.reset();

    const seen: { message: string; buckets: (string | undefined)[] }[] = [];
    const declined = load({
      pod: 'localstack-made',
      options: options(moto.endpoint, home, { strategy: 'overwrite' }),
      onSourceMismatch: async (mismatch) => {
        seen.push({ message: mismatch.message, buckets: await buckets() });
        throw new DeclinedError('no');
      },
    });
    await expect(declined).rejects.toThrow(DeclinedError);
    expect(seen).toEqual([{ message: 'saved from LocalStack 4.14.0, loading into moto', buckets: [] }]);
    expect(await buckets()).toEqual([]);

    await load({ pod: 'localstack-made', options: options(moto.endpoint, home), onSourceMismatch: () => undefined });
    expect(await buckets()).toEqual(['from-localstack']);
  });
});

describe('a pod in a newer format than this engine reads', () => {
  it('is refused before anything in the instance changes, naming its format and the engine to upgrade to', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'from-the-future' }));
    await saveState(moto.endpoint, home, 'current');
    await rewriteConfig(home, 'current', 'future', (config) => ({
      ...config,
      formatVersion: POD_FORMAT_VERSION + 1,
      engine: { name: 'localstack-pods', version: '9.1.0' },
    }));
    await moto.reset();
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));

    const refused = load({ pod: 'future', options: options(moto.endpoint, home, { strategy: 'overwrite' }) });
    await expect(refused).rejects.toThrow(NewerFormatError);
    await expect(refused).rejects.toThrow(
      `Pod future:1 is in pod format ${POD_FORMAT_VERSION + 1}, written by localstack-pods 9.1.0; localstack-pods ${ENGINE_VERSION} reads pod formats up to ${POD_FORMAT_VERSION}. Upgrade to localstack-pods 9.1.0 or later to load it.`,
    );
    expect(await buckets()).toEqual(['kept']);
  });
});
