import { serverTime } from '../../../target/clock.js';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, ServiceContext, ServiceModule } from '../../module.js';
import { restoreContainers } from '../kit/index.js';
import { BUCKET, bucketsByRegion, captureBucket, clearBuckets, restoreBucket } from './buckets.js';
import { s3Client } from './client.js';
import { clearGroups, selectGroups } from './groups.js';
import { listObjects } from './listing.js';
import { captureObject, OBJECT, OBJECT_CONCURRENCY, restoreObject, type ObjectScope } from './objects.js';
import { s3Requests } from './requests.js';

/** Each bucket followed by its objects; buckets are listed once, whichever region they are in. */
async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  const captureStart = await serverTime(context.target.endpoint);
  for (const { name, region } of await bucketsByRegion(s3Client(context, 'us-east-1'))) {
    if (!regions.includes(region)) continue;
    const s3 = s3Client(context, region);
    yield BUCKET.record(region, name, await captureBucket(s3, name, region));
    const scope: ObjectScope = { context, s3, region, bucket: name, captureStart };
    yield* mapOrdered(listObjects(s3, name), OBJECT_CONCURRENCY, (o) => captureObject(scope, o));
  }
}

async function regionsWithState(context: ServiceContext): Promise<string[]> {
  return [...new Set((await bucketsByRegion(s3Client(context, 'us-east-1'))).map((b) => b.region))].sort();
}

/**
 * S3: buckets (region and every configuration: tags, policy, CORS, versioning, object lock,
 * encryption, lifecycle, public access block, ownership, ACL, website, accelerate, request
 * payment, analytics, inventory, metrics, intelligent tiering, logging, replication,
 * notifications) and their objects (body, headers, metadata, tags).
 */
export const s3: ServiceModule = {
  name: 's3',
  dependsOn: [],
  capture,
  regionsWithState,
  clear: (context, region) => clearBuckets(context, region),
  // A bucket with its objects, or one object (`bucket/key`, as its record's id).
  partial: { select: selectGroups, clear: clearGroups },
  // A bucket is made before the objects after it are written; objects go in parallel.
  restore: (context, region, records) => {
    const s3 = s3Client(context, region);
    return restoreContainers(context, records, {
      container: BUCKET,
      content: OBJECT,
      containerOf: (object) => object.bucket,
      restoreContainer: (bucket) => restoreBucket(s3, bucket, (work) => context.afterRestore(BUCKET.label(bucket.name), work)),
      // A single object of a load limited to objects comes without its bucket, which stays as it is.
      restoreContent: (object, _bucket, record) => restoreObject(s3, object, record.payload),
      concurrency: OBJECT_CONCURRENCY,
    });
  },
  namesSpanAccounts: true,
  requests: s3Requests,
};
