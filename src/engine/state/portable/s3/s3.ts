import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketCorsCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectVersionsCommand,
  PutBucketCorsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  type BucketLocationConstraint,
  type CORSRule,
  type Tag,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { INLINE_PAYLOAD_LIMIT } from '../../../pod/records.js';
import { serverTime } from '../../../target/clock.js';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName, unlessMissing } from '../kit/errors.js';
import { listObjects, trustworthy, validatorOf, type ListedObject, type ObjectHeaders } from './listing.js';
import { s3Requests } from './requests.js';

/** Objects whose head and tags are read, or which are written, at once. */
const OBJECT_CONCURRENCY = 16;
/** Buckets emptied and deleted at once by `clear`. */
const BUCKET_CONCURRENCY = 8;

interface BucketData {
  name: string;
  region: string;
  tags?: Tag[];
  policy?: string;
  cors?: CORSRule[];
  versioning?: string;
}

interface ObjectData {
  bucket: string;
  key: string;
  contentType?: string;
  contentEncoding?: string;
  contentDisposition?: string;
  contentLanguage?: string;
  cacheControl?: string;
  metadata?: Record<string, string>;
  tags?: Tag[];
}

function client(context: ServiceContext, region: string): S3Client {
  // Checksums only when S3 requires them: emulators differ in the trailing checksums they accept.
  return new S3Client({
    ...context.config(region),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** A client per region, destroyed together. */
function clients(context: ServiceContext) {
  const byRegion = new Map<string, S3Client>();
  return {
    for(region: string): S3Client {
      let c = byRegion.get(region);
      if (!c) byRegion.set(region, (c = client(context, region)));
      return c;
    },
    destroy(): void {
      for (const c of byRegion.values()) c.destroy();
    },
  };
}

/** S3 answers an empty location for us-east-1 and `EU` for the oldest eu-west-1 buckets. */
function normaliseRegion(location: string | undefined): string {
  if (!location) return 'us-east-1';
  if (location === 'EU') return 'eu-west-1';
  return location;
}

function sortTags(tags: Tag[] | undefined): Tag[] | undefined {
  if (!tags || tags.length === 0) return undefined;
  return [...tags].sort((a, b) => (a.Key! < b.Key! ? -1 : a.Key! > b.Key! ? 1 : 0));
}

/** The account's buckets, or those of them named in `only`, with their regions. */
async function bucketsByRegion(s3: S3Client, only?: ReadonlySet<string>): Promise<{ name: string; region: string }[]> {
  const listed = await s3.send(new ListBucketsCommand({}));
  const names = (listed.Buckets ?? [])
    .map((b) => b.Name!)
    .filter((name) => !only || only.has(name))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const location = await s3.send(new GetBucketLocationCommand({ Bucket: name }));
      return { name, region: normaliseRegion(location.LocationConstraint) };
    }),
  );
}

async function captureBucket(s3: S3Client, name: string, region: string): Promise<BucketData> {
  const [tags, policy, cors, versioning] = await Promise.all([
    unlessMissing(s3.send(new GetBucketTaggingCommand({ Bucket: name })), ['NoSuchTagSet', 'NoSuchTagSetError']),
    unlessMissing(s3.send(new GetBucketPolicyCommand({ Bucket: name })), ['NoSuchBucketPolicy']),
    unlessMissing(s3.send(new GetBucketCorsCommand({ Bucket: name })), ['NoSuchCORSConfiguration']),
    s3.send(new GetBucketVersioningCommand({ Bucket: name })),
  ]);
  return {
    name,
    region,
    tags: sortTags(tags?.TagSet),
    policy: policy?.Policy,
    cors: cors?.CORSRules,
    versioning: versioning.Status,
  };
}

function sortedRecord(record: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!record || Object.keys(record).length === 0) return undefined;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The content MD5 an ETag states: a single-part object's ETag is the MD5 of its content. A
 * multipart ETag (`<md5 of the parts' MD5s>-<parts>`) states none.
 */
function md5OfEtag(etag: string | undefined): string | undefined {
  const hex = /^"?([0-9a-fA-F]{32})"?$/.exec(etag ?? '')?.[1];
  return hex?.toLowerCase();
}

/**
 * A small object's headers and whole body from one GET: its body is inlined in the record
 * anyway, and a HEAD first would cost a round trip per object, most objects being small.
 */
async function getSmall(s3: S3Client, bucket: string, key: string): Promise<{ headers: ObjectHeaders; body: Buffer }> {
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const body = Buffer.from(await got.Body!.transformToByteArray());
  return { headers: got, body };
}

