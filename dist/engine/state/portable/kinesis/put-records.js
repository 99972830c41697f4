/**
 * Putting a pod's records back into a stream: gathered into PutRecords batches within the call's
 * limits, one batch in flight, each record reported by itself.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
import { Batches, sendUntilDone } from '../kit/index.js';
/** PutRecords' limits per call: records, and bytes of data and partition keys. */
const PUT_BATCH_RECORDS = 500;
const PUT_BATCH_BYTES = 5 * 1024 * 1024;
/**
 * Writes one batch in order, sending again the records the stream turned away; a batch the
 * stream keeps turning away is reported as a range of records.
 */
async function putBatch(context, kin, batch) {
    try {
        await sendUntilDone(batch, async (entries) => {
            const answer = await kin.send(new Kinesis.PutRecordsCommand({
                StreamName: entries[0].data.stream,
                Records: entries.map((e) => ({ PartitionKey: e.data.partitionKey, Data: e.bytes, ExplicitHashKey: e.data.explicitHashKey })),
            }));
            const results = answer.Records ?? [];
            return entries.filter((_, i) => results[i]?.ErrorCode !== undefined);
        }, (count) => `${count} records stayed rejected`);
        for (const { label } of batch)
            context.progress(label);
    }
    catch (error) {
        context.fail(`records ${batch[0].id} to ${batch[batch.length - 1].id}`, error);
    }
}
/**
 * The records of a restore, in the pod's order. One batch is in flight at a time, so records of
 * one partition key keep their order across batches.
 */
export class RecordWriter {
    batches;
    constructor(context, kin) {
        this.batches = new Batches({ entries: PUT_BATCH_RECORDS, bytes: PUT_BATCH_BYTES }, (batch) => putBatch(context, kin, batch));
    }
    /** Takes in the record `id` of a stream, reported as `label`. */
    add(id, label, data) {
        const bytes = new Uint8Array(Buffer.from(data.data, 'base64'));
        return this.batches.add({ id, label, data, bytes }, bytes.length + Buffer.byteLength(data.partitionKey), data.stream);
    }
    /** Puts what is left, and waits for it. */
    flush() {
        return this.batches.flush();
    }
}
