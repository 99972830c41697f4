/**
 * What localstack-pods keeps in an instance for itself: the record of its loads and saves that
 * `status` reads (see `status/instance-log.ts`). It is no one's state, so no capture, inspection
 * or clear sees it: S3's bucket listing, which every capture, probe and clear of buckets goes
 * through, leaves it out.
 */
/** The bucket holding the record, one object per load or save. */
export declare const STATUS_BUCKET = "localstack-pods-status";
/**
 * The account the record is kept in, where the instance switches accounts (LocalStack, MiniStack,
 * moto): bucket listings are per account, so the users' own `ListBuckets` never shows it. It
 * stays clear of LocalStack's `000000000000`, moto's `123456789012` and the test fronts' worker
 * accounts (`1000000000nn`).
 */
export declare const STATUS_ACCOUNT = "999999999999";
/** Whether a bucket is localstack-pods' own, not state of the instance. */
export declare function isReservedBucket(name: string): boolean;
