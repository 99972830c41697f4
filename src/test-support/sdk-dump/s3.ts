import { createHash } from 'node:crypto';
import * as S3 from '@aws-sdk/client-s3';
import { clientConfig, keyed, parsed, read, tagObject, type DumpTarget, type Json } from './read.js';

/** The bucket-level reads: each configuration as its Get call returns it. */
const BUCKET_READS = {
  accelerate: S3.GetBucketAccelerateConfigurationCommand,
  acl: S3.GetBucketAclCommand,
  cors: S3.GetBucketCorsCommand,
  encryption: S3.GetBucketEncryptionCommand,
  lifecycle: S3.GetBucketLifecycleConfigurationCommand,
  logging: S3.GetBucketLoggingCommand,
  notification: S3.GetBucketNotificationConfigurationCommand,
  objectLock: S3.GetObjectLockConfigurationCommand,
  ownership: S3.GetBucketOwnershipControlsCommand,
  publicAccessBlock: S3.GetPublicAccessBlockCommand,
  replication: S3.GetBucketReplicationCommand,
  requestPayment: S3.GetBucketRequestPaymentCommand,
  versioning: S3.GetBucketVersioningCommand,
  website: S3.GetBucketWebsiteCommand,
  analytics: S3.ListBucketAnalyticsConfigurationsCommand,
  intelligentTiering: S3.ListBucketIntelligentTieringConfigurationsCommand,
  inventory: S3.ListBucketInventoryConfigurationsCommand,
  metrics: S3.ListBucketMetricsConfigurationsCommand,
} as const;

/**
 * Every bucket (S3 lists them all from any region) with every configuration, its policy parsed,
 * its tags; every version and delete marker of each key, oldest first, with HeadObject, tags and
 * the body's SHA-256.
 */
export async function dumpS3(target: DumpTarget): Promise<Json> {
  const home = new S3.S3Client(clientConfig(target, 'us-east-1'));
  const buckets = (await home.send(new S3.ListBucketsCommand({}))).Buckets ?? [];
  return keyed(
    buckets,
    (b) => b.Name!,
    async ({ Name: Bucket }) => {
      const location = (await home.send(new S3.GetBucketLocationCommand({ Bucket }))).LocationConstraint || 'us-east-1';
      const s3 = new S3.S3Client(clientConfig(target, location));
      const settings = await keyed(
        Object.entries(BUCKET_READS),
        ([name]) => name,
        ([, Command]) => read(s3, new (Command as any)({ Bucket })),
      );
      const policy = (await read(s3, new S3.GetBucketPolicyCommand({ Bucket }))) as any;
      const tags = (await read(s3, new S3.GetBucketTaggingCommand({ Bucket }))) as any;
      return {
        region: location,
        ...(settings as object),
        policy: policy.Policy ? parsed(policy.Policy) : policy,
        tags: tags.TagSet ? tagObject(tags.TagSet) : tags,
        objects: await objects(s3, Bucket!),
      };
    },
  );
}

async function objects(s3: S3.S3Client, Bucket: string): Promise<Json> {
  const versions: { Key?: string; VersionId?: string; deleteMarker: boolean; IsLatest?: boolean; LastModified?: Date }[] = [];
  let KeyMarker: string | undefined;
  let VersionIdMarker: string | undefined;
  do {
    const page = await s3.send(new S3.ListObjectVersionsCommand({ Bucket, KeyMarker, VersionIdMarker }));
    versions.push(...(page.Versions ?? []).map((v) => ({ ...v, deleteMarker: false })));
    versions.push(...(page.DeleteMarkers ?? []).map((v) => ({ ...v, deleteMarker: true })));
    [KeyMarker, VersionIdMarker] = page.IsTruncated ? [page.NextKeyMarker, page.NextVersionIdMarker] : [undefined, undefined];
  } while (KeyMarker);
  const byKey = new Map<string, typeof versions>();
  for (const v of versions) byKey.set(v.Key!, [...(byKey.get(v.Key!) ?? []), v]);
  return keyed(
    [...byKey],
    ([key]) => key,
    async ([Key, list]) =>
      // S3 lists a key's versions newest first; a dump names them by their place, oldest first.
      Promise.all(
        list.reverse().map(async ({ VersionId, deleteMarker, IsLatest, LastModified }) => {
          const version = VersionId && VersionId !== 'null' ? VersionId : undefined;
          if (deleteMarker)
            return {
              deleteMarker: true,
              IsLatest: IsLatest ?? null,
              VersionId: VersionId ?? null,
              LastModified: LastModified?.toISOString() ?? null,
            };
          const body = await s3.send(new S3.GetObjectCommand({ Bucket, Key, VersionId: version })).then(
            async (o) =>
              createHash('sha256')
                .update(await o.Body!.transformToByteArray())
                .digest('hex'),
            (error: Error) => `error: ${error.name}`,
          );
          return {
            IsLatest: IsLatest ?? null,
            head: await read(s3, new S3.HeadObjectCommand({ Bucket, Key, VersionId: version })),
            tags: tagObject(((await read(s3, new S3.GetObjectTaggingCommand({ Bucket, Key, VersionId: version }))) as any).TagSet),
            bodySha256: body,
          };
        }),
      ),
  );
}