/** Where objects are captured: one bucket of one region, and what capture needs throughout. */
interface ObjectScope {
  readonly context: ServiceContext;
  readonly s3: S3Client;
  readonly region: string;
  readonly bucket: string;
  /** The instance's time when capture began (see `trustworthy`). */
  readonly captureStart: number | undefined;
  /** Bodies still streaming (see `capture`). */
  readonly streaming: Set<Promise<unknown>>;
}

async function readTags({ s3, bucket }: ObjectScope, key: string): Promise<Tag[] | undefined> {
  return sortTags((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet);
}

async function captureObject(scope: ObjectScope, listed: ListedObject): Promise<CapturedRecord> {
  const { context, s3, region, bucket, streaming } = scope;
  const { key, size } = listed;
  const id = `${bucket}/${key}`;
  const validator = validatorOf(listed);
  const earlier = validator ? await context.earlier(region, 'object', id, validator) : undefined;
  if (earlier) {
    // Unchanged since the latest version read it: only its tags can have changed.
    const data = { ...earlier.data, tags: await readTags(scope, key) };
    return { region, type: 'object', id, data, ...(earlier.payload ? { payload: earlier.payload } : {}), validator };
  }
  const [fetched, tags] = await Promise.all([
    size <= INLINE_PAYLOAD_LIMIT
      ? getSmall(s3, bucket, key)
      : s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then((headers) => ({ headers, body: undefined })),
    readTags(scope, key),
  ]);
  const { headers: head, body } = fetched;
  const data: ObjectData = {
    bucket,
    key,
    contentType: head.ContentType,
    contentEncoding: head.ContentEncoding,
    contentDisposition: head.ContentDisposition,
    contentLanguage: head.ContentLanguage,
    cacheControl: head.CacheControl,
    metadata: sortedRecord(head.Metadata),
    tags,
  };
  const contentMd5 = md5OfEtag(head.ETag);
  return {
    region,
    type: 'object',
    id,
    data: data as unknown as Record<string, unknown>,
    ...(validator && trustworthy(listed, head, scope.captureStart) ? { validator } : {}),
    payload: body
      ? { size: body.length, open: async () => Readable.from([body]) }
      : {
          size: head.ContentLength ?? size,
          ...(contentMd5 ? { contentMd5 } : {}),
          async open() {
            const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
            const body = got.Body as Readable;
            const closed = finished(body).catch(() => undefined);
            streaming.add(closed);
            void closed.then(() => streaming.delete(closed));
            return body;
          },
        },
  };
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  const s3 = clients(context);
  // Bodies the engine is still reading: it stores payloads while it reads further records, so
  // the last ones may still stream when this generator ends, and destroying the clients then
  // would cut them off.
  const streaming = new Set<Promise<unknown>>();
  const captureStart = await serverTime(context.target.endpoint);
  try {
    for (const { name, region } of await bucketsByRegion(s3.for('us-east-1'))) {
      if (!regions.includes(region)) continue;
      const regional = s3.for(region);
      const bucket = await captureBucket(regional, name, region);
      yield { region, type: 'bucket', id: name, data: bucket as unknown as Record<string, unknown> };
      context.progress(`s3 bucket ${name}`);
      const scope: ObjectScope = { context, s3: regional, region, bucket: name, captureStart, streaming };
      const objects = mapOrdered(listObjects(regional, name), OBJECT_CONCURRENCY, (o) => captureObject(scope, o));
      for await (const object of objects) {
        yield object;
        context.progress(`s3 object ${object.id}`);
      }
    }
  } finally {
    await Promise.all(streaming);
    s3.destroy();
  }
}

async function regionsWithState(context: ServiceContext): Promise<string[]> {
  const s3 = client(context, 'us-east-1');
  try {
    return [...new Set((await bucketsByRegion(s3)).map((b) => b.region))].sort();
  } finally {
    s3.destroy();
  }
}

async function emptyBucket(s3: S3Client, bucket: string): Promise<void> {
  let markers: { KeyMarker?: string; VersionIdMarker?: string } = {};
  for (;;) {
    const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, ...markers }));
    const keys = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({
      Key: v.Key!,
      VersionId: v.VersionId,
    }));
    if (keys.length > 0) await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
    if (!page.IsTruncated) return;
    markers = { KeyMarker: page.NextKeyMarker, VersionIdMarker: page.NextVersionIdMarker };
  }
}

/** Deletes the buckets of one region, or those of them named in `only`, with their objects. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const s3 = client(context, region);
  try {
    // Buckets are emptied side by side: one after the other, a load before each test file
    // waits three round trips per bucket.
    const buckets = (await bucketsByRegion(s3, only)).filter((b) => b.region === region);
    await forEachLimit(buckets, BUCKET_CONCURRENCY, async (bucket) => {
      await emptyBucket(s3, bucket.name);
      await s3.send(new DeleteBucketCommand({ Bucket: bucket.name }));
    });
  } finally {
    s3.destroy();
  }
}

/**
 * Groups of a partial load: `bucket` for a bucket with its objects, `bucket/key` for one object
 * of a bucket that stays as it is (object ids are `bucket/key` too).
 */
