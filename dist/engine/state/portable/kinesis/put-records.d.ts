/**
 * Putting a pod's records back into a stream: gathered into PutRecords batches within the call's
 * limits, one batch in flight, each record reported by itself.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
import type { ServiceContext } from '../../module.js';
import type { StreamRecordData } from './stream-records.js';
/**
 * The records of a restore, in the pod's order. One batch is in flight at a time, so records of
 * one partition key keep their order across batches.
 */
export declare class RecordWriter {
    private readonly batches;
    constructor(context: ServiceContext, kin: Kinesis.KinesisClient);
    /** Takes in the record `id` of a stream, reported as `label`. */
    add(id: string, label: string, data: StreamRecordData): Promise<void>;
    /** Puts what is left, and waits for it. */
    flush(): Promise<void>;
}
