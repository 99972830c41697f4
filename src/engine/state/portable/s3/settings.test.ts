import * as S3 from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aws } from '../../../../test-support/cli.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, saveState } = engineFor('s3,sqs');

let moto: Moto;
let s3: S3.S3Client;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  s3 = new S3.S3Client(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  s3.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const s3api = (...args: string[]) => aws(moto.endpoint, ['s3api', ...args]);
const json = (value: unknown) => JSON.stringify(value);

/** Every configuration of a bucket as the SDK reads it, without what changes by itself. */
async function configurations(Bucket: string): Promise<Record<string, unknown>> {
  const read = async <T>(call: Promise<T>) => {
    try {
      const { $metadata: _, ...answer } = (await call) as T & { $metadata: unknown };
      return answer;
    } catch (error) {
      return `error ${(error as Error).name}`;
    }
  };
  return {
    versioning: await read(s3.send(new S3.GetBucketVersioningCommand({ Bucket }))),
    encryption: await read(s3.send(new S3.GetBucketEncryptionCommand({ Bucket }))),
    lifecycle: await read(s3.send(new S3.GetBucketLifecycleConfigurationCommand({ Bucket }))),
    publicAccessBlock: await read(s3.send(new S3.GetPublicAccessBlockCommand({ Bucket }))),
    ownership: await read(s3.send(new S3.GetBucketOwnershipControlsCommand({ Bucket }))),
    website: await read(s3.send(new S3.GetBucketWebsiteCommand({ Bucket }))),
    logging: await read(s3.send(new S3.GetBucketLoggingCommand({ Bucket }))),
    accelerate: await read(s3.send(new S3.GetBucketAccelerateConfigurationCommand({ Bucket }))),
    requestPayment: await read(s3.send(new S3.GetBucketRequestPaymentCommand({ Bucket }))),
    notification: await read(s3.send(new S3.GetBucketNotificationConfigurationCommand({ Bucket }))),
    objectLock: await read(s3.send(new S3.GetObjectLockConfigurationCommand({ Bucket }))),
    acl: await read(s3.send(new S3.GetBucketAclCommand({ Bucket }))),
    tags: await read(s3.send(new S3.GetBucketTaggingCommand({ Bucket }))),
  };
}

describe('S3 bucket configurations', () => {
  it('come back as the AWS CLI set them: encryption, lifecycle, public access block, ownership, ACL, website, logging, accelerate, request payment, object lock and notifications', async () => {
    const sqs = new SQSClient(sdkConfig(moto.endpoint));
    const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'uploads' }))).QueueUrl!;
    await s3api('create-bucket', '--bucket', 'site');
    await s3api('create-bucket', '--bucket', 'site-logs');
    // Log delivery by policy: moto's GetBucketAcl answers one permission per grantee, so a
    // log-delivery-write ACL (WRITE and READ_ACP to one group) cannot be read back whole there.
    const delivery = {
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: ['s3:PutObject'],
      Resource: 'arn:aws:s3:::site-logs/*',
    };
    await s3api('put-bucket-policy', '--bucket', 'site-logs', '--policy', json({ Version: '2012-10-17', Statement: [delivery] }));
    await s3api('create-bucket', '--bucket', 'locked', '--object-lock-enabled-for-bucket');
    await s3api(
      'put-bucket-encryption',
      '--bucket',
      'site',
      '--server-side-encryption-configuration',
      json({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/site' }, BucketKeyEnabled: true }] }),
    );
    await s3api(
      'put-bucket-lifecycle-configuration',
      '--bucket',
      'site',
      '--lifecycle-configuration',
      json({ Rules: [{ ID: 'old', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 3 } }] }),
    );
    await s3api(
      'put-public-access-block',
      '--bucket',
      'site',
      '--public-access-block-configuration',
      json({ BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: true }),
    );
    await s3api(
      'put-bucket-ownership-controls',
      '--bucket',
      'site',
      '--ownership-controls',
      json({ Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] }),
    );
    await s3api('put-bucket-acl', '--bucket', 'site', '--acl', 'public-read');
    await s3api(
      'put-bucket-website',
      '--bucket',
      'site',
      '--website-configuration',
      json({ IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'error.html' } }),
    );
    await s3api(
      'put-bucket-logging',
      '--bucket',
      'site',
      '--bucket-logging-status',
      json({ LoggingEnabled: { TargetBucket: 'site-logs', TargetPrefix: 'access/' } }),
    );
    await s3api('put-bucket-accelerate-configuration', '--bucket', 'site', '--accelerate-configuration', 'Status=Enabled');
    await s3api('put-bucket-request-payment', '--bucket', 'site', '--request-payment-configuration', 'Payer=Requester');
    await s3api(
      'put-object-lock-configuration',
      '--bucket',
      'locked',
      '--object-lock-configuration',
      json({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } }),
    );
    const queueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await s3api(
      'put-bucket-notification-configuration',
      '--bucket',
      'site',
      '--notification-configuration',
      json({ QueueConfigurations: [{ Id: 'uploads', QueueArn: queueArn, Events: ['s3:ObjectCreated:*'] }] }),
    );
    await s3.send(new S3.PutObjectCommand({ Bucket: 'site', Key: 'index.html', Body: '<h1>shop</h1>' }));
    const before = await Promise.all(['site', 'site-logs', 'locked'].map(configurations));
    await saveState(moto.endpoint, home, 'buckets', { services: 's3' });
    await moto.reset();
    await sqs.send(new CreateQueueCommand({ QueueName: 'uploads' }));

    await loadState(moto.endpoint, home, 'buckets');

    expect(await Promise.all(['site', 'site-logs', 'locked'].map(configurations))).toEqual(before);
    // The notification is set after the objects: restoring index.html sent the queue no event.
    // (moto sends a new configuration an s3:TestEvent, as AWS does unless told to skip it.)
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
    expect((received.Messages ?? []).map((m) => JSON.parse(m.Body!).Event ?? 'event')).toEqual(['s3:TestEvent']);
    sqs.destroy();
  });

  it('are taken away from an existing bucket under deep-merge when the pod has none', async () => {
    await s3api('create-bucket', '--bucket', 'plain');
    await saveState(moto.endpoint, home, 'plain', { services: 's3' });
    await s3api('put-bucket-website', '--bucket', 'plain', '--website-configuration', json({ IndexDocument: { Suffix: 'index.html' } }));
    await s3api('put-bucket-tagging', '--bucket', 'plain', '--tagging', json({ TagSet: [{ Key: 'later', Value: 'yes' }] }));

    await loadState(moto.endpoint, home, 'plain', { strategy: 'deep-merge' });

    const after = await configurations('plain');
    expect(after.website).toBe('error NoSuchWebsiteConfiguration');
    expect(after.tags).toBe('error NoSuchTagSet');
  });
});

