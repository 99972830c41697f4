/** Putting a queue's messages back: batched within SendMessageBatch's limits, each message reported by itself. */
import * as SQS from '@aws-sdk/client-sqs';
import { Batches } from '../kit/index.js';
import { BATCH_ENTRIES } from './limits.js';
import { entrySize, messageEntry } from './messages.js';
/** What SendMessageBatch takes in one call, summed over the entries (the classic SQS limit). */
const BATCH_BYTES = 256 * 1024;
/**
 * Sends one batch. Each message is reported as its own entry fares: SQS accepts or refuses the
 * entries of a batch one by one.
 */
async function sendBatch(context, sqs, url, batch) {
    try {
        const Entries = batch.map(({ entry }, i) => ({ ...entry, Id: String(i) }));
        const sent = await sqs.send(new SQS.SendMessageBatchCommand({ QueueUrl: url, Entries }));
        for (const failed of sent.Failed ?? [])
            context.fail(batch[Number(failed.Id)].label, new Error(`${failed.Code}: ${failed.Message}`));
        for (const ok of sent.Successful ?? [])
            context.progress(batch[Number(ok.Id)].label);
    }
    catch (error) {
        for (const { label } of batch)
            context.fail(label, error);
    }
}
/** The messages of one queue on their way back in, in the pod's order, in batches as full as SQS takes them. */
export class MessageBatches {
    batches;
    constructor(context, sqs, url) {
        this.batches = new Batches({ entries: BATCH_ENTRIES, bytes: BATCH_BYTES }, (batch) => sendBatch(context, sqs, url, batch));
    }
    /** Takes a message in, reported as `label`. */
    add(label, message) {
        const entry = messageEntry(message);
        return this.batches.add({ label, entry }, entrySize(entry));
    }
    /** Sends what is left, and waits for it. */
    flush() {
        return this.batches.flush();
    }
}
