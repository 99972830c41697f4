import * as S3 from '@aws-sdk/client-s3';
import { clientOf } from '../kit/index.js';
/**
 * The S3 client of a context and region, for every module that reads or writes buckets.
 * Checksums only when S3 requires them: emulators differ in the trailing checksums they accept.
 */
export const s3Client = clientOf(S3.S3Client, {
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
});