describe('clearing a bucket', () => {
  it('deletes more objects than one listing page holds, so a merge load of another pod replaces the bucket', async () => {
    await s3api('create-bucket', '--bucket', 'many');
    await saveState(moto.endpoint, home, 'empty-bucket', { services: 's3' });
    const keys = Array.from({ length: 2300 }, (_, i) => `k/${String(i).padStart(5, '0')}`);
    for (let i = 0; i < keys.length; i += 100) {
      await Promise.all(keys.slice(i, i + 100).map((Key) => s3.send(new S3.PutObjectCommand({ Bucket: 'many', Key, Body: 'x' }))));
    }

    await loadState(moto.endpoint, home, 'empty-bucket', { strategy: 'merge' });

    expect((await s3.send(new S3.ListObjectsV2Command({ Bucket: 'many' }))).KeyCount).toBe(0);
  });
});

describe('a versioned bucket', () => {
  /** Each key's history as S3 lists it, oldest first: bodies of versions, `deleted` for markers. */
  async function history(Bucket: string): Promise<Record<string, string[]>> {
    const listed = await s3.send(new S3.ListObjectVersionsCommand({ Bucket }));
    // Each list is newest first: oldest first is by time, then against the list's order.
    const entries = [
      ...(listed.Versions ?? []).map((v, i) => ({ ...v, marker: false, i })),
      ...(listed.DeleteMarkers ?? []).map((m, i) => ({ ...m, marker: true, i })),
    ].sort((a, b) => a.LastModified!.getTime() - b.LastModified!.getTime() || b.i - a.i);
    const byKey: Record<string, string[]> = {};
    for (const e of entries) {
      const body = e.marker
        ? 'deleted'
        : await (await s3.send(new S3.GetObjectCommand({ Bucket, Key: e.Key, VersionId: e.VersionId }))).Body!.transformToString();
      (byKey[e.Key!] ??= []).push(`${body}${e.IsLatest ? ' (latest)' : ''}`);
    }
    return byKey;
  }

  it('comes back with every version of each key and its delete markers, in order', async () => {
    await s3api('create-bucket', '--bucket', 'ledger');
    await s3api('put-bucket-versioning', '--bucket', 'ledger', '--versioning-configuration', 'Status=Enabled');
    const put = (Key: string, Body: string) => s3.send(new S3.PutObjectCommand({ Bucket: 'ledger', Key, Body }));
    const remove = (Key: string) => s3.send(new S3.DeleteObjectCommand({ Bucket: 'ledger', Key }));
    // LastModified has whole seconds: a pause keeps the order S3 lists them in unambiguous.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 1100));
    await put('balance', 'v1');
    await put('gone', 'only');
    await tick();
    await put('balance', 'v2');
    await remove('gone');
    await put('back', 'first');
    await tick();
    await remove('back');
    await put('balance', 'v3');
    await tick();
    await put('back', 'again');
    const before = await history('ledger');
    expect(before).toEqual({
      balance: ['v1', 'v2', 'v3 (latest)'],
      gone: ['only', 'deleted (latest)'],
      back: ['first', 'deleted', 'again (latest)'],
    });
    const saved = await saveState(moto.endpoint, home, 'ledger', { services: 's3' });
    expect(saved.warnings.map((w) => w.resource)).toEqual(['bucket ledger']);
    await moto.reset();

    await loadState(moto.endpoint, home, 'ledger');

    expect(await history('ledger')).toEqual(before);
  });
});
