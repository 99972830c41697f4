/**
 * Objects: an object's record (headers, metadata, tags) and payload (its body), read again only
 * when the listing says the object changed since the pod's latest version read it, and written
 * back with one PutObject.
 */
import * as S3 from '@aws-sdk/client-s3';
import { INLINE_PAYLOAD_LIMIT } from '../../../pod/records.js';
import { recordKind, sortedRecord, sortedTags, payloadOf } from '../kit/index.js';
import { trustworthy, validatorOf } from './listing.js';
/** Objects whose head and tags are read, or which are written or deleted, at once. */
export const OBJECT_CONCURRENCY = 16;
/** Object records, identified as `bucket/key`: what a key reads as now. */
export const OBJECT = recordKind('object');
/**
 * The earlier versions of an object in a versioned bucket, `bucket/key@<n>` (n counts the key's
 * history from 1, oldest first), and the delete markers among them (or hiding the key now):
 * restored in that order before the object itself, so the key's history comes back in order.
 */
export const VERSION = recordKind('object-version', 'object version');
export const DELETE_MARKER = recordKind('delete-marker', 'delete marker');
/** Every kind of record of an object, in a bucket's restore. */
export const OBJECT_KINDS = [OBJECT, VERSION, DELETE_MARKER];
/**
 * The content MD5 an ETag states: a single-part object's ETag is the MD5 of its content. A
 * multipart ETag (`<md5 of the parts' MD5s>-<parts>`) states none.
 */
function md5OfEtag(etag) {
    const hex = /^"?([0-9a-fA-F]{32})"?$/.exec(etag ?? '')?.[1];
    return hex?.toLowerCase();
}
/**
 * A small object's headers and whole body from one GET: its body is inlined in the record
 * anyway, and a HEAD first would cost a round trip per object, most objects being small.
 */
async function getSmall(s3, bucket, key, VersionId) {
    const got = await s3.send(new S3.GetObjectCommand({ Bucket: bucket, Key: key, VersionId }));
    const body = Buffer.from(await got.Body.transformToByteArray());
    return { headers: got, body };
}
async function readTags({ s3, bucket }, key, VersionId) {
    return sortedTags((await s3.send(new S3.GetObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId }))).TagSet, (t) => t.Key);
}
/** A large object's body, streamed from the instance only when the pod has no copy of it. */
function streamedBody(s3, bucket, key, size, head, VersionId) {
    const contentMd5 = md5OfEtag(head.ETag);
    return {
        size: head.ContentLength ?? size,
        ...(contentMd5 ? { contentMd5 } : {}),
        async open() {
            const got = await s3.send(new S3.GetObjectCommand({ Bucket: bucket, Key: key, VersionId }));
            return got.Body;
        },
    };
}
/** An object (or one version of it) read from the instance: its record's data and its body. */
async function readObject(scope, listed, VersionId) {
    const { s3, bucket } = scope;
    const { key, size } = listed;
    const [fetched, tags] = await Promise.all([
        size <= INLINE_PAYLOAD_LIMIT
            ? getSmall(s3, bucket, key, VersionId)
            : s3.send(new S3.HeadObjectCommand({ Bucket: bucket, Key: key, VersionId })).then((headers) => ({ headers, body: undefined })),
        readTags(scope, key, VersionId),
    ]);
    const { headers: head, body } = fetched;
    const data = {
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
    const payload = body ? payloadOf(body) : streamedBody(s3, bucket, key, size, head, VersionId);
    return { data, payload, head };
}
/**
 * An object's record: taken from the pod's latest version when the listing matches what that
 * version read (only the tags read again), else read from the instance; its validator is kept
 * only when what was read can be trusted under it next time.
 */
export async function captureObject(scope, listed) {
    const { context, region, bucket } = scope;
    const { key } = listed;
    const id = `${bucket}/${key}`;
    const validator = validatorOf(listed);
    const earlier = validator ? await context.earlier(region, OBJECT.type, id, validator) : undefined;
    if (earlier) {
        // Unchanged since the latest version read it: only its tags can have changed. Its data is
        // kept as that version stored it.
        const data = { ...earlier.data, tags: await readTags(scope, key) };
        return { region, type: OBJECT.type, id, data, ...(earlier.payload ? { payload: earlier.payload } : {}), validator };
    }
    const { data, payload, head } = await readObject(scope, listed);
    return OBJECT.record(region, id, data, {
        ...(validator && trustworthy(listed, head, scope.captureStart) ? { validator } : {}),
        payload,
    });
}
/**
 * The records of a key's history in a versioned bucket, oldest first: its earlier versions and
 * delete markers, then what it reads as now (the object, or the delete marker hiding it).
 */
export async function captureHistory(scope, history) {
    const { region, bucket } = scope;
    return Promise.all(history.map(async (entry, i) => {
        const data = { bucket, key: entry.key };
        if (entry.deleteMarker)
            return DELETE_MARKER.record(region, `${bucket}/${entry.key}@${i + 1}`, data);
        if (entry.latest)
            return captureObject(scope, entry);
        const version = await readObject(scope, entry, entry.versionId);
        return VERSION.record(region, `${bucket}/${entry.key}@${i + 1}`, version.data, { payload: version.payload });
    }));
}
/** An object's tags in the query-string form PutObject takes. */
function tagging(tags) {
    if (!tags)
        return undefined;
    return new URLSearchParams(tags.map((t) => [t.Key, t.Value ?? ''])).toString();
}
/** Puts a delete marker on a key of a versioned bucket, as deleting it does. */
export async function restoreDeleteMarker(s3, o) {
    await s3.send(new S3.DeleteObjectCommand({ Bucket: o.bucket, Key: o.key }));
}
/** Writes an object over any of the same key, body and all (in a versioned bucket, as its newest version). */
export async function restoreObject(s3, o, payload) {
    const body = payload ? await payload.open() : undefined;
    await s3.send(new S3.PutObjectCommand({
        Bucket: o.bucket,
        Key: o.key,
        Body: body ?? '',
        ContentLength: payload?.size ?? 0,
        ContentType: o.contentType,
        ContentEncoding: o.contentEncoding,
        ContentDisposition: o.contentDisposition,
        ContentLanguage: o.contentLanguage,
        CacheControl: o.cacheControl,
        Metadata: o.metadata,
        Tagging: tagging(o.tags),
    }));
}
