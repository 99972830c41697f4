import * as S3 from '@aws-sdk/client-s3';
/** An object as a bucket listing describes it. */
export interface ListedObject {
    readonly key: string;
    readonly size: number;
    readonly etag?: string;
    readonly lastModified?: Date;
}
export declare function listObjects(s3: S3.S3Client, bucket: string): AsyncGenerator<ListedObject>;
/**
 * An object's validator: its ETag, size and LastModified as the listing gives them. Any write
 * of an object (new body, new headers or metadata through a copy) gives it a new
 * LastModified; a change of tags does not, so tags are read on every save.
 */
export declare function validatorOf(o: ListedObject): string | undefined;
/**
 * Whether what a GET or HEAD read can be trusted under the listing's validator next time. The
 * headers must describe the listed object (it did not change in between), and it must have
 * been written at least two seconds before the instance's clock said capture began:
 * LastModified has whole seconds, so an object written again within the second it was read
 * could keep ETag and LastModified with other headers (git's "racily clean" files), and the
 * second more covers a clock that rounds where the other truncates.
 */
export declare function trustworthy(o: ListedObject, read: ObjectHeaders, captureStart: number | undefined): boolean;
/** What the headers of a HEAD or GET say about an object. */
export type ObjectHeaders = Pick<S3.HeadObjectCommandOutput, 'ContentType' | 'ContentEncoding' | 'ContentDisposition' | 'ContentLanguage' | 'CacheControl' | 'Metadata' | 'ContentLength' | 'ETag' | 'LastModified' | 'StorageClass' | 'ServerSideEncryption' | 'SSEKMSKeyId' | 'BucketKeyEnabled' | 'WebsiteRedirectLocation' | 'ObjectLockMode' | 'ObjectLockRetainUntilDate' | 'ObjectLockLegalHoldStatus' | 'ChecksumCRC32' | 'ChecksumCRC32C' | 'ChecksumCRC64NVME' | 'ChecksumSHA1' | 'ChecksumSHA256'>;
/** One entry of a key's history in a versioned bucket: a version of the object, or a delete marker. */
export type ListedVersion = ListedObject & {
    readonly versionId: string | undefined;
    readonly deleteMarker: boolean;
    /** The entry the key reads as now (the object, or the marker that hides it). */
    readonly latest: boolean;
};
/**
 * The history of each key of a versioned bucket, oldest entry first, key after key in the
 * listing's order. S3 lists versions and delete markers apart, each newest first within a key,
 * and a key's entries may run on into the next page.
 */
export declare function listHistory(s3: S3.S3Client, bucket: string): AsyncGenerator<ListedVersion[]>;
