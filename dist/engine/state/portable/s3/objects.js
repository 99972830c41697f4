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
/** Object records, identified as `bucket/key`. */
export const OBJECT = recordKind('object');
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
async function getSmall(s3, bucket, key) {
    const got = await s3.send(new S3.GetObjectCommand({ Bucket: bucket, Key: key }));
    const body = Buffer.from(await got.Body.transformToByteArray());
    return { headers: got, body };
}
async function readTags({ s3, bucket }, key) {
    return sortedTags((await s3.send(new S3.GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet, (t) => t.Key);
}
/** A large object's body, streamed from the instance only when the pod has no copy of it. */
function streamedBody(s3, bucket, key, size, head) {
    const contentMd5 = md5OfEtag(head.ETag);
    return {
        size: head.ContentLength ?? size,
        ...(contentMd5 ? { contentMd5 } : {}),
        async open() {
            const got = await s3.send(new S3.GetObjectCommand({ Bucket: bucket, Key: key }));
            return got.Body;
        },
    };
}
/**
 * An object's record: taken from the pod's latest version when the listing matches what that
 * version read (only the tags read again), else read from the instance; its validator is kept
 * only when what was read can be trusted under it next time.
 */
export async function captureObject(scope, listed) {
    const { context, s3, region, bucket } = scope;
    const { key, size } = listed;
    const id = `${bucket}/${key}`;
    const validator = validatorOf(listed);
    const earlier = validator ? await context.earlier(region, OBJECT.type, id, validator) : undefined;
    if (earlier) {
        // Unchanged since the latest version read it: only its tags can have changed. Its data is
        // kept as that version stored it.
        const data = { ...earlier.data, tags: await readTags(scope, key) };
        return { region, type: OBJECT.type, id, data, ...(earlier.payload ? { payload: earlier.payload } : {}), validator };
    }
    const [fetched, tags] = await Promise.all([
        size <= INLINE_PAYLOAD_LIMIT
            ? getSmall(s3, bucket, key)
            : s3.send(new S3.HeadObjectCommand({ Bucket: bucket, Key: key })).then((headers) => ({ headers, body: undefined })),
        readTags(scope, key),
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
    return OBJECT.record(region, id, data, {
        ...(validator && trustworthy(listed, head, scope.captureStart) ? { validator } : {}),
        payload: body ? payloadOf(body) : streamedBody(s3, bucket, key, size, head),
    });
}
/** An object's tags in the query-string form PutObject takes. */
function tagging(tags) {
    if (!tags)
        return undefined;
    return new URLSearchParams(tags.map((t) => [t.Key, t.Value ?? ''])).toString();
}
/** Writes an object over any of the same key, body and all. */
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
