import { paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parameters, secrets, type Dataset } from './dataset.js';

/**
 * Fails unless every queue holds its messages and the first parameter and secret hold the
 * state's values: what a restore after a test file that changed them must bring back.
 */
async function verifyTheRest(base: object, data: Dataset): Promise<void> {
  const sqs = new SQSClient(base);
  const ssm = new SSMClient(base);
  const sm = new SecretsManagerClient(base);
  try {
    for (const QueueName of data.queues) {
      const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName }));
      const got = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
      const count = Number(got.Attributes?.ApproximateNumberOfMessages);
      if (count !== data.spec.messagesPerQueue) throw new Error(`Queue ${QueueName} holds ${count} messages, not ${data.spec.messagesPerQueue}.`);
    }
    const parameter = parameters(data.spec)[0]!;
    const value = (await ssm.send(new GetParameterCommand({ Name: parameter.name }))).Parameter?.Value;
    if (value !== parameter.value) throw new Error(`Parameter ${parameter.name} holds "${value}", not the state's value.`);
    const secret = secrets(data.spec)[0]!;
    const string = (await sm.send(new GetSecretValueCommand({ SecretId: secret.name }))).SecretString;
    if (string !== secret.value) throw new Error(`Secret ${secret.name} holds "${string}", not the state's value.`);
  } finally {
    for (const c of [sqs, ssm, sm]) c.destroy();
  }
}

/**
 * Counts the dataset's objects and items in the instance and fails when they are not all
 * there: a load measured as fast must also be complete. With `everyService`, the queues,
 * parameters and secrets are checked too.
 */
export async function verifyState(endpoint: string, data: Dataset, options: { everyService?: boolean } = {}): Promise<void> {
  const base = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
  const s3 = new S3Client({ ...base, forcePathStyle: true });
  const ddb = new DynamoDBClient(base);
  try {
    let objects = 0;
    let bytes = 0;
    for (const Bucket of data.buckets) {
      for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket })) {
        for (const o of page.Contents ?? []) {
          objects += 1;
          bytes += o.Size ?? 0;
        }
      }
    }
    let items = 0;
    for (const TableName of data.tables) {
      for await (const page of paginateScan({ client: ddb }, { TableName, Select: 'COUNT' })) items += page.Count ?? 0;
    }
    const wantBytes = data.objects.reduce((a, o) => a + o.size, 0);
    if (objects !== data.spec.objects || bytes !== wantBytes || items !== data.spec.items) {
      throw new Error(
        `The instance holds ${objects} objects (${bytes} bytes) and ${items} items; the state has ` +
          `${data.spec.objects} objects (${wantBytes} bytes) and ${data.spec.items} items.`,
      );
    }
    if (options.everyService) await verifyTheRest(base, data);
  } finally {
    s3.destroy();
    ddb.destroy();
  }
}
