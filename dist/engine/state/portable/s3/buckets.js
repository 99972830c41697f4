/**
 * Buckets: where each is (S3 lists every bucket from any region), the settings a bucket's record
 * holds, and making buckets exist as the pod has them or go away with their objects.
 */
import * as S3 from '@aws-sdk/client-s3';
import { forEachLimit } from '../../../util/concurrency.js';
import { isNamed, recordKind, sortBy, sortedTags, unlessMissing } from '../kit/index.js';
import { s3Client } from './client.js';
/** Buckets emptied and deleted at once by `clearBuckets`. */
const BUCKET_CONCURRENCY = 8;
/** Bucket records, identified by the bucket's name. */
export const BUCKET = recordKind('bucket');
/** S3 answers an empty location for us-east-1 and `EU` for the oldest eu-west-1 buckets. */
function normaliseRegion(location) {
    if (!location)
        return 'us-east-1';
    if (location === 'EU')
        return 'eu-west-1';
    return location;
}
/** The account's buckets, or those of them named in `only`, with their regions, by name. */
export async function bucketsByRegion(s3, only) {
    const listed = await s3.send(new S3.ListBucketsCommand({}));
    const names = (listed.Buckets ?? []).map((b) => b.Name).filter((name) => !only || only.has(name));
    return Promise.all(sortBy(names, (name) => name).map(async (name) => {
        const location = await s3.send(new S3.GetBucketLocationCommand({ Bucket: name }));
        return { name, region: normaliseRegion(location.LocationConstraint) };
    }));
}
/** A bucket's settings, those it has not set left out. */
export async function captureBucket(s3, name, region) {
    const [tags, policy, cors, versioning] = await Promise.all([
        unlessMissing(s3.send(new S3.GetBucketTaggingCommand({ Bucket: name })), ['NoSuchTagSet', 'NoSuchTagSetError']),
        unlessMissing(s3.send(new S3.GetBucketPolicyCommand({ Bucket: name })), ['NoSuchBucketPolicy']),
        unlessMissing(s3.send(new S3.GetBucketCorsCommand({ Bucket: name })), ['NoSuchCORSConfiguration']),
        s3.send(new S3.GetBucketVersioningCommand({ Bucket: name })),
    ]);
    return {
        name,
        region,
        tags: sortedTags(tags?.TagSet, (t) => t.Key),
        policy: policy?.Policy,
        cors: cors?.CORSRules,
        versioning: versioning.Status,
    };
}
/** Creates the bucket unless the account has it, then sets what the pod holds of its settings. */
export async function restoreBucket(s3, bucket) {
    const Bucket = bucket.name;
    const location = { CreateBucketConfiguration: { LocationConstraint: bucket.region } };
    try {
        await s3.send(new S3.CreateBucketCommand({ Bucket, ...(bucket.region === 'us-east-1' ? {} : location) }));
    }
    catch (error) {
        if (!isNamed(error, ['BucketAlreadyOwnedByYou']))
            throw error;
    }
    if (bucket.tags)
        await s3.send(new S3.PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: bucket.tags } }));
    if (bucket.policy)
        await s3.send(new S3.PutBucketPolicyCommand({ Bucket, Policy: bucket.policy }));
    if (bucket.cors)
        await s3.send(new S3.PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules: bucket.cors } }));
    if (bucket.versioning) {
        await s3.send(new S3.PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: bucket.versioning } }));
    }
}
/** Deletes every version and delete marker of a bucket's objects, a listing page at a time. */
async function emptyBucket(s3, Bucket) {
    let markers = {};
    for (;;) {
        const page = await s3.send(new S3.ListObjectVersionsCommand({ Bucket, ...markers }));
        const Objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key, VersionId: v.VersionId }));
        if (Objects.length > 0)
            await s3.send(new S3.DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
        if (!page.IsTruncated)
            return;
        markers = { KeyMarker: page.NextKeyMarker, VersionIdMarker: page.NextVersionIdMarker };
    }
}
/** Deletes the buckets of one region, or those of them named in `only`, with their objects. */
export async function clearBuckets(context, region, only) {
    const s3 = s3Client(context, region);
    // Buckets are emptied side by side: one after the other, a load before each test file
    // waits three round trips per bucket.
    const buckets = (await bucketsByRegion(s3, only)).filter((b) => b.region === region);
    await forEachLimit(buckets, BUCKET_CONCURRENCY, async (bucket) => {
        await emptyBucket(s3, bucket.name);
        await s3.send(new S3.DeleteBucketCommand({ Bucket: bucket.name }));
    });
}