function splitGroups(groups: ReadonlySet<string>) {
  const buckets = new Set([...groups].filter((g) => !g.includes('/')));
  const objects = [...groups].filter((g) => g.includes('/') && !buckets.has(g.split('/', 1)[0]!));
  return { buckets, objects: new Set(objects) };
}

function selectGroups(groups: ReadonlySet<string>): (record: PodRecord) => boolean {
  const { buckets, objects } = splitGroups(groups);
  return (record) => buckets.has(record.id.split('/', 1)[0]!) || (record.type === 'object' && objects.has(record.id));
}

/** Deletes the buckets of `groups` with their objects, and the single objects named in other buckets of the region. */
async function clearGroups(context: ServiceContext, region: string, groups: ReadonlySet<string>): Promise<void> {
  const { buckets, objects } = splitGroups(groups);
  if (buckets.size > 0) await clear(context, region, buckets);
  if (objects.size === 0) return;
  const s3 = client(context, region);
  try {
    const named = new Set([...objects].map((id) => id.split('/', 1)[0]!));
    const here = new Set((await bucketsByRegion(s3, named)).filter((b) => b.region === region).map((b) => b.name));
    await forEachLimit([...objects], OBJECT_CONCURRENCY, async (id) => {
      const bucket = id.split('/', 1)[0]!;
      if (here.has(bucket)) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: id.slice(bucket.length + 1) }));
    });
  } finally {
    s3.destroy();
  }
}

async function restoreBucket(s3: S3Client, bucket: BucketData): Promise<void> {
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket.name,
        ...(bucket.region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: bucket.region as BucketLocationConstraint } }),
      }),
    );
  } catch (error) {
    if (awsErrorName(error) !== 'BucketAlreadyOwnedByYou') throw error;
  }
  const Bucket = bucket.name;
  if (bucket.tags) await s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: bucket.tags } }));
  if (bucket.policy) await s3.send(new PutBucketPolicyCommand({ Bucket, Policy: bucket.policy }));
  if (bucket.cors) await s3.send(new PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules: bucket.cors } }));
  if (bucket.versioning) {
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: bucket.versioning as 'Enabled' } }));
  }
}

function tagging(tags: Tag[] | undefined): string | undefined {
  if (!tags) return undefined;
  return new URLSearchParams(tags.map((t): [string, string] => [t.Key!, t.Value ?? ''])).toString();
}

async function restoreObject(s3: S3Client, record: PodRecord): Promise<void> {
  const o = record.data as unknown as ObjectData;
  const body = record.payload ? await record.payload.open() : undefined;
  await s3.send(
    new PutObjectCommand({
      Bucket: o.bucket,
      Key: o.key,
      Body: body ?? '',
      ContentLength: record.payload?.size ?? 0,
      ContentType: o.contentType,
      ContentEncoding: o.contentEncoding,
      ContentDisposition: o.contentDisposition,
      ContentLanguage: o.contentLanguage,
      CacheControl: o.cacheControl,
      Metadata: o.metadata,
      Tagging: tagging(o.tags),
    }),
  );
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const s3 = client(context, region);
  const failedBuckets = new Set<string>();
  // A bucket is created before the objects after it are written; objects go in parallel.
  const pending = new Set<Promise<void>>();
  try {
    for await (const record of records) {
      if (record.type === 'bucket') {
        await Promise.all(pending);
        try {
          await restoreBucket(s3, record.data as unknown as BucketData);
          context.progress(`s3 bucket ${record.id}`);
        } catch (error) {
          failedBuckets.add(record.id);
          context.fail(`bucket ${record.id}`, error);
        }
        continue;
      }
      const bucket = (record.data as unknown as ObjectData).bucket;
      if (failedBuckets.has(bucket)) continue;
      const task: Promise<void> = restoreObject(s3, record).then(
        () => context.progress(`s3 object ${record.id}`),
        (error) => context.fail(`object ${record.id}`, error),
      );
      pending.add(task);
      void task.finally(() => pending.delete(task));
      if (pending.size >= OBJECT_CONCURRENCY) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    s3.destroy();
  }
}

/** S3: buckets (region, tags, policy, CORS, versioning) and their objects (body, headers, metadata, tags). */
export const s3: ServiceModule = {
  name: 's3',
  dependsOn: [],
  capture,
  regionsWithState,
  clear,
  // A bucket with its objects, or one object (`bucket/key`, as its record's id).
  partial: { select: selectGroups, clear: clearGroups },
  restore,
  namesSpanAccounts: true,
  requests: s3Requests,
};
