import * as S3 from '@aws-sdk/client-s3';
import { type ClientFactory } from '../kit/index.js';
/**
 * The S3 client of a context and region, for every module that reads or writes buckets.
 * Checksums only when S3 requires them: emulators differ in the trailing checksums they accept.
 */
export declare const s3Client: ClientFactory<S3.S3Client>;
