import * as S3 from '@aws-sdk/client-s3';
import { type ClientFactory } from '../kit/index.js';
export declare const s3Client: ClientFactory<S3.S3Client>;
/**
 * The same, trying each call once: for a read an emulator fails for good with a 500 (moto's
 * GetObjectAcl of an object uploaded in parts, which has no ACL there), where the SDK's retries
 * would cost seconds per object.
 */
export declare const s3ClientTryingOnce: ClientFactory<S3.S3Client>;
