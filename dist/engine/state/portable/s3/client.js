import * as S3 from '@aws-sdk/client-s3';
import { TRYING_ONCE } from '../../../target/retry.js';
import { clientOf } from '../kit/index.js';
/**
 * The S3 client of a context and region, for every module that reads or writes buckets.
 * Checksums only when S3 requires them: emulators differ in the trailing checksums they accept.
 */
export const S3_CLIENT_SETTINGS = { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' };
export const s3Client = clientOf(S3.S3Client, S3_CLIENT_SETTINGS);
/**
 * The same, trying each call once: for a read an emulator fails for good with a 500 (moto's
 * GetObjectAcl of an object uploaded in parts, which has no ACL there), where the SDK's retries
 * would cost seconds per object.
 */
export const s3ClientTryingOnce = clientOf(S3.S3Client, { ...S3_CLIENT_SETTINGS, retryStrategy: TRYING_ONCE });
