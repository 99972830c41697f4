/**
 * Objects: an object's record (headers, metadata, tags) and payload (its body), read again only
 * when the listing says the object changed since the pod's latest version read it, and written
 * back with one PutObject.
 */
import * as S3 from '@aws-sdk/client-s3';
import type { CapturedRecord, RestoredPayload, ServiceContext } from '../../module.js';
import { type ListedObject } from './listing.js';
/** Objects whose head and tags are read, or which are written or deleted, at once. */
export declare const OBJECT_CONCURRENCY = 16;
/** An object's headers, metadata and tags; the body is the record's payload. */
export type ObjectData = {
    bucket: string;
    key: string;
    contentType?: string;
    contentEncoding?: string;
    contentDisposition?: string;
    contentLanguage?: string;
    cacheControl?: string;
    metadata?: Record<string, string>;
    tags?: S3.Tag[];
};
/** Object records, identified as `bucket/key`. */
export declare const OBJECT: import("../kit/records.js").RecordKind<ObjectData>;
/** Where objects are captured: one bucket of one region, and what capture needs throughout. */
export type ObjectScope = {
    readonly context: ServiceContext;
    readonly s3: S3.S3Client;
    readonly region: string;
    readonly bucket: string;
    /** The instance's time when capture began (see `trustworthy`). */
    readonly captureStart: number | undefined;
};
/**
 * An object's record: taken from the pod's latest version when the listing matches what that
 * version read (only the tags read again), else read from the instance; its validator is kept
 * only when what was read can be trusted under it next time.
 */
export declare function captureObject(scope: ObjectScope, listed: ListedObject): Promise<CapturedRecord>;
/** Writes an object over any of the same key, body and all. */
export declare function restoreObject(s3: S3.S3Client, o: ObjectData, payload: RestoredPayload | undefined): Promise<void>;
