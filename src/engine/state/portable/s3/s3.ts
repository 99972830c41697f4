import { serverTime } from '../../../target/clock.js';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { restoreContainers, sleep } from '../kit/index.js';
import { BUCKET, bucketsByRegion, captureBucket, clearBuckets, restoreBucket } from './buckets.js';
import { s3Client } from './client.js';
import { clearGroups, selectGroups } from './groups.js';
import { listHistory, listObjects } from './listing.js';
import {
  captureHistory,
  captureObject,
  DELETE_MARKER,
  OBJECT_CONCURRENCY,
  OBJECT_KINDS,
  restoreDeleteMarker,
  restoreObject,
  type ObjectData,
  type ObjectScope,
} from './objects.js';
import { s3Requests } from './requests.js';

/** Each bucket followed by its objects; buckets are listed once, whichever region they are in. */
async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  const captureStart = await serverTime(context.target.endpoint);
  for (const { name, region } of await bucketsByRegion(s3Client(context, 'us-east-1'))) {
    if (!regions.includes(region)) continue;
    const s3 = s3Client(context, region);
    const bucket = await captureBucket(s3, name, region);
    yield BUCKET.record(region, name, bucket);
    const objectLock = bucket.objectLock?.ObjectLockEnabled === 'Enabled';
    const scope: ObjectScope = { context, s3, region, bucket: name, captureStart, objectLock };
    if (!bucket.versioning) {
      yield* mapOrdered(listObjects(s3, name), OBJECT_CONCURRENCY, (o) => captureObject(scope, o));
      continue;
    }
    let versions = 0;
    for await (const records of mapOrdered(listHistory(s3, name), OBJECT_CONCURRENCY, (history) => captureHistory(scope, history))) {
      versions += records.length;
      yield* records;
    }
    if (versions > 0) {
      context.warn(
        BUCKET.label(name),
        'its objects come back with their versions in order, under version ids and dates the instance gives them anew',
      );
    }
  }
}

/**
 * Writes an object's records one after another, each key's after the one before: in a versioned
 * bucket they make the key's history, in order. Keys go side by side. S3 lists a key's versions
 * and its delete markers apart, ordered only by LastModified, which has whole seconds: a delete
 * marker after a version (or a version after a marker) is written in the next second, so the
 * history reads back in its order.
 */
function inKeyOrder(write: (o: ObjectData, record: PodRecord) => Promise<void>) {
  const last = new Map<string, { done: Promise<void>; marker: boolean }>();
  return (o: ObjectData, record: PodRecord): Promise<void> => {
    const key = `${o.bucket}/${o.key}`;
    const marker = DELETE_MARKER.is(record);
    const before = last.get(key);
    const pause = before && before.marker !== marker ? () => sleep(1000) : async () => undefined;
    const done = (before?.done ?? Promise.resolve())
      .catch(() => undefined)
      .then(pause)
      .then(() => write(o, record));
    last.set(key, { done, marker });
    return done;
  };
}

async function regionsWithState(context: ServiceContext): Promise<string[]> {
  return [...new Set((await bucketsByRegion(s3Client(context, 'us-east-1'))).map((b) => b.region))].sort();
}

/**
 * S3: buckets (region and every configuration: tags, policy, CORS, versioning, object lock,
 * encryption, lifecycle, public access block, ownership, ACL, website, accelerate, request
 * payment, analytics, inventory, metrics, intelligent tiering, logging, replication,
 * notifications) and their objects (body, headers, metadata, tags), in a versioned bucket with
 * every earlier version and delete marker in order.
 */
export const s3: ServiceModule = {
  name: 's3',
  dependsOn: ['kms'],
  capture,
  regionsWithState,
  clear: (context, region) => clearBuckets(context, region),
  // A bucket with its objects, or one object (`bucket/key`, as its record's id).
  partial: { select: selectGroups, clear: clearGroups },
  // A bucket is made before the objects after it are written; objects go in parallel.
  restore: (context, region, records) => {
    const s3 = s3Client(context, region);
    const write = inKeyOrder((object, record) =>
      DELETE_MARKER.is(record) ? restoreDeleteMarker(s3, object) : restoreObject(s3, object, record.payload),
    );
    return restoreContainers(context, records, {
      container: BUCKET,
      content: OBJECT_KINDS,
      containerOf: (object) => object.bucket,
      restoreContainer: (bucket) => restoreBucket(s3, bucket, (work) => context.afterRestore(BUCKET.label(bucket.name), work)),
      // A single object of a load limited to objects comes without its bucket, which stays as it is.
      restoreContent: (object, _bucket, record) => write(object, record),
      concurrency: OBJECT_CONCURRENCY,
    });
  },
  namesSpanAccounts: true,
  requests: s3Requests,
};
