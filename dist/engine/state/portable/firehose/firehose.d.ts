import type { ServiceModule } from '../../module.js';
/**
 * Kinesis Data Firehose: delivery streams (direct or from a Kinesis stream, with encryption and
 * tags) to S3, extended S3 (processing, format conversion, dynamic partitioning, backup) or an
 * HTTP endpoint. Records in flight are not kept: Firehose has no API that reads them.
 */
export declare const firehose: ServiceModule;
