import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DynamoDBClient,
  PutItemCommand,
  waitUntilTableExists,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, ListQueuesCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DescribeParametersCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreateSecretCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { item, message, parameters, secrets, type Dataset, type ObjectFile } from './dataset.js';
import { elapsed, forEachLimit } from './util.js';

/** Seconds per part of a seeding run, and in all. */
export type SeedTimes = Record<'s3' | 'dynamodb' | 'sqs' | 'ssm' | 'secretsmanager' | 'total', number>;

/** The best concurrency the probe found for baseline (b), per service. */
export interface Tuning {
  readonly s3: number;
  readonly dynamodb: number;
  /** Seconds per candidate, for the report. */
  readonly probes: Record<string, Record<number, number>>;
}

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/** SDK clients as a seeding script (or a test) makes them; `sockets` bounds the connections of the tuned one. */
export function clients(endpoint: string, sockets?: number) {
  const base = {
    endpoint,
    region: REGION,
    credentials: CREDENTIALS,
    ...(sockets ? { requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: sockets }) }) } : {}),
  };
  return {
    s3: new S3Client({ ...base, forcePathStyle: true }),
    ddb: new DynamoDBClient(base),
    sqs: new SQSClient(base),
    ssm: new SSMClient(base),
    secrets: new SecretsManagerClient(base),
    destroy() {
      for (const c of [this.s3, this.ddb, this.sqs, this.ssm, this.secrets]) c.destroy();
    },
  };
}

type Clients = ReturnType<typeof clients>;

async function createTable(ddb: DynamoDBClient, name: string): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: name,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await waitUntilTableExists({ client: ddb, maxWaitTime: 120, minDelay: 1 }, { TableName: name });
}

/** The items of table `t` of the dataset: items are dealt to tables in turn. */
function tableItems(data: Dataset, t: number): number[] {
  const out: number[] = [];
  for (let i = t; i < data.spec.items; i += data.spec.tables) out.push(i);
  return out;
}

async function timed(times: Partial<SeedTimes>, part: keyof SeedTimes, work: () => Promise<void>): Promise<void> {
  const start = process.hrtime.bigint();
  await work();
  times[part] = elapsed(start);
}

/**
 * Baseline (a): the seeding script users write first. One SDK call at a time, each awaited,
 * bodies read whole from disk.
 */
export async function seedNaive(endpoint: string, data: Dataset): Promise<SeedTimes> {
  const c = clients(endpoint);
  const times: Partial<SeedTimes> = {};
  const start = process.hrtime.bigint();
  try {
    await timed(times, 's3', async () => {
      for (const Bucket of data.buckets) await c.s3.send(new CreateBucketCommand({ Bucket }));
      for (const o of data.objects) {
        await c.s3.send(new PutObjectCommand({ Bucket: o.bucket, Key: o.key, Body: await readFile(o.path) }));
      }
    });
    await timed(times, 'dynamodb', async () => {
      for (const [t, TableName] of data.tables.entries()) {
        await createTable(c.ddb, TableName);
        for (const i of tableItems(data, t)) await c.ddb.send(new PutItemCommand({ TableName, Item: item(t, i) }));
      }
    });
    await timed(times, 'sqs', async () => {
      for (const [q, QueueName] of data.queues.entries()) {
        const { QueueUrl } = await c.sqs.send(new CreateQueueCommand({ QueueName }));
        for (let j = 0; j < data.spec.messagesPerQueue; j += 1) {
          await c.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: message(q, j) }));
        }
      }
    });
    await timed(times, 'ssm', async () => {
      for (const p of parameters(data.spec)) await c.ssm.send(new PutParameterCommand({ Name: p.name, Value: p.value, Type: 'String' }));
    });
    await timed(times, 'secretsmanager', async () => {
      for (const s of secrets(data.spec)) await c.secrets.send(new CreateSecretCommand({ Name: s.name, SecretString: s.value }));
    });
  } finally {
    c.destroy();
  }
  return { ...(times as SeedTimes), total: elapsed(start) };
}

function putStreamed(s3: S3Client, o: ObjectFile): Promise<unknown> {
  return s3.send(new PutObjectCommand({ Bucket: o.bucket, Key: o.key, Body: createReadStream(o.path), ContentLength: o.size }));
}

/** Writes items with BatchWriteItem, `concurrency` calls in flight, retrying what comes back unprocessed. */
async function batchWrite(ddb: DynamoDBClient, TableName: string, t: number, indexes: number[], concurrency: number): Promise<void> {
  const batches: number[][] = [];
  for (let i = 0; i < indexes.length; i += 25) batches.push(indexes.slice(i, i + 25));
  await forEachLimit(batches, concurrency, async (batch) => {
    let requests: WriteRequest[] = batch.map((i) => ({ PutRequest: { Item: item(t, i) } }));
    while (requests.length > 0) {
      const answer = await ddb.send(new BatchWriteItemCommand({ RequestItems: { [TableName]: requests } }));
      requests = answer.UnprocessedItems?.[TableName] ?? [];
    }
  });
}

