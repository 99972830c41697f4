import { paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import type { Dataset } from './dataset.js';

/**
 * Counts the dataset's objects and items in the instance and fails when they are not all
 * there: a load measured as fast must also be complete.
 */
export async function verifyState(endpoint: string, data: Dataset): Promise<void> {
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
  } finally {
    s3.destroy();
    ddb.destroy();
  }
}
