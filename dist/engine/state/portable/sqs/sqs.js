import * as SQS from '@aws-sdk/client-sqs';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { clientOf, eachRegion, regionsWhere, reportFailure, restoreContainers } from '../kit/index.js';
import { DETAIL_CONCURRENCY } from './limits.js';
import { peekMessages } from './peek.js';
import { captureMessages, messageCount } from './receive.js';
import { MESSAGE, QUEUE } from './records.js';
import { captureQueue, queueUrls, restoreQueue, setLater } from './queues.js';
import { MessageBatches } from './send.js';
const client = clientOf(SQS.SQSClient);
const capture = eachRegion(async function* (context, region) {
    const sqs = client(context, region);
    const queues = mapOrdered(await queueUrls(sqs), DETAIL_CONCURRENCY, async (url) => ({ url, data: await captureQueue(sqs, url) }));
    for await (const { url, data } of queues) {
        yield QUEUE.record(region, data.name, data);
        const held = await messageCount(sqs, url);
        // LocalStack lists messages without receiving them; elsewhere they are received and released.
        const captured = context.target.brand === 'localstack'
            ? yield* peekMessages(context.target.endpoint, context.config(region), region, data.name, url)
            : yield* captureMessages(sqs, region, data.name, url);
        if (captured < held) {
            context.warn(QUEUE.label(data.name), `captured ${captured} of about ${held} messages: the others were in flight with a consumer, delayed, or held back by FIFO grouping`);
        }
    }
});
const regionsWithState = regionsWhere(async (context, region) => ((await client(context, region).send(new SQS.ListQueuesCommand({ MaxResults: 1 }))).QueueUrls ?? []).length > 0);
async function clear(context, region) {
    const sqs = client(context, region);
    await forEachLimit(await queueUrls(sqs), DETAIL_CONCURRENCY, async (url) => {
        await sqs.send(new SQS.DeleteQueueCommand({ QueueUrl: url }));
    });
}
async function restore(context, region, records) {
    const sqs = client(context, region);
    // Attributes held back are set later; a refusal is the queue's, and the rest goes on.
    const setHeldBack = (open, attributes) => reportFailure(context, QUEUE.label(open.name), () => setLater(sqs, open.queue, attributes));
    // Redrive policies name other queues, so they are set once every queue exists.
    const redrives = [];
    await restoreContainers(context, records, {
        container: QUEUE,
        content: MESSAGE,
        containerOf: (message) => message.queue,
        restoreContainer: async (data) => {
            const queue = await restoreQueue(sqs, data);
            const open = { name: data.name, queue, messages: new MessageBatches(context, sqs, queue.url) };
            if (queue.redrivePolicy)
                redrives.push([open, queue.redrivePolicy]);
            return open;
        },
        restoreContent: async (message, open, record) => {
            if (open)
                await open.messages.add(MESSAGE.label(record.id), message);
            else
                context.fail(MESSAGE.label(record.id), new Error(`The pod holds no queue "${message.queue}" before this message.`));
        },
        concurrency: 1,
        finish: async (open) => {
            await open?.messages.flush();
            if (open?.queue.delaySeconds)
                await setHeldBack(open, { DelaySeconds: open.queue.delaySeconds });
        },
    });
    for (const [open, policy] of redrives)
        await setHeldBack(open, { RedrivePolicy: policy });
}
/** SQS: standard and FIFO queues (attributes, redrive, policy, tags) and the messages in them, in order. */
export const sqs = {
    name: 'sqs',
    dependsOn: ['kms'],
    capture,
    regionsWithState,
    clear,
    restore,
    requests: { deliversTo: ['lambda'] },
};
