/**
 * Reading a queue's messages at capture without taking them from their consumers: each is hidden
 * only while the queue is read, then visible again.
 */
import * as SQS from '@aws-sdk/client-sqs';
import { forEachLimit } from '../../../util/concurrency.js';
import { chunks } from '../kit/index.js';
import { BATCH_ENTRIES, DETAIL_CONCURRENCY } from './limits.js';
import { messageData } from './messages.js';
import { MESSAGE, messageId } from './records.js';
/**
 * How long captured messages stay hidden: long enough that none reappears (and is counted
 * twice) while the queue is read, short enough that a crashed save releases them soon.
 */
const CAPTURE_VISIBILITY_SECONDS = 600;
/** Hands the received messages back: visible at once, as before the capture. */
async function release(sqs, url, handles) {
    const entries = [...handles.values()].map((ReceiptHandle, i) => ({ Id: String(i), ReceiptHandle, VisibilityTimeout: 0 }));
    // A message deleted by its consumer meanwhile fails its entry, which is what it should do.
    await forEachLimit(chunks(entries, BATCH_ENTRIES), DETAIL_CONCURRENCY, async (Entries) => {
        await sqs.send(new SQS.ChangeMessageVisibilityBatchCommand({ QueueUrl: url, Entries }));
    });
}
/**
 * Reads every receivable message of the queue `name` at `url` in queue order, keeping each
 * hidden until the queue is read so that the next receive returns new ones, then visible again;
 * returns how many it read. Messages in flight elsewhere or delayed cannot be received, and a
 * FIFO queue hands out no more of a group while some are hidden.
 */
export async function* captureMessages(sqs, region, name, url) {
    // Message id → latest receipt handle; bodies are yielded, not kept.
    const handles = new Map();
    let index = 0;
    try {
        for (;;) {
            const received = await sqs.send(new SQS.ReceiveMessageCommand({
                QueueUrl: url,
                MaxNumberOfMessages: BATCH_ENTRIES,
                VisibilityTimeout: CAPTURE_VISIBILITY_SECONDS,
                // Explicit, or a queue's ReceiveMessageWaitTimeSeconds would make the last receive wait.
                WaitTimeSeconds: 0,
                MessageAttributeNames: ['All'],
                MessageSystemAttributeNames: ['MessageGroupId', 'MessageDeduplicationId', 'AWSTraceHeader'],
            }));
            const fresh = (received.Messages ?? []).filter((m) => !handles.has(m.MessageId));
            for (const m of received.Messages ?? [])
                handles.set(m.MessageId, m.ReceiptHandle);
            if (fresh.length === 0)
                return index;
            for (const m of fresh) {
                index += 1;
                yield MESSAGE.record(region, messageId(name, index), messageData(name, m));
            }
        }
    }
    finally {
        await release(sqs, url, handles);
    }
}
/** Messages the queue holds, visible or not, as SQS estimates them before a capture. */
export async function messageCount(sqs, url) {
    const names = ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'];
    const { Attributes = {} } = await sqs.send(new SQS.GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...names] }));
    return names.reduce((sum, name) => sum + Number(Attributes[name] ?? 0), 0);
}
