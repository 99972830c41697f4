/**
 * Objects: an object's record (headers, metadata, tags) and payload (its body), read again only
 * when the listing says the object changed since the pod's latest version read it, and written
 * back with one PutObject.
 */
import * as S3 from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { INLINE_PAYLOAD_LIMIT } from '../../../pod/records.js';
import { recordKind, sortedRecord, sortedTags, payloadOf } from '../kit/index.js';
import { aclOf, grantHeaders } from './acl.js';
import { s3ClientTryingOnce } from './client.js';
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
    const got = await s3.send(new S3.GetObjectCommand({ Bucket: bucket, Key: key, VersionId, ChecksumMode: 'ENABLED' }));
    const body = Buffer.from(await got.Body.transformToByteArray());
    return { headers: got, body };
}
/** What changes of an object without a new LastModified: its tags and ACL. */
async function readGrants({ context, region, s3, bucket }, key, VersionId) {
    const [tagging, acl] = await Promise.all([
        s3.send(new S3.GetObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId })),
        // An ACL the instance cannot answer for (moto, for an object uploaded in parts) is the default one.
        s3ClientTryingOnce(context, region)
            .send(new S3.GetObjectAclCommand({ Bucket: bucket, Key: key, VersionId }))
            .catch((error) => (error.$metadata?.httpStatusCode ?? 0) >= 500 ? undefined : Promise.reject(error)),
    ]);
    return { tags: sortedTags(tagging.TagSet, (t) => t.Key), acl: aclOf(acl) };
}
const CHECKSUMS = ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'];
function checksumOf(head) {
    for (const algorithm of CHECKSUMS) {
        const value = head[`Checksum${algorithm}`];
        if (value && !value.includes('-'))
            return { algorithm, value };
    }
    return undefined;
}
/** How an object is stored, as its headers say, each left out when it is S3's default. */
function storageOf(head) {
    const lock = {
        mode: head.ObjectLockMode,
        retainUntil: head.ObjectLockRetainUntilDate?.toISOString().replace('.000Z', 'Z'),
        legalHold: head.ObjectLockLegalHoldStatus === 'ON' || undefined,
    };
    return {
        storageClass: head.StorageClass && head.StorageClass !== 'STANDARD' ? head.StorageClass : undefined,
        encryption: head.ServerSideEncryption
            ? { algorithm: head.ServerSideEncryption, kmsKeyId: head.SSEKMSKeyId, bucketKey: head.BucketKeyEnabled || undefined }
            : undefined,
        websiteRedirect: head.WebsiteRedirectLocation,
        lock: lock.mode || lock.legalHold ? lock : undefined,
        checksum: checksumOf(head),
    };
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
    const [fetched, grants] = await Promise.all([
        size <= INLINE_PAYLOAD_LIMIT
            ? getSmall(s3, bucket, key, VersionId)
            : s3
                .send(new S3.HeadObjectCommand({ Bucket: bucket, Key: key, VersionId, ChecksumMode: 'ENABLED' }))
                .then((headers) => ({ headers, body: undefined })),
        readGrants(scope, key, VersionId),
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
        ...grants,
        ...storageOf(head),
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
    const earlier = validator && !scope.objectLock ? await context.earlier(region, OBJECT.type, id, validator) : undefined;
    if (earlier) {
        // Unchanged since the latest version read it: only its tags and ACL can have changed. Its
        // data is kept as that version stored it.
        const data = { ...earlier.data, ...(await readGrants(scope, key)) };
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
/**
 * The body and the integrity header PutObject needs of it: the object's own checksum, or (where
 * object lock asks for one and the object has none) the MD5 of the body, which is then read whole.
 */
async function bodyOf(o, payload) {
    const body = payload ? await payload.open() : undefined;
    if (o.checksum)
        return { Body: body ?? '', ChecksumAlgorithm: o.checksum.algorithm, [`Checksum${o.checksum.algorithm}`]: o.checksum.value };
    if (!o.lock)
        return { Body: body ?? '' };
    const bytes = body ? Buffer.concat(await body.toArray()) : Buffer.alloc(0);
    return { Body: bytes, ContentMD5: createHash('md5').update(bytes).digest('base64') };
}
/** Writes an object over any of the same key, body and all (in a versioned bucket, as its newest version). */
export async function restoreObject(s3, o, payload) {
    const written = await s3.send(new S3.PutObjectCommand({
        Bucket: o.bucket,
        Key: o.key,
        ...(await bodyOf(o, payload)),
        ContentLength: payload?.size ?? 0,
        ContentType: o.contentType,
        ContentEncoding: o.contentEncoding,
        ContentDisposition: o.contentDisposition,
        ContentLanguage: o.contentLanguage,
        CacheControl: o.cacheControl,
        Metadata: o.metadata,
        Tagging: tagging(o.tags),
        StorageClass: o.storageClass,
        ServerSideEncryption: o.encryption?.algorithm,
        SSEKMSKeyId: o.encryption?.kmsKeyId,
        BucketKeyEnabled: o.encryption?.bucketKey,
        WebsiteRedirectLocation: o.websiteRedirect,
        ObjectLockMode: o.lock?.mode,
        ObjectLockRetainUntilDate: o.lock?.retainUntil ? new Date(o.lock.retainUntil) : undefined,
        ObjectLockLegalHoldStatus: o.lock?.legalHold ? 'ON' : undefined,
    }));
    if (o.acl) {
        const VersionId = written.VersionId;
        const current = await s3.send(new S3.GetObjectAclCommand({ Bucket: o.bucket, Key: o.key, VersionId }));
        await s3.send(new S3.PutObjectAclCommand({ Bucket: o.bucket, Key: o.key, VersionId, ...grantHeaders(o.acl, current.Owner) }));
    }
}
