/**
 * Buckets: where each is (S3 lists every bucket from any region), the settings a bucket's record
 * holds, and making buckets exist as the pod has them or go away with their objects.
 */
import * as S3 from '@aws-sdk/client-s3';
import type { ServiceContext } from '../../module.js';
import { type BucketSettings } from './settings.js';
/** A bucket's record: where it is and its configurations (see `settings.ts`). */
export type BucketData = {
    name: string;
    region: string;
} & BucketSettings;
/** Bucket records, identified by the bucket's name. */
export declare const BUCKET: import("../kit/records.js").RecordKind<BucketData>;
/**
 * The account's buckets, or those of them named in `only`, with their regions, by name. Every
 * capture, probe and clear of buckets starts here, so localstack-pods' own bucket is left out
 * here, once.
 */
export declare function bucketsByRegion(s3: S3.S3Client, only?: ReadonlySet<string>): Promise<{
    name: string;
    region: string;
}[]>;
/** A bucket's record: its region and the configurations it has set. */
export declare function captureBucket(s3: S3.S3Client, name: string, region: string): Promise<BucketData>;
/**
 * Creates the bucket unless the account has it (with object lock, which only a new bucket can
 * turn on), then brings its configurations to the pod's; `later` takes those that wait for the
 * rest of the load.
 */
export declare function restoreBucket(s3: S3.S3Client, bucket: BucketData, later: (work: () => Promise<unknown>) => void): Promise<void>;
/** Deletes the buckets of one region, or those of them named in `only`, with their objects. */
export declare function clearBuckets(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void>;
