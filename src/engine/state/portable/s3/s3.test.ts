import {
  CreateBucketCommand,
  GetBucketCorsCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectAclCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  PutBucketCorsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectAclCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import { logRequests } from '../../../../test-support/request-log.js';

const { loadState, saveState } = engineFor('s3');

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

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-data/*' }],
});
const big = randomBytes(1024 * 1024 + 17);

async function seed(): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: 'app-data' }));
  await s3.send(new PutBucketTaggingCommand({ Bucket: 'app-data', Tagging: { TagSet: [{ Key: 'team', Value: 'core' }] } }));
  await s3.send(new PutBucketPolicyCommand({ Bucket: 'app-data', Policy: policy }));
  await s3.send(
    new PutBucketCorsCommand({
      Bucket: 'app-data',
      CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['https://example.com'] }] },
    }),
  );
  await s3.send(new PutBucketVersioningCommand({ Bucket: 'app-data', VersioningConfiguration: { Status: 'Enabled' } }));
  await s3.send(
    new PutObjectCommand({
      Bucket: 'app-data',
      Key: 'config/settings.json',
      Body: '{"feature":true}',
      ContentType: 'application/json',
      CacheControl: 'max-age=60',
      Metadata: { owner: 'tests' },
      Tagging: 'kind=config&stage=dev',
    }),
  );
  await s3.send(new PutObjectCommand({ Bucket: 'app-data', Key: 'blobs/big.bin', Body: big }));
  const eu = new S3Client(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new CreateBucketCommand({ Bucket: 'eu-logs', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
  await eu.send(new PutObjectCommand({ Bucket: 'eu-logs', Key: 'a.log', Body: 'line\n' }));
  eu.destroy();
}

async function bucketNames(): Promise<string[]> {
  return ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name!).sort();
}

describe('the s3 module', () => {
  it('restores buckets with region, tags, policy, CORS and versioning, and objects with body, headers, metadata and tags', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 's3-pod');
    expect(saved.resources).toEqual({ s3: 5 });
    await moto.reset();
    expect(await bucketNames()).toEqual([]);

    await loadState(moto.endpoint, home, 's3-pod');

    expect(await bucketNames()).toEqual(['app-data', 'eu-logs']);
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: 'eu-logs' }))).LocationConstraint).toBe('eu-west-1');
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: 'app-data' }))).TagSet).toEqual([{ Key: 'team', Value: 'core' }]);
    expect(JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: 'app-data' }))).Policy!)).toEqual(JSON.parse(policy));
    expect((await s3.send(new GetBucketCorsCommand({ Bucket: 'app-data' }))).CORSRules?.[0]?.AllowedOrigins).toEqual(['https://example.com']);
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: 'app-data' }))).Status).toBe('Enabled');
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'app-data', Key: 'config/settings.json' }));
    expect(head.ContentType).toBe('application/json');
    expect(head.CacheControl).toBe('max-age=60');
    expect(head.Metadata).toEqual({ owner: 'tests' });
    const tags = (await s3.send(new GetObjectTaggingCommand({ Bucket: 'app-data', Key: 'config/settings.json' }))).TagSet;
    expect(tags).toEqual([
      { Key: 'kind', Value: 'config' },
      { Key: 'stage', Value: 'dev' },
    ]);
    const body = await s3.send(new GetObjectCommand({ Bucket: 'app-data', Key: 'blobs/big.bin' }));
    expect(Buffer.from(await body.Body!.transformToByteArray()).equals(big)).toBe(true);
  });

  it('gives the same layers for unchanged state, so a second save stores no new layer', async () => {
    await seed();
    const first = await saveState(moto.endpoint, home, 'same');
    const second = await saveState(moto.endpoint, home, 'same');
    expect(second.version).toBe(first.version + 1);
    // Only the new manifest (its creation time differs) is written.
    expect(second.newBytes).toBeLessThan(2048);
    expect(first.newBytes).toBeGreaterThan(big.length);
  });

  it('takes an unchanged large body from the earlier version by its ETag, without reading it again', async () => {
    const log = await logRequests(moto.endpoint);
    // Object bodies read through the log (the SDK marks a GetObject with x-id).
    const bodyReads = () => log.requests.filter((r) => r.startsWith('GET ') && r.includes('x-id=GetObject')).map((r) => r.slice(4).split('?')[0]);
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'media' }));
      const original = randomBytes(600_000);
      await s3.send(new PutObjectCommand({ Bucket: 'media', Key: 'video', Body: original }));
      await saveState(log.endpoint, home, 'media');
      expect(bodyReads()).toEqual(['/media/video']);

      log.requests.length = 0;
      const unchanged = await saveState(log.endpoint, home, 'media');
      expect(bodyReads()).toEqual([]);
      expect(unchanged.newBytes).toBeLessThan(2048);

      // Same size, other content: another ETag, so the body is read.
      log.requests.length = 0;
      await s3.send(new PutObjectCommand({ Bucket: 'media', Key: 'video', Body: randomBytes(600_000) }));
      const changed = await saveState(log.endpoint, home, 'media');
      expect(bodyReads()).toEqual(['/media/video']);
      expect(changed.newBytes).toBeGreaterThan(600_000);

      await moto.reset();
      await loadState(moto.endpoint, home, 'media:2');
      const body = await s3.send(new GetObjectCommand({ Bucket: 'media', Key: 'video' }));
      expect(Buffer.from(await body.Body!.transformToByteArray()).equals(original)).toBe(true);
    } finally {
      await log.close();
    }
  });

  it('reads only the tags of objects the instance lists as the previous save read them', async () => {
    const log = await logRequests(moto.endpoint);
    // Objects whose headers or body were read (a large one: HEAD, then GET).
    const objectReads = () => [
      ...new Set(
        log.requests
          .filter((r) => /^(GET|HEAD) \/files\/[^?]+(\?x-id=GetObject)?$/.test(r))
          .map((r) => r.split(' ')[1]!.split('?')[0]!.slice('/files/'.length))
          .sort(),
      ),
    ];
    const tagReads = () => log.requests.filter((r) => /^GET \/files\/[^?]+\?tagging/.test(r)).length;
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'files' }));
      await s3.send(new PutObjectCommand({ Bucket: 'files', Key: 'old.json', Body: '{"v":1}', ContentType: 'application/json' }));
      await s3.send(new PutObjectCommand({ Bucket: 'files', Key: 'big.bin', Body: big }));
      // LastModified has whole seconds: only objects written two seconds before a save began
      // can be trusted by the next one (the rule itself: listing.test.ts).
      await sleep(2_100);
      await saveState(log.endpoint, home, 'files');
      expect(objectReads()).toEqual(['big.bin', 'old.json']);

      log.requests.length = 0;
      const unchanged = await saveState(log.endpoint, home, 'files');
      expect(objectReads()).toEqual([]);
      expect(tagReads()).toBe(2);
      expect(unchanged.newBytes).toBeLessThan(2048);

      // Tags change without a new LastModified, so they are read every time.
      await s3.send(new PutObjectTaggingCommand({ Bucket: 'files', Key: 'old.json', Tagging: { TagSet: [{ Key: 'stage', Value: 'prod' }] } }));
      // Same body, new headers: a new LastModified, so the object is read again.
      await s3.send(new PutObjectCommand({ Bucket: 'files', Key: 'big.bin', Body: big, ContentType: 'application/x-big' }));
      log.requests.length = 0;
      await saveState(log.endpoint, home, 'files');
      expect(objectReads()).toEqual(['big.bin']);

      await moto.reset();
      await loadState(moto.endpoint, home, 'files');
      const tags = await s3.send(new GetObjectTaggingCommand({ Bucket: 'files', Key: 'old.json' }));
      expect(tags.TagSet).toEqual([{ Key: 'stage', Value: 'prod' }]);
      const old = await s3.send(new GetObjectCommand({ Bucket: 'files', Key: 'old.json' }));
      expect(old.ContentType).toBe('application/json');
      expect(await old.Body!.transformToString()).toBe('{"v":1}');
      const bigHead = await s3.send(new GetObjectCommand({ Bucket: 'files', Key: 'big.bin' }));
      expect(bigHead.ContentType).toBe('application/x-big');
      expect(Buffer.from(await bigHead.Body!.transformToByteArray()).equals(big)).toBe(true);
    } finally {
      await log.close();
    }
  });

  it('reads every object again when the earlier version cannot be trusted', async () => {
    const log = await logRequests(moto.endpoint);
    const objectReads = () => log.requests.filter((r) => /^GET \/kept\/[^?]+\?x-id=GetObject$/.test(r)).length;
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));
      await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'a', Body: 'a' }));
      await s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'b', Body: 'b' }));
      await sleep(2_100);
      await saveState(log.endpoint, home, 'kept');

      // Another endpoint is another instance as far as a save can tell.
      log.requests.length = 0;
      await saveState(moto.endpoint, home, 'kept');
      await saveState(log.endpoint, home, 'kept');
      expect(objectReads()).toBe(2);

      // A damaged layer of the latest version is not reused.
      log.requests.length = 0;
      await saveState(log.endpoint, home, 'kept');
      expect(objectReads()).toBe(0);
      const store = join(home, 'store', 'blobs', 'sha256');
      for (const blob of readdirSync(store)) if (statSync(join(store, blob)).size > 100) appendFileSync(join(store, blob), 'x');
      log.requests.length = 0;
      await saveState(log.endpoint, home, 'kept', { services: 's3' });
      expect(objectReads()).toBe(2);
    } finally {
      await log.close();
    }
  });

  it('keeps other regions under account-region-merge and removes them under overwrite', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'only-us' }));
    await saveState(moto.endpoint, home, 'us-only');
    const eu = new S3Client(sdkConfig(moto.endpoint, 'eu-west-1'));
    await eu.send(new CreateBucketCommand({ Bucket: 'later-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    eu.destroy();
    await s3.send(new CreateBucketCommand({ Bucket: 'later-us' }));

    await loadState(moto.endpoint, home, 'us-only');
    expect(await bucketNames()).toEqual(['later-eu', 'only-us']);

    await loadState(moto.endpoint, home, 'us-only', { strategy: 'overwrite' });
    expect(await bucketNames()).toEqual(['only-us']);
  });

  it('merges object by object under deep-merge, deleting nothing', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'merged' }));
    await s3.send(new PutObjectCommand({ Bucket: 'merged', Key: 'shared', Body: 'from pod' }));
    await saveState(moto.endpoint, home, 'deep');
    await s3.send(new PutObjectCommand({ Bucket: 'merged', Key: 'shared', Body: 'changed' }));
    await s3.send(new PutObjectCommand({ Bucket: 'merged', Key: 'extra', Body: 'stays' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    const read = async (Key: string) => (await s3.send(new GetObjectCommand({ Bucket: 'merged', Key }))).Body!.transformToString();
    expect(await read('shared')).toBe('from pod');
    expect(await read('extra')).toBe('stays');
  });

  it("restores an object's storage class, encryption, website redirect, object lock, checksum and ACL", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'originals', ObjectLockEnabledForBucket: true }));
    await s3.send(
      new PutObjectCommand({
        Bucket: 'originals',
        Key: 'intro.mov',
        Body: 'a film',
        StorageClass: 'STANDARD_IA',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'arn:aws:kms:us-east-1:123456789012:key/media',
        WebsiteRedirectLocation: '/films/intro.mov',
        ObjectLockMode: 'GOVERNANCE',
        ObjectLockRetainUntilDate: new Date('2030-01-01T00:00:00Z'),
        ObjectLockLegalHoldStatus: 'ON',
        ChecksumAlgorithm: 'SHA256',
      }),
    );
    await s3.send(new PutObjectAclCommand({ Bucket: 'originals', Key: 'intro.mov', ACL: 'public-read' }));
    const before = await s3.send(new HeadObjectCommand({ Bucket: 'originals', Key: 'intro.mov', ChecksumMode: 'ENABLED' }));
    await saveState(moto.endpoint, home, 'locked');
    await moto.reset();

    await loadState(moto.endpoint, home, 'locked');

    const head = await s3.send(new HeadObjectCommand({ Bucket: 'originals', Key: 'intro.mov', ChecksumMode: 'ENABLED' }));
    expect(head).toMatchObject({
      StorageClass: 'STANDARD_IA',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:123456789012:key/media',
      WebsiteRedirectLocation: '/films/intro.mov',
      ObjectLockMode: 'GOVERNANCE',
      ObjectLockRetainUntilDate: new Date('2030-01-01T00:00:00Z'),
      ObjectLockLegalHoldStatus: 'ON',
      ChecksumSHA256: before.ChecksumSHA256,
    });
    expect(before.ChecksumSHA256).toBeDefined();
    const grants = (await s3.send(new GetObjectAclCommand({ Bucket: 'originals', Key: 'intro.mov' }))).Grants ?? [];
    expect(grants.map((g) => `${g.Grantee?.URI ?? 'owner'} ${g.Permission}`).sort()).toEqual([
      'http://acs.amazonaws.com/groups/global/AllUsers READ',
      'owner FULL_CONTROL',
    ]);
  });

  it('clears a bucket whose objects are under governance retention and legal hold', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));
    await saveState(moto.endpoint, home, 'empty');
    await s3.send(new CreateBucketCommand({ Bucket: 'locked', ObjectLockEnabledForBucket: true }));
    await s3.send(
      new PutObjectCommand({
        Bucket: 'locked',
        Key: 'held',
        Body: 'x',
        ObjectLockMode: 'GOVERNANCE',
        ObjectLockRetainUntilDate: new Date('2030-01-01T00:00:00Z'),
        ObjectLockLegalHoldStatus: 'ON',
        ChecksumAlgorithm: 'SHA256',
      }),
    );

    await loadState(moto.endpoint, home, 'empty', { strategy: 'overwrite' });

    expect(await bucketNames()).toEqual(['kept']);
  });
});
