import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aws } from '../test-support/cli.js';
import { saveState, tempHome } from '../test-support/engine.js';
import { startMoto, type Moto } from '../test-support/moto.js';
import { startSuite, type Suite } from './suite.js';
import { WORKER_ENV } from './worker.cjs';

/** What a test worker does before each test file: asks the run's coordinator to prepare the instance. */
async function beforeTestFile(suite: Suite): Promise<void> {
  const response = await fetch(`${suite.env[WORKER_ENV.coordinator]}/test-file?worker=1`, { method: 'POST' });
  expect(response.status, await response.text()).toBe(200);
}

describe('restore each-file: only what the tests changed', () => {
  let moto: Moto;
  let home: string;
  const work = mkdtempSync(join(tmpdir(), 'tracked-'));

  const keys = async (endpoint: string, bucket = 'pod-bucket') =>
    ((await aws(endpoint, ['s3api', 'list-objects-v2', '--bucket', bucket])).json?.Contents ?? []).map((o: { Key: string }) => o.Key);
  const buckets = async (endpoint: string) =>
    (await aws(endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name).sort();
  const itemIds = async (endpoint: string, table = 'items') =>
    (await aws(endpoint, ['dynamodb', 'scan', '--table-name', table])).json.Items.map((i: { id: { S: string } }) => i.id.S).sort();
  const mode = async (endpoint: string, name = '/app/mode') => (await aws(endpoint, ['ssm', 'get-parameter', '--name', name])).json.Parameter.Value;
  const secret = async (endpoint: string, name: string) =>
    (await aws(endpoint, ['secretsmanager', 'get-secret-value', '--secret-id', name])).json.SecretString;
  const waitingMessages = async (endpoint: string) => {
    const url = (await aws(endpoint, ['sqs', 'get-queue-url', '--queue-name', 'jobs'])).json.QueueUrl;
    const attributes = await aws(endpoint, ['sqs', 'get-queue-attributes', '--queue-url', url, '--attribute-names', 'ApproximateNumberOfMessages']);
    return { url, count: Number(attributes.json.Attributes.ApproximateNumberOfMessages) };
  };

  beforeAll(async () => {
    moto = await startMoto();
    home = tempHome();
    writeFileSync(join(work, 'a.txt'), 'from the pod');
    await aws(moto.endpoint, ['s3', 'mb', 's3://pod-bucket']);
    await aws(moto.endpoint, ['s3', 'cp', join(work, 'a.txt'), 's3://pod-bucket/a.txt']);
    await aws(moto.endpoint, ['s3', 'mb', 's3://other-bucket']);
    await aws(moto.endpoint, ['s3', 'cp', join(work, 'a.txt'), 's3://other-bucket/b.txt']);
    await aws(moto.endpoint, [
      'dynamodb',
      'create-table',
      '--table-name',
      'items',
      '--billing-mode',
      'PAY_PER_REQUEST',
      '--attribute-definitions',
      'AttributeName=id,AttributeType=S',
      '--key-schema',
      'AttributeName=id,KeyType=HASH',
    ]);
    await aws(moto.endpoint, ['dynamodb', 'put-item', '--table-name', 'items', '--item', '{"id":{"S":"pod"}}']);
    await aws(moto.endpoint, [
      'dynamodb',
      'create-table',
      '--table-name',
      'other-items',
      '--billing-mode',
      'PAY_PER_REQUEST',
      '--attribute-definitions',
      'AttributeName=id,AttributeType=S',
      '--key-schema',
      'AttributeName=id,KeyType=HASH',
    ]);
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs']);
    await aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/app/mode', '--type', 'String', '--value', 'pod']);
    await aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/app/level', '--type', 'String', '--value', 'pod']);
    for (const name of ['app/db', 'app/other'])
      await aws(moto.endpoint, ['secretsmanager', 'create-secret', '--name', name, '--secret-string', 'pod']);
    await saveState(moto.endpoint, home, 'tracked');
    await moto.reset();
  }, 120_000);
  afterAll(async () => {
    await moto?.stop();
  });

  it('tracks changes through its endpoint, restores only the services changed, and nothing after a file that only read', async () => {
    const lines: string[] = [];
    const suite = await startSuite(
      { pods: 'tracked', restore: 'each-file' },
      { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: moto.endpoint },
      (l) => lines.push(l),
    );
    try {
      const tests = suite.info.endpoint;
      expect(tests).not.toBe(moto.endpoint);
      expect(suite.env.AWS_ENDPOINT_URL).toBe(tests);
      await beforeTestFile(suite);

      // A test file changes S3 and DynamoDB through the endpoint it was given; a 6 MiB upload
      // streams through (the AWS CLI sends it with Expect: 100-continue).
      const big = randomBytes(6 * 1024 * 1024);
      writeFileSync(join(work, 'big.bin'), big);
      await aws(tests, ['s3', 'cp', join(work, 'big.bin'), 's3://pod-bucket/big.bin']);
      await aws(tests, ['s3', 'cp', 's3://pod-bucket/big.bin', join(work, 'back.bin')]);
      expect(readFileSync(join(work, 'back.bin')).equals(big)).toBe(true);
      await aws(tests, ['s3', 'rm', 's3://pod-bucket/a.txt']);
      await aws(tests, ['s3', 'mb', 's3://test-bucket']);
      await aws(tests, ['dynamodb', 'put-item', '--table-name', 'items', '--item', '{"id":{"S":"test"}}']);
      await aws(tests, [
        'dynamodb',
        'update-item',
        '--table-name',
        'items',
        '--key',
        '{"id":{"S":"pod"}}',
        '--update-expression',
        'SET note = :n',
        '--expression-attribute-values',
        '{":n":{"S":"test"}}',
      ]);
      expect(await itemIds(tests)).toEqual(['pod', 'test']);
      await aws(tests, ['ssm', 'put-parameter', '--name', '/app/level', '--value', 'test', '--overwrite']);
      await aws(tests, ['secretsmanager', 'put-secret-value', '--secret-id', 'app/db', '--secret-string', 'test']);
      // A parameter, a secret, a bucket and a table changed past the endpoint: they were not
      // changed through it, so they are not restored.
      await aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/app/mode', '--value', 'untracked', '--overwrite']);
      await aws(moto.endpoint, ['secretsmanager', 'put-secret-value', '--secret-id', 'app/other', '--secret-string', 'untracked']);
      await aws(moto.endpoint, ['s3', 'rm', 's3://other-bucket/b.txt']);
      // S3 is restored object by object: an object of the same bucket written past it stays.
      await aws(moto.endpoint, ['s3', 'cp', join(work, 'a.txt'), 's3://pod-bucket/untracked.txt']);
      await aws(moto.endpoint, ['dynamodb', 'put-item', '--table-name', 'other-items', '--item', '{"id":{"S":"untracked"}}']);
      // DynamoDB is restored item by item: an item of the same table written past it stays.
      await aws(moto.endpoint, ['dynamodb', 'put-item', '--table-name', 'items', '--item', '{"id":{"S":"untracked"}}']);

      await beforeTestFile(suite);
      expect(await keys(moto.endpoint)).toEqual(['a.txt', 'untracked.txt']);
      expect(await buckets(moto.endpoint)).toEqual(['other-bucket', 'pod-bucket']);
      expect(await keys(moto.endpoint, 'other-bucket')).toEqual([]);
      expect(await itemIds(moto.endpoint, 'other-items')).toEqual(['untracked']);
      expect(await mode(moto.endpoint, '/app/level')).toBe('pod');
      expect(await secret(moto.endpoint, 'app/db')).toBe('pod');
      expect(await secret(moto.endpoint, 'app/other')).toBe('untracked');
      expect(await itemIds(moto.endpoint)).toEqual(['pod', 'untracked']);
      const restored = await aws(moto.endpoint, ['dynamodb', 'get-item', '--table-name', 'items', '--key', '{"id":{"S":"pod"}}']);
      expect(restored.json.Item).toEqual({ id: { S: 'pod' } });
      expect(await mode(moto.endpoint)).toBe('untracked');

      // A test file that only reads.
      await aws(tests, ['s3', 'ls', 's3://pod-bucket']);
      await aws(tests, ['dynamodb', 'get-item', '--table-name', 'items', '--key', '{"id":{"S":"pod"}}']);
      expect(await mode(tests)).toBe('untracked');
      await beforeTestFile(suite);
      expect(await mode(moto.endpoint)).toBe('untracked');

      // Receiving a message hides it: a change, so SQS is restored next time (and the message
      // sent past the endpoint goes with the queue's state).
      const queue = await waitingMessages(moto.endpoint);
      await aws(moto.endpoint, ['sqs', 'send-message', '--queue-url', queue.url, '--message-body', 'untracked']);
      await aws(tests, ['sqs', 'receive-message', '--queue-url', queue.url]);
      await beforeTestFile(suite);
      expect((await waitingMessages(moto.endpoint)).count).toBe(0);
      expect(await mode(moto.endpoint)).toBe('untracked');
    } finally {
      await suite.finish(false);
    }
    expect(lines.join('\n')).toMatch(/restored the pods before 3 test file\(s\), \d+ ms each on average \(1 found nothing of the pods changed\)/);
  }, 120_000);

  it('restores everything before each file with each-file-full, whatever reached the instance', async () => {
    const suite = await startSuite(
      { pods: 'tracked', restore: 'each-file-full' },
      { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: moto.endpoint },
      () => undefined,
    );
    try {
      expect(suite.info.endpoint).toBe(moto.endpoint);
      await beforeTestFile(suite);
      await aws(moto.endpoint, ['s3', 'rm', 's3://pod-bucket/a.txt']);
      await beforeTestFile(suite);
      expect(await keys(moto.endpoint)).toEqual(['a.txt']);
    } finally {
      await suite.finish(false);
    }
  }, 120_000);
});
