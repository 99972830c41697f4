import * as S3 from '@aws-sdk/client-s3';

/** An object as a bucket listing describes it. */
export interface ListedObject {
  readonly key: string;
  readonly size: number;
  readonly etag?: string;
  readonly lastModified?: Date;
}

export async function* listObjects(s3: S3.S3Client, bucket: string): AsyncGenerator<ListedObject> {
  for await (const page of S3.paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) {
    for (const o of page.Contents ?? []) yield { key: o.Key!, size: o.Size ?? 0, etag: o.ETag, lastModified: o.LastModified };
  }
}

const wholeSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * An object's validator: its ETag, size and LastModified as the listing gives them. Any write
 * of an object (new body, new headers or metadata through a copy) gives it a new
 * LastModified; a change of tags does not, so tags are read on every save.
 */
export function validatorOf(o: ListedObject): string | undefined {
  return o.etag && o.lastModified ? `${o.etag}|${o.size}|${wholeSeconds(o.lastModified)}` : undefined;
}

/**
 * Whether what a GET or HEAD read can be trusted under the listing's validator next time. The
 * headers must describe the listed object (it did not change in between), and it must have
 * been written at least two seconds before the instance's clock said capture began:
 * LastModified has whole seconds, so an object written again within the second it was read
 * could keep ETag and LastModified with other headers (git's "racily clean" files), and the
 * second more covers a clock that rounds where the other truncates.
 */
export function trustworthy(o: ListedObject, read: ObjectHeaders, captureStart: number | undefined): boolean {
  if (captureStart === undefined || !o.lastModified || !read.LastModified) return false;
  return (
    read.ETag === o.etag &&
    (read.ContentLength === undefined || read.ContentLength === o.size) &&
    wholeSeconds(read.LastModified) === wholeSeconds(o.lastModified) &&
    wholeSeconds(o.lastModified) <= Math.floor(captureStart / 1000) - 2
  );
}

/** What the headers of a HEAD or GET say about an object. */
export type ObjectHeaders = Pick<
  S3.HeadObjectCommandOutput,
  | 'ContentType'
  | 'ContentEncoding'
  | 'ContentDisposition'
  | 'ContentLanguage'
  | 'CacheControl'
  | 'Metadata'
  | 'ContentLength'
  | 'ETag'
  | 'LastModified'
  | 'StorageClass'
  | 'ServerSideEncryption'
  | 'SSEKMSKeyId'
  | 'BucketKeyEnabled'
  | 'WebsiteRedirectLocation'
  | 'ObjectLockMode'
  | 'ObjectLockRetainUntilDate'
  | 'ObjectLockLegalHoldStatus'
  | 'ChecksumCRC32'
  | 'ChecksumCRC32C'
  | 'ChecksumCRC64NVME'
  | 'ChecksumSHA1'
  | 'ChecksumSHA256'
>;

/** One entry of a key's history in a versioned bucket: a version of the object, or a delete marker. */
export type ListedVersion = ListedObject & {
  readonly versionId: string | undefined;
  readonly deleteMarker: boolean;
  /** The entry the key reads as now (the object, or the marker that hides it). */
  readonly latest: boolean;
};

/**
 * The history of each key of a versioned bucket, oldest entry first, key after key in the
 * listing's order. S3 lists versions and delete markers apart, each newest first within a key,
 * and a key's entries may run on into the next page.
 */
export async function* listHistory(s3: S3.S3Client, bucket: string): AsyncGenerator<ListedVersion[]> {
  let key: string | undefined;
  let entries: ListedVersion[] = [];
  const done = () => entries.sort((a, b) => Number(b.latest) - Number(a.latest) || time(b) - time(a)).reverse();
  let markers: { KeyMarker?: string; VersionIdMarker?: string } = {};
  for (let more = true; more;) {
    const page = await s3.send(new S3.ListObjectVersionsCommand({ Bucket: bucket, ...markers }));
    more = page.IsTruncated === true;
    markers = { KeyMarker: page.NextKeyMarker, VersionIdMarker: page.NextVersionIdMarker };
    const listed: ListedVersion[] = [
      ...(page.Versions ?? []).map((v) => ({ ...entry(v), etag: v.ETag, size: v.Size ?? 0, deleteMarker: false })),
      ...(page.DeleteMarkers ?? []).map((m) => ({ ...entry(m), size: 0, deleteMarker: true })),
    ];
    // Keys in the order the listing gives them (S3's byte order), each key's entries together.
    const order = new Map<string, number>();
    for (const v of listed) if (!order.has(v.key)) order.set(v.key, order.size);
    listed.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
    for (const v of listed) {
      if (v.key !== key && key !== undefined) {
        yield done();
        entries = [];
      }
      key = v.key;
      entries.push(v);
    }
  }
  if (entries.length > 0) yield done();
}

function entry(v: { Key?: string; VersionId?: string; IsLatest?: boolean; LastModified?: Date }) {
  return { key: v.Key!, versionId: v.VersionId, latest: v.IsLatest ?? false, lastModified: v.LastModified };
}

const time = (v: ListedVersion) => v.lastModified?.getTime() ?? 0;
