import { GetObjectTaggingCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { paginateScan } from '@aws-sdk/client-dynamodb';
import type { Dataset } from './dataset.js';
import { clients } from './seed.js';
import { elapsed, forEachLimit } from './util.js';

/** Requests in flight at once: the tuned baseline's best for S3 on both emulators. */
const CONCURRENCY = 16;

/**
 * The least reading any save of the state must do through the AWS API, whatever it stores:
 * list every object and read its tags (tags change without changing the object's ETag or
 * LastModified, so no listing reveals them), and read every item once (DynamoDB has no way to
 * tell what changed). Object bodies are not read, so this is below what even a save that trusts
 * ETags would cost. Seconds.
 */
export async function readFloor(endpoint: string, data: Dataset): Promise<number> {
  const c = clients(endpoint, CONCURRENCY);
  const start = process.hrtime.bigint();
  try {
    await Promise.all([
      forEachLimit(data.buckets, data.buckets.length, async (Bucket) => {
        const keys: string[] = [];
        for await (const page of paginateListObjectsV2({ client: c.s3 }, { Bucket })) for (const o of page.Contents ?? []) keys.push(o.Key!);
        await forEachLimit(keys, Math.ceil(CONCURRENCY / data.buckets.length), (Key) => c.s3.send(new GetObjectTaggingCommand({ Bucket, Key })));
      }),
      forEachLimit(data.tables, data.tables.length, async (TableName) => {
        for await (const page of paginateScan({ client: c.ddb }, { TableName })) void page;
      }),
    ]);
  } finally {
    c.destroy();
  }
  return elapsed(start);
}
