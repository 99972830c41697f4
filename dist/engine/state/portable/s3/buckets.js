/**
 * Buckets: where each is (S3 lists every bucket from any region), the settings a bucket's record
 * holds, and making buckets exist as the pod has them or go away with their objects.
 */
import * as S3 from '@aws-sdk/client-s3';
import { forEachLimit } from '../../../util/concurrency.js';
import { isReservedBucket } from '../../reserved.js';
import { isNamed, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { s3Client } from './client.js';
import { readSettings, writeSettings } from './settings.js';
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
/**
 * The account's buckets, or those of them named in `only`, with their regions, by name. Every
 * capture, probe and clear of buckets starts here, so localstack-pods' own bucket is left out
 * here, once.
 */
export async function bucketsByRegion(s3, only) {
    const listed = await s3.send(new S3.ListBucketsCommand({}));
    const names = (listed.Buckets ?? []).map((b) => b.Name).filter((name) => !isReservedBucket(name) && (!only || only.has(name)));
    return Promise.all(sortBy(names, (name) => name).map(async (name) => {
        const location = await s3.send(new S3.GetBucketLocationCommand({ Bucket: name }));
        return { name, region: normaliseRegion(location.LocationConstraint) };
    }));
}
/** A bucket's record: its region and the configurations it has set. */
export async function captureBucket(s3, name, region) {
    return { name, region, ...(await readSettings(s3, name)) };
}
/**
 * Creates the bucket unless the account has it (with object lock, which only a new bucket can
 * turn on), then brings its configurations to the pod's; `later` takes those that wait for the
 * rest of the load.
 */
export async function restoreBucket(s3, bucket, later) {
    const { name: Bucket, region, ...settings } = bucket;
    const location = region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region } };
    const objectLock = bucket.objectLock?.ObjectLockEnabled === 'Enabled' ? { ObjectLockEnabledForBucket: true } : {};
    // Looked for first: in us-east-1, S3 answers a CreateBucket of a bucket the account owns with success.
    const existed = (await unlessMissing(s3.send(new S3.HeadBucketCommand({ Bucket })))) !== undefined;
    if (!existed) {
        try {
            await s3.send(new S3.CreateBucketCommand({ Bucket, ...location, ...objectLock }));
        }
        catch (error) {
            if (!isNamed(error, ['BucketAlreadyOwnedByYou']))
                throw error;
        }
    }
    // Versions written while versioning is suspended replace each other (their id is `null`): the
    // history goes in with versioning on, and is suspended after the load.
    if (settings.versioning === 'Suspended') {
        settings.versioning = 'Enabled';
        later(() => s3.send(new S3.PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Suspended' } })));
    }
    await writeSettings(s3, Bucket, settings, existed, later);
}
/**
 * Deletes every version and delete marker of a bucket's objects, a listing page at a time. Each
 * round lists from the start: a listing that goes on from a marker while its keys are deleted
 * can come back empty early (moto's does), leaving the bucket not empty. Once the bucket
 * refuses a deletion, governance-mode retention is bypassed (only then: LocalStack refuses the
 * bypass on a bucket without object lock) and legal holds are lifted; a version refused once its
 * hold is lifted (compliance-mode retention) ends the clear.
 */
async function emptyBucket(s3, Bucket) {
    const lifted = new Set();
    let locked = false;
    for (;;) {
        const page = await s3.send(new S3.ListObjectVersionsCommand({ Bucket }));
        const Objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key, VersionId: v.VersionId }));
        if (Objects.length === 0)
            return;
        const bypass = locked ? { BypassGovernanceRetention: true } : {};
        const deleted = await s3.send(new S3.DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true }, ...bypass }));
        if (!locked && deleted.Errors?.length) {
            locked = true;
            continue;
        }
        for (const { Key, VersionId, Message } of deleted.Errors ?? []) {
            const id = `${Key}@${VersionId}`;
            if (lifted.has(id))
                throw new Error(`Bucket ${Bucket} refuses to delete version ${VersionId} of ${Key}: ${Message}`);
            await s3.send(new S3.PutObjectLegalHoldCommand({ Bucket, Key, VersionId, LegalHold: { Status: 'OFF' } }));
            lifted.add(id);
        }
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
