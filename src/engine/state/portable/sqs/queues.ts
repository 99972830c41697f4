/**
 * Queues themselves: listed, read (settable attributes, tags), and created or overwritten at
 * restore with the attributes that must wait held back.
 */
import * as SQS from '@aws-sdk/client-sqs';
import { collect, isNamed, replaceTags, sortBy, sortedRecord, unlessMissing } from '../kit/index.js';
import { BATCH_ENTRIES } from './limits.js';
import type { QueueData } from './records.js';

/** Queue attributes that can be set; the rest are counters, timestamps and the ARN. */
const SETTABLE_ATTRIBUTES: readonly string[] = [
  'ContentBasedDeduplication',
  'DeduplicationScope',
  'DelaySeconds',
  'FifoQueue',
  'FifoThroughputLimit',
  'KmsDataKeyReusePeriodSeconds',
  'KmsMasterKeyId',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'Policy',
  'ReceiveMessageWaitTimeSeconds',
  'RedriveAllowPolicy',
  'RedrivePolicy',
  'SqsManagedSseEnabled',
  'VisibilityTimeout',
];

/** The names the SDK and older emulators give a purge that came too soon after the last. */
const PURGE_IN_PROGRESS = ['PurgeQueueInProgress', 'AWS.SimpleQueueService.PurgeQueueInProgress'];

function queueName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/** The URLs of a region's queues, sorted by queue name. */
export async function queueUrls(sqs: SQS.SQSClient): Promise<string[]> {
  return sortBy(await collect(SQS.paginateListQueues({ client: sqs }, { MaxResults: 1000 }), (page) => page.QueueUrls), queueName);
}

/** A queue's settable attributes and its tags. */
export async function captureQueue(sqs: SQS.SQSClient, url: string): Promise<QueueData> {
  const [attributes, tags] = await Promise.all([
    sqs.send(new SQS.GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })),
    sqs.send(new SQS.ListQueueTagsCommand({ QueueUrl: url })),
  ]);
  // A standard queue is one without FifoQueue; some emulators answer `false`, which creation may refuse.
  const settable = Object.entries(attributes.Attributes ?? {}).filter(
    ([name, value]) => SETTABLE_ATTRIBUTES.includes(name) && value !== '' && !(name === 'FifoQueue' && value !== 'true'),
  );
  return { name: queueName(url), attributes: sortedRecord(Object.fromEntries(settable)) ?? {}, tags: sortedRecord(tags.Tags) };
}

/** Deletes a queue's messages; SQS allows one purge a minute, so a second one drains instead. */
async function emptyQueue(sqs: SQS.SQSClient, url: string): Promise<void> {
  try {
    await sqs.send(new SQS.PurgeQueueCommand({ QueueUrl: url }));
    return;
  } catch (error) {
    if (!isNamed(error, PURGE_IN_PROGRESS)) throw error;
  }
  for (;;) {
    const received = await sqs.send(
      new SQS.ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: BATCH_ENTRIES, VisibilityTimeout: 60, WaitTimeSeconds: 0 }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return;
    await sqs.send(
      new SQS.DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  }
}

/** A queue as `restoreQueue` left it: what it still lacks of the pod's attributes. */
export type RestoredQueue = {
  url: string;
  policy?: string;
  /** The queue's own delay, set once its messages are in (they are sent undelayed). */
  delaySeconds?: string;
  /** Set once every queue exists, as it names another (the dead-letter queue). */
  redrivePolicy?: string;
};

/** Brings an existing queue to the pod's attributes and tags, and empties it. */
async function overwriteQueue(sqs: SQS.SQSClient, QueueUrl: string, attributes: Record<string, string>, tags: QueueData['tags']): Promise<void> {
  // SQS refuses to change FifoQueue, and a queue of this name has the same kind.
  const { FifoQueue: _fifo, ...changeable } = attributes;
  await sqs.send(new SQS.SetQueueAttributesCommand({ QueueUrl, Attributes: changeable }));
  const current = Object.keys((await sqs.send(new SQS.ListQueueTagsCommand({ QueueUrl }))).Tags ?? {});
  await replaceTags(current, Object.keys(tags ?? {}), {
    untag: (TagKeys) => sqs.send(new SQS.UntagQueueCommand({ QueueUrl, TagKeys })),
    tag: () => sqs.send(new SQS.TagQueueCommand({ QueueUrl, Tags: tags })),
  });
  // The pod's messages replace the queue's: they have no identity to merge by.
  await emptyQueue(sqs, QueueUrl);
}

/**
 * Creates or overwrites a queue, empty, without redrive (its dead-letter queue may come later)
 * and without delay.
 */
export async function restoreQueue(sqs: SQS.SQSClient, queue: QueueData): Promise<RestoredQueue> {
  const { RedrivePolicy: redrivePolicy, DelaySeconds: delaySeconds, ...attributes } = queue.attributes;
  const delayed = delaySeconds !== undefined && delaySeconds !== '0';
  if (delaySeconds !== undefined) attributes.DelaySeconds = '0';
  const existing = (await unlessMissing(sqs.send(new SQS.GetQueueUrlCommand({ QueueName: queue.name }))))?.QueueUrl;
  if (existing) await overwriteQueue(sqs, existing, attributes, queue.tags);
  const url = existing ?? (await sqs.send(new SQS.CreateQueueCommand({ QueueName: queue.name, Attributes: attributes, tags: queue.tags }))).QueueUrl!;
  return { url, policy: queue.attributes.Policy, delaySeconds: delayed ? delaySeconds : undefined, redrivePolicy };
}

/** Sets attributes after the creation; moto drops a queue's policy when a call leaves it out. */
export async function setLater(sqs: SQS.SQSClient, queue: RestoredQueue, attributes: Record<string, string>): Promise<void> {
  const Attributes = { ...attributes, ...(queue.policy ? { Policy: queue.policy } : {}) };
  await sqs.send(new SQS.SetQueueAttributesCommand({ QueueUrl: queue.url, Attributes }));
}
