/**
 * A bucket's configurations: each read into the bucket's record when the bucket has it set, and
 * written back, or removed from a bucket that has it when the pod does not. What an emulator does
 * not implement is neither read nor written.
 */
import * as S3 from '@aws-sdk/client-s3';
import { type Acl } from './acl.js';
/** A bucket's configurations as its record holds them, each in the API's own shape. */
export type BucketSettings = {
    tags?: S3.Tag[];
    policy?: string;
    cors?: S3.CORSRule[];
    versioning?: string;
    objectLock?: S3.ObjectLockConfiguration;
    encryption?: S3.ServerSideEncryptionConfiguration;
    lifecycle?: S3.BucketLifecycleConfiguration;
    publicAccessBlock?: S3.PublicAccessBlockConfiguration;
    ownershipControls?: S3.OwnershipControls;
    acl?: Acl;
    website?: S3.WebsiteConfiguration;
    accelerate?: S3.AccelerateConfiguration;
    requestPayment?: S3.RequestPaymentConfiguration;
    logging?: S3.BucketLoggingStatus;
    replication?: S3.ReplicationConfiguration;
    notification?: S3.NotificationConfiguration;
    analytics?: S3.AnalyticsConfiguration[];
    inventory?: S3.InventoryConfiguration[];
    metrics?: S3.MetricsConfiguration[];
    intelligentTiering?: S3.IntelligentTieringConfiguration[];
};
/** The configurations a bucket has set. */
export declare function readSettings(s3: S3.S3Client, Bucket: string): Promise<BucketSettings>;
/**
 * Brings a bucket's configurations to `wanted`: written when it holds one, removed when it does
 * not and the bucket existed before (a new bucket has none). `later` takes the configurations
 * that wait for the rest of the load.
 */
export declare function writeSettings(s3: S3.S3Client, Bucket: string, wanted: BucketSettings, existed: boolean, later: (work: () => Promise<unknown>) => void): Promise<void>;