async function seedTunedWith(c: Clients, data: Dataset, tuning: Tuning): Promise<SeedTimes> {
  const times: Partial<SeedTimes> = {};
  const start = process.hrtime.bigint();
  // LocalStack loads a service on its first request, and answers 501 to calls racing that first
  // one: a tuned script touches each service once before going concurrent.
  await c.sqs.send(new ListQueuesCommand({}));
  await c.ssm.send(new DescribeParametersCommand({}));
  await c.secrets.send(new ListSecretsCommand({}));
  await timed(times, 's3', async () => {
    await Promise.all(data.buckets.map((Bucket) => c.s3.send(new CreateBucketCommand({ Bucket }))));
    await forEachLimit(data.objects, tuning.s3, (o) => putStreamed(c.s3, o));
  });
  await timed(times, 'dynamodb', async () => {
    await Promise.all(data.tables.map((name) => createTable(c.ddb, name)));
    for (const [t, name] of data.tables.entries()) await batchWrite(c.ddb, name, t, tableItems(data, t), tuning.dynamodb);
  });
  await timed(times, 'sqs', async () => {
    await Promise.all(
      data.queues.map(async (QueueName, q) => {
        const { QueueUrl } = await c.sqs.send(new CreateQueueCommand({ QueueName }));
        for (let j = 0; j < data.spec.messagesPerQueue; j += 10) {
          const Entries = Array.from({ length: Math.min(10, data.spec.messagesPerQueue - j) }, (_, k) => ({
            Id: String(k),
            MessageBody: message(q, j + k),
          }));
          await c.sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }));
        }
      }),
    );
  });
  await timed(times, 'ssm', () =>
    forEachLimit(parameters(data.spec), 8, async (p) => {
      await c.ssm.send(new PutParameterCommand({ Name: p.name, Value: p.value, Type: 'String' }));
    }),
  );
  await timed(times, 'secretsmanager', () =>
    forEachLimit(secrets(data.spec), 8, async (s) => {
      await c.secrets.send(new CreateSecretCommand({ Name: s.name, SecretString: s.value }));
    }),
  );
  return { ...(times as SeedTimes), total: elapsed(start) };
}

/**
 * Baseline (b): a hand-tuned seeding script. Streams bodies, writes items 25 a call, batches
 * messages, and runs each service at the concurrency the probe found best.
 */
export async function seedTuned(endpoint: string, data: Dataset, tuning: Tuning): Promise<SeedTimes> {
  const c = clients(endpoint, Math.max(tuning.s3, tuning.dynamodb, 8));
  try {
    return await seedTunedWith(c, data, tuning);
  } finally {
    c.destroy();
  }
}

const S3_CANDIDATES = [4, 8, 16, 32, 64];
const DDB_CANDIDATES = [2, 4, 8, 16, 32];

/**
 * Finds baseline (b)'s concurrency: uploads a sample of the dataset's objects, and writes a
 * sample of its items, at each candidate concurrency and keeps the fastest. The probe's
 * bucket and table are removed after.
 */
export async function tune(endpoint: string, data: Dataset, sample: { objects: number; items: number }): Promise<Tuning> {
  const c = clients(endpoint, 64);
  const probes: Record<string, Record<number, number>> = { s3: {}, dynamodb: {} };
  try {
    const Bucket = 'bench-probe';
    await c.s3.send(new CreateBucketCommand({ Bucket }));
    const objects = data.objects.slice(0, sample.objects).map((o) => ({ ...o, bucket: Bucket }));
    for (const n of S3_CANDIDATES) {
      const start = process.hrtime.bigint();
      await forEachLimit(objects, n, (o) => putStreamed(c.s3, o));
      probes.s3![n] = elapsed(start);
    }
    for (let i = 0; i < objects.length; i += 1000) {
      const Objects = objects.slice(i, i + 1000).map((o) => ({ Key: o.key }));
      await c.s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects } }));
    }
    await c.s3.send(new DeleteBucketCommand({ Bucket }));

    const TableName = 'bench-probe';
    await createTable(c.ddb, TableName);
    const indexes = Array.from({ length: sample.items }, (_, i) => i);
    for (const n of DDB_CANDIDATES) {
      const start = process.hrtime.bigint();
      await batchWrite(c.ddb, TableName, 0, indexes, n);
      probes.dynamodb![n] = elapsed(start);
    }
    await c.ddb.send(new DeleteTableCommand({ TableName }));
  } finally {
    c.destroy();
  }
  const best = (p: Record<number, number>) => Number(Object.entries(p).sort(([, a], [, b]) => a - b)[0]![0]);
  return { s3: best(probes.s3!), dynamodb: best(probes.dynamodb!), probes };
}

/** Runs a command; rejects with its output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/**
 * Baseline (c): `aws s3 sync` of each bucket's folder, one bucket after the other as a CI
 * script would (buckets created first with the SDK). S3 only. Seconds.
 */
export async function syncWithAwsCli(endpoint: string, data: Dataset): Promise<number> {
  const c = clients(endpoint);
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: REGION, AWS_PAGER: '' };
  const start = process.hrtime.bigint();
  try {
    await Promise.all(data.buckets.map((Bucket) => c.s3.send(new CreateBucketCommand({ Bucket }))));
    for (const bucket of data.buckets) {
      await run(
        'aws',
        ['--endpoint-url', endpoint, 's3', 'sync', join(data.dir, bucket), `s3://${bucket}`, '--only-show-errors', '--exclude', '.spec.json'],
        env,
      );
    }
  } finally {
    c.destroy();
  }
  return elapsed(start);
}

/** How long the AWS CLI takes to start (`aws --version`), which each `aws s3 sync` pays once. */
export async function awsCliStartup(): Promise<number> {
  const start = process.hrtime.bigint();
  await run('aws', ['--version'], process.env);
  return elapsed(start);
}
