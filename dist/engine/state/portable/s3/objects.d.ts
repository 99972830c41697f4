/**
 * Objects: an object's record (headers, metadata, tags) and payload (its body), read again only
 * when the listing says the object changed since the pod's latest version read it, and written
 * back with one PutObject.
 */
import * as S3 from '@aws-sdk/client-s3';
import type { CapturedRecord, RestoredPayload, ServiceContext } from '../../module.js';
import { type Acl } from './acl.js';
import { type ListedObject, type ListedVersion } from './listing.js';
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
    /** Left out for STANDARD, which is what an object is stored as unless told otherwise. */
    storageClass?: S3.StorageClass;
    encryption?: {
        algorithm: S3.ServerSideEncryption;
        kmsKeyId?: string;
        bucketKey?: boolean;
    };
    websiteRedirect?: string;
    lock?: {
        mode?: S3.ObjectLockMode;
        retainUntil?: string;
        legalHold?: boolean;
    };
    /** The checksum the object was written with (a multipart object's, of its parts, cannot be given to PutObject). */
    checksum?: {
        algorithm: S3.ChecksumAlgorithm;
        value: string;
    };
    acl?: Acl;
};
/** Object records, identified as `bucket/key`: what a key reads as now. */
export declare const OBJECT: import("../kit/records.js").RecordKind<ObjectData>;
/**
 * The earlier versions of an object in a versioned bucket, `bucket/key@<n>` (n counts the key's
 * history from 1, oldest first), and the delete markers among them (or hiding the key now):
 * restored in that order before the object itself, so the key's history comes back in order.
 */
export declare const VERSION: import("../kit/records.js").RecordKind<ObjectData>;
export declare const DELETE_MARKER: import("../kit/records.js").RecordKind<ObjectData>;
/** Every kind of record of an object, in a bucket's restore. */
export declare const OBJECT_KINDS: import("../kit/records.js").RecordKind<ObjectData>[];
/** Where objects are captured: one bucket of one region, and what capture needs throughout. */
export type ObjectScope = {
    readonly context: ServiceContext;
    readonly s3: S3.S3Client;
    readonly region: string;
    readonly bucket: string;
    /** The instance's time when capture began (see `trustworthy`). */
    readonly captureStart: number | undefined;
    /**
     * Whether the bucket has object lock: an object's retention and legal hold change without a
     * new LastModified, so its record is never taken from an earlier version of the pod.
     */
    readonly objectLock: boolean;
};
/**
 * An object's record: taken from the pod's latest version when the listing matches what that
 * version read (only the tags read again), else read from the instance; its validator is kept
 * only when what was read can be trusted under it next time.
 */
export declare function captureObject(scope: ObjectScope, listed: ListedObject): Promise<CapturedRecord>;
/**
 * The records of a key's history in a versioned bucket, oldest first: its earlier versions and
 * delete markers, then what it reads as now (the object, or the delete marker hiding it).
 */
export declare function captureHistory(scope: ObjectScope, history: readonly ListedVersion[]): Promise<CapturedRecord[]>;
/** Puts a delete marker on a key of a versioned bucket, as deleting it does. */
export declare function restoreDeleteMarker(s3: S3.S3Client, o: ObjectData): Promise<void>;
/** Writes an object over any of the same key, body and all (in a versioned bucket, as its newest version). */
export declare function restoreObject(s3: S3.S3Client, o: ObjectData, payload: RestoredPayload | undefined): Promise<void>;
