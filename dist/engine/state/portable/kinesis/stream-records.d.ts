/**
 * Reading a stream's records, shard by shard, in the form the pod keeps them: with what a
 * PutRecords needs to put each back into the same part of the hash space.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
/** A record of a stream, as the pod keeps it. */
export type StreamRecordData = {
    stream: string;
    partitionKey: string;
    /** Base64. */
    data: string;
    explicitHashKey?: string;
};
/**
 * Every record of a stream, shard after shard from TRIM_HORIZON until caught up. Reading moves
 * no checkpoint in Kinesis, so the stream is left as it was.
 */
export declare function streamRecords(kin: Kinesis.KinesisClient, name: string): AsyncGenerator<StreamRecordData>;
