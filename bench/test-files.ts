import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueUrlCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { item, parameters, secrets, type Dataset } from './dataset.js';
import { clients } from './seed.js';

type Clients = ReturnType<typeof clients>;

/** What a test file does to the instance before the next file's restore. */
export interface TestFile {
  readonly name: string;
  run(c: Clients, data: Dataset, round: number): Promise<unknown>;
}

async function readSome(c: Clients, data: Dataset): Promise<void> {
  const Bucket = data.buckets[0]!;
  const listed = await c.s3.send(new ListObjectsV2Command({ Bucket }));
  await (await c.s3.send(new GetObjectCommand({ Bucket, Key: listed.Contents![0]!.Key! }))).Body!.transformToByteArray();
  await c.ddb.send(new GetItemCommand({ TableName: data.tables[0]!, Key: { pk: item(0, 0).pk!, sk: item(0, 0).sk! } }));
  await c.ssm.send(new GetParameterCommand({ Name: parameters(data.spec)[0]!.name }));
}

const writeItem = (c: Clients, data: Dataset, round: number) =>
  c.ddb.send(new PutItemCommand({ TableName: data.tables[0]!, Item: item(0, 1_000_000 + round) }));

const writeObject = (c: Clients, data: Dataset, round: number) =>
  c.s3.send(new PutObjectCommand({ Bucket: data.buckets[0]!, Key: `test-output/${round}.json`, Body: JSON.stringify({ round }) }));

/**
 * The test files the per-file restore is measured after, from the cheapest for a restore to the
 * dearest: tests that only read, tests that write to one service, tests that write to all.
 */
export const TEST_FILES: readonly TestFile[] = [
  { name: 'only read', run: readSome },
  { name: 'wrote a DynamoDB item', run: async (c, data, round) => (await readSome(c, data), await writeItem(c, data, round)) },
  { name: 'wrote an S3 object', run: async (c, data, round) => (await readSome(c, data), await writeObject(c, data, round)) },
  {
    name: 'wrote to every service',
    async run(c, data, round) {
      await writeObject(c, data, round);
      await writeItem(c, data, round);
      const { QueueUrl } = await c.sqs.send(new GetQueueUrlCommand({ QueueName: data.queues[0]! }));
      await c.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `round ${round}` }));
      await c.ssm.send(new PutParameterCommand({ Name: parameters(data.spec)[0]!.name, Value: `round ${round}`, Overwrite: true }));
      await c.secrets.send(new PutSecretValueCommand({ SecretId: secrets(data.spec)[0]!.name, SecretString: `round ${round}` }));
    },
  },
];
