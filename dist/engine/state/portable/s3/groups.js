/**
 * The groups of a partial load: `bucket` for a bucket with its objects, `bucket/key` for one
 * object of a bucket that stays as it is (object ids are `bucket/key` too).
 */
import * as S3 from '@aws-sdk/client-s3';
import { forEachLimit } from '../../../util/concurrency.js';
import { bucketsByRegion, clearBuckets } from './buckets.js';
import { s3Client } from './client.js';
import { OBJECT_CONCURRENCY, OBJECT_KINDS } from './objects.js';
const bucketOf = (id) => id.split('/', 1)[0];
function splitGroups(groups) {
    const buckets = new Set([...groups].filter((g) => !g.includes('/')));
    const objects = [...groups].filter((g) => g.includes('/') && !buckets.has(bucketOf(g)));
    return { buckets, objects: new Set(objects) };
}
/**
 * Every record of the buckets named, and the records of the single objects named: those come
 * without their bucket's record.
 */
export function selectGroups(groups) {
    const { buckets, objects } = splitGroups(groups);
    return (record) => {
        if (buckets.has(bucketOf(record.id)))
            return true;
        const kind = OBJECT_KINDS.find((k) => k.is(record));
        if (!kind)
            return false;
        const { bucket, key } = kind.data(record);
        return objects.has(`${bucket}/${key}`);
    };
}
/** Deletes a key's every version and delete marker (in a bucket never versioned, its one object). */
async function deleteKey(s3, Bucket, Key) {
    for (;;) {
        // The key sorts first among those it prefixes, so its entries lead each listing.
        const listed = await s3.send(new S3.ListObjectVersionsCommand({ Bucket, Prefix: Key }));
        const entries = [...(listed.Versions ?? []), ...(listed.DeleteMarkers ?? [])].filter((v) => v.Key === Key);
        if (entries.length === 0)
            return;
        const Objects = entries.map((v) => ({ Key, VersionId: v.VersionId }));
        await s3.send(new S3.DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
    }
}
/** Deletes the buckets of `groups` with their objects, and the single objects named in other buckets of the region. */
export async function clearGroups(context, region, groups) {
    const { buckets, objects } = splitGroups(groups);
    if (buckets.size > 0)
        await clearBuckets(context, region, buckets);
    if (objects.size === 0)
        return;
    const s3 = s3Client(context, region);
    const named = new Set([...objects].map(bucketOf));
    const here = new Set((await bucketsByRegion(s3, named)).filter((b) => b.region === region).map((b) => b.name));
    await forEachLimit([...objects], OBJECT_CONCURRENCY, async (id) => {
        const bucket = bucketOf(id);
        if (here.has(bucket))
            await deleteKey(s3, bucket, id.slice(bucket.length + 1));
    });
}
