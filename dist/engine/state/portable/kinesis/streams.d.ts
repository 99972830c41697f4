/**
 * Kinesis streams and their settings: listing a region's streams, reading a stream's settings as
 * the pod keeps them, creating a stream or bringing an existing one's settings to the pod's, and
 * deleting one.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
import type { ServiceContext } from '../../module.js';
/** A stream's settings, as the pod keeps them. */
export type StreamData = {
    name: string;
    mode: Kinesis.StreamMode;
    /** Open shards of a provisioned stream; on-demand streams size themselves. */
    shardCount?: number;
    retentionHours: number;
    encryptionKeyId?: string;
    shardLevelMetrics?: Kinesis.MetricsName[];
    consumers?: string[];
    tags?: Kinesis.Tag[];
    resourcePolicy?: string;
};
/**
 * The streams that live in `region`, sorted. LocalStack's kinesis-mock answers for regions it
 * does not know with the streams of its default region, so each stream's ARN is checked.
 */
export declare function streamsInRegion(kin: Kinesis.KinesisClient, region: string): Promise<string[]>;
/** A stream's settings as the pod keeps them; undefined when the stream is gone. */
export declare function describeStream(kin: Kinesis.KinesisClient, name: string): Promise<StreamData | undefined>;
/** Deletes a stream with its consumers, and waits until it is gone. */
export declare function deleteStream(kin: Kinesis.KinesisClient, name: string): Promise<void>;
/**
 * Creates the stream, or updates the settings of an existing one; settings the instance rejects
 * are reported and the records still go in. Returns whether the pod's records go in: only into a
 * stream this restore created, as appending them to an existing stream (one restored from the
 * same pod, typically) would repeat every record.
 */
export declare function restoreStream(context: ServiceContext, kin: Kinesis.KinesisClient, s: StreamData): Promise<boolean>;
