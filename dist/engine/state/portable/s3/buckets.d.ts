/**
 * Buckets: where each is (S3 lists every bucket from any region), the settings a bucket's record
 * holds, and making buckets exist as the pod has them or go away with their objects.
 */
import * as S3 from '@aws-sdk/client-s3';
import type { ServiceContext } from '../../module.js';
/** A bucket's record: where it is and its settings (tags, policy, CORS, versioning). */
export type BucketData = {
    name: string;
    region: string;
    tags?: S3.Tag[];
    policy?: string;
    cors?: S3.CORSRule[];
    versioning?: string;
};
/** Bucket records, identified by the bucket's name. */
export declare const BUCKET: import("../kit/records.js").RecordKind<BucketData>;
/** The account's buckets, or those of them named in `only`, with their regions, by name. */
export declare function bucketsByRegion(s3: S3.S3Client, only?: ReadonlySet<string>): Promise<{
    name: string;
    region: string;
}[]>;
/** A bucket's settings, those it has not set left out. */
export declare function captureBucket(s3: S3.S3Client, name: string, region: string): Promise<BucketData>;
/** Creates the bucket unless the account has it, then sets what the pod holds of its settings. */
export declare function restoreBucket(s3: S3.S3Client, bucket: BucketData): Promise<void>;
/** Deletes the buckets of one region, or those of them named in `only`, with their objects. */
export declare function clearBuckets(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void>;
