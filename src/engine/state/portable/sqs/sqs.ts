import {
  ChangeMessageVisibilityBatchCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  paginateListQueues,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SetQueueAttributesCommand,
  SQSClient,
  TagQueueCommand,
  UntagQueueCommand,
  type Message,
  type MessageAttributeValue,
  type SendMessageBatchRequestEntry,
} from '@aws-sdk/client-sqs';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';

/** Queues whose attributes and tags are read, or batches whose visibility is reset, at once. */
const DETAIL_CONCURRENCY = 8;

/** The most entries SQS takes in one batch call, and the most messages one receive returns. */
const BATCH_ENTRIES = 10;

/** What SendMessageBatch takes in one call, summed over the entries (the classic SQS limit). */
const BATCH_BYTES = 256 * 1024;

/**
 * How long captured messages stay hidden: long enough that none reappears (and is counted
 * twice) while the queue is read, short enough that a crashed save releases them soon.
 */
const CAPTURE_VISIBILITY_SECONDS = 600;

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

/** The names the SDK and older emulators give a missing queue. */
const MISSING_QUEUE = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];

interface QueueData {
  name: string;
  attributes: Record<string, string>;
  tags?: Record<string, string>;
}

interface StoredAttribute {
  DataType: string;
  StringValue?: string;
  /** Base64. */
  BinaryValue?: string;
}

interface MessageData {
  queue: string;
  body: string;
  attributes?: Record<string, StoredAttribute>;
  groupId?: string;
  deduplicationId?: string;
  traceHeader?: string;
}

function byKey<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!record || Object.keys(record).length === 0) return undefined;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function queueName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

async function queueUrls(sqs: SQSClient): Promise<string[]> {
  const urls: string[] = [];
  for await (const page of paginateListQueues({ client: sqs }, { MaxResults: 1000 })) urls.push(...(page.QueueUrls ?? []));
  return urls.sort((a, b) => (queueName(a) < queueName(b) ? -1 : 1));
}

async function captureQueue(sqs: SQSClient, url: string): Promise<QueueData> {
  const [attributes, tags] = await Promise.all([
    sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })),
    sqs.send(new ListQueueTagsCommand({ QueueUrl: url })),
  ]);
  // A standard queue is one without FifoQueue; some emulators answer `false`, which creation may refuse.
  const settable = Object.entries(attributes.Attributes ?? {}).filter(
    ([name, value]) => SETTABLE_ATTRIBUTES.includes(name) && value !== '' && !(name === 'FifoQueue' && value !== 'true'),
  );
  return { name: queueName(url), attributes: byKey(Object.fromEntries(settable)) ?? {}, tags: byKey(tags.Tags) };
}

function storedAttributes(attributes: Record<string, MessageAttributeValue> | undefined): MessageData['attributes'] {
  if (!attributes) return undefined;
  const stored = Object.entries(attributes).map(([name, a]): [string, StoredAttribute] => [
    name,
    a.BinaryValue !== undefined
      ? { DataType: a.DataType!, BinaryValue: Buffer.from(a.BinaryValue).toString('base64') }
      : { DataType: a.DataType!, StringValue: a.StringValue },
  ]);
  return byKey(Object.fromEntries(stored));
}

function messageData(queue: string, m: Message): MessageData {
  return {
    queue,
    body: m.Body ?? '',
    attributes: storedAttributes(m.MessageAttributes),
    groupId: m.Attributes?.MessageGroupId,
    deduplicationId: m.Attributes?.MessageDeduplicationId,
    traceHeader: m.Attributes?.AWSTraceHeader,
  };
}

/** Hands the received messages back: visible at once, as before the capture. */
async function release(sqs: SQSClient, url: string, handles: Map<string, string>): Promise<void> {
  const entries = [...handles.values()].map((ReceiptHandle, i) => ({ Id: String(i), ReceiptHandle, VisibilityTimeout: 0 }));
  const batches: (typeof entries)[] = [];
  for (let i = 0; i < entries.length; i += BATCH_ENTRIES) batches.push(entries.slice(i, i + BATCH_ENTRIES));
  // A message deleted by its consumer meanwhile fails its entry, which is what it should do.
  await forEachLimit(batches, DETAIL_CONCURRENCY, async (Entries) => {
    await sqs.send(new ChangeMessageVisibilityBatchCommand({ QueueUrl: url, Entries }));
  });
}

/**
 * Reads every receivable message of a queue in queue order, keeping each hidden until the queue
 * is read so that the next receive returns new ones. Messages in flight elsewhere or delayed
 * cannot be received, and a FIFO queue hands out no more of a group while some are hidden.
 */
async function* captureMessages(sqs: SQSClient, region: string, url: string): AsyncGenerator<CapturedRecord, number> {
  const name = queueName(url);
  // Message id → latest receipt handle; bodies are yielded, not kept.
  const handles = new Map<string, string>();
  let index = 0;
  try {
    for (;;) {
      const received = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: url,
          MaxNumberOfMessages: BATCH_ENTRIES,
          VisibilityTimeout: CAPTURE_VISIBILITY_SECONDS,
          // Explicit, or a queue's ReceiveMessageWaitTimeSeconds would make the last receive wait.
          WaitTimeSeconds: 0,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['MessageGroupId', 'MessageDeduplicationId', 'AWSTraceHeader'],
        }),
      );
      const fresh = (received.Messages ?? []).filter((m) => !handles.has(m.MessageId!));
      for (const m of received.Messages ?? []) handles.set(m.MessageId!, m.ReceiptHandle!);
      if (fresh.length === 0) return index;
      for (const m of fresh) {
        index += 1;
        const id = `${name}/${String(index).padStart(8, '0')}`;
        yield { region, type: 'message', id, data: messageData(name, m) as unknown as Record<string, unknown> };
      }
    }
  } finally {
    await release(sqs, url, handles);
  }
}

/** Messages the queue holds, visible or not, as SQS estimates them before a capture. */
async function messageCount(sqs: SQSClient, url: string): Promise<number> {
  const names = ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] as const;
  const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...names] }));
  return names.reduce((sum, name) => sum + Number(Attributes[name] ?? 0), 0);
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const sqs = new SQSClient(context.config(region));
    try {
      const urls = await queueUrls(sqs);
      const queues = mapOrdered(urls, DETAIL_CONCURRENCY, async (url) => ({ url, data: await captureQueue(sqs, url) }));
      for await (const { url, data } of queues) {
        yield { region, type: 'queue', id: data.name, data: data as unknown as Record<string, unknown> };
        context.progress(`sqs queue ${data.name}`);
        const held = await messageCount(sqs, url);
        const captured = yield* captureMessages(sqs, region, url);
        if (captured < held) {
          context.warn(
            `queue ${data.name}`,
            `captured ${captured} of about ${held} messages: the others were in flight with a consumer, delayed, or held back by FIFO grouping`,
          );
        }
      }
    } finally {
      sqs.destroy();
    }
  }
}

async function hasQueues(context: ServiceContext, region: string): Promise<boolean> {
  const sqs = new SQSClient(context.config(region));
  try {
    return ((await sqs.send(new ListQueuesCommand({ MaxResults: 1 }))).QueueUrls ?? []).length > 0;
  } finally {
    sqs.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasQueues);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const sqs = new SQSClient(context.config(region));
  try {
    await forEachLimit(await queueUrls(sqs), DETAIL_CONCURRENCY, async (url) => {
      await sqs.send(new DeleteQueueCommand({ QueueUrl: url }));
    });
  } finally {
    sqs.destroy();
  }
}

async function existingUrl(sqs: SQSClient, name: string): Promise<string | undefined> {
  try {
    return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
  } catch (error) {
    if (MISSING_QUEUE.includes(awsErrorName(error))) return undefined;
    throw error;
  }
}

/** Deletes a queue's messages; SQS allows one purge a minute, so a second one drains instead. */
async function emptyQueue(sqs: SQSClient, url: string): Promise<void> {
  try {
    await sqs.send(new PurgeQueueCommand({ QueueUrl: url }));
    return;
  } catch (error) {
    if (awsErrorName(error) !== 'PurgeQueueInProgress' && awsErrorName(error) !== 'AWS.SimpleQueueService.PurgeQueueInProgress') {
      throw error;
    }
  }
  for (;;) {
    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: BATCH_ENTRIES, VisibilityTimeout: 60, WaitTimeSeconds: 0 }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return;
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  }
}

/** A queue being restored: its messages are batched until the next queue starts. */
interface OpenQueue {
  name: string;
  url: string;
  policy?: string;
  /** The queue's own delay, set once its messages are in (they are sent undelayed). */
  delaySeconds?: string;
  entries: SendMessageBatchRequestEntry[];
  recordIds: string[];
  bytes: number;
}

/** Creates or overwrites a queue, without redrive (its dead-letter queue may come later) and without delay. */
async function openQueue(sqs: SQSClient, queue: QueueData): Promise<OpenQueue> {
  const { RedrivePolicy: _redrive, DelaySeconds: delaySeconds, ...attributes } = queue.attributes;
  const delayed = delaySeconds !== undefined && delaySeconds !== '0';
  if (delaySeconds !== undefined) attributes.DelaySeconds = '0';
  let url = await existingUrl(sqs, queue.name);
  if (url) {
    const { FifoQueue: _fifo, ...changeable } = attributes;
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: changeable }));
    const current = Object.keys((await sqs.send(new ListQueueTagsCommand({ QueueUrl: url }))).Tags ?? {});
    const stale = current.filter((key) => !queue.tags || !(key in queue.tags));
    if (stale.length > 0) await sqs.send(new UntagQueueCommand({ QueueUrl: url, TagKeys: stale }));
    if (queue.tags) await sqs.send(new TagQueueCommand({ QueueUrl: url, Tags: queue.tags }));
    // The pod's messages replace the queue's: they have no identity to merge by.
    await emptyQueue(sqs, url);
  } else {
    const created = await sqs.send(new CreateQueueCommand({ QueueName: queue.name, Attributes: attributes, tags: queue.tags }));
    url = created.QueueUrl!;
  }
  return {
    name: queue.name,
    url,
    policy: queue.attributes.Policy,
    delaySeconds: delayed ? delaySeconds : undefined,
    entries: [],
    recordIds: [],
    bytes: 0,
  };
}

/** Sets attributes after the creation; moto drops a queue's policy when a call leaves it out. */
async function setLater(sqs: SQSClient, queue: OpenQueue, attributes: Record<string, string>): Promise<void> {
  const Attributes = { ...attributes, ...(queue.policy ? { Policy: queue.policy } : {}) };
  await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queue.url, Attributes }));
}

function entrySize(entry: SendMessageBatchRequestEntry): number {
  let size = Buffer.byteLength(entry.MessageBody ?? '');
  for (const [name, a] of Object.entries(entry.MessageAttributes ?? {})) {
    size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType ?? '');
    size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? '');
  }
  return size;
}

function batchEntry(id: string, m: MessageData): SendMessageBatchRequestEntry {
  return {
    Id: id,
    MessageBody: m.body,
    MessageAttributes: m.attributes
      ? Object.fromEntries(
          Object.entries(m.attributes).map(([name, a]): [string, MessageAttributeValue] => [
            name,
            a.BinaryValue !== undefined
              ? { DataType: a.DataType, BinaryValue: Buffer.from(a.BinaryValue, 'base64') }
              : { DataType: a.DataType, StringValue: a.StringValue },
          ]),
        )
      : undefined,
    MessageGroupId: m.groupId,
    MessageDeduplicationId: m.deduplicationId,
    MessageSystemAttributes: m.traceHeader ? { AWSTraceHeader: { DataType: 'String', StringValue: m.traceHeader } } : undefined,
  };
}

async function flush(context: ServiceContext, sqs: SQSClient, queue: OpenQueue): Promise<void> {
  if (queue.entries.length === 0) return;
  const { entries, recordIds } = queue;
  queue.entries = [];
  queue.recordIds = [];
  queue.bytes = 0;
  try {
    const sent = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queue.url, Entries: entries }));
    for (const failed of sent.Failed ?? []) {
      context.fail(`sqs message ${recordIds[Number(failed.Id)]}`, new Error(`${failed.Code}: ${failed.Message}`));
    }
    for (const ok of sent.Successful ?? []) context.progress(`sqs message ${recordIds[Number(ok.Id)]}`);
  } catch (error) {
    for (const id of recordIds) context.fail(`sqs message ${id}`, error);
  }
}

async function addMessage(context: ServiceContext, sqs: SQSClient, queue: OpenQueue, record: PodRecord): Promise<void> {
  const entry = batchEntry(String(queue.entries.length), record.data as unknown as MessageData);
  const size = entrySize(entry);
  if (queue.entries.length > 0 && queue.bytes + size > BATCH_BYTES) {
    await flush(context, sqs, queue);
    entry.Id = '0';
  }
  queue.entries.push(entry);
  queue.recordIds.push(record.id);
  queue.bytes += size;
  if (queue.entries.length === BATCH_ENTRIES) await flush(context, sqs, queue);
}

async function closeQueue(context: ServiceContext, sqs: SQSClient, queue: OpenQueue): Promise<void> {
  await flush(context, sqs, queue);
  if (!queue.delaySeconds) return;
  try {
    await setLater(sqs, queue, { DelaySeconds: queue.delaySeconds });
  } catch (error) {
    context.fail(`sqs queue ${queue.name}`, error);
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const sqs = new SQSClient(context.config(region));
  // Redrive policies name other queues, so they are set once every queue exists.
  const redrives: { queue: OpenQueue; policy: string }[] = [];
  let open: OpenQueue | undefined;
  let failed: string | undefined;
  try {
    for await (const record of records) {
      if (record.type === 'queue') {
        if (open) await closeQueue(context, sqs, open);
        open = undefined;
        failed = undefined;
        const queue = record.data as unknown as QueueData;
        try {
          open = await openQueue(sqs, queue);
          if (queue.attributes.RedrivePolicy) redrives.push({ queue: open, policy: queue.attributes.RedrivePolicy });
          context.progress(`sqs queue ${queue.name}`);
        } catch (error) {
          failed = queue.name;
          context.fail(`sqs queue ${queue.name}`, error);
        }
        continue;
      }
      const queue = (record.data as unknown as MessageData).queue;
      if (queue === failed) continue;
      if (!open || open.name !== queue) {
        context.fail(`sqs message ${record.id}`, new Error(`The pod holds no queue "${queue}" before this message.`));
        continue;
      }
      await addMessage(context, sqs, open, record);
    }
    if (open) await closeQueue(context, sqs, open);
    for (const { queue, policy } of redrives) {
      try {
        await setLater(sqs, queue, { RedrivePolicy: policy });
      } catch (error) {
        context.fail(`sqs queue ${queue.name} (redrive policy)`, error);
      }
    }
  } finally {
    sqs.destroy();
  }
}

/** SQS: standard and FIFO queues (attributes, redrive, policy, tags) and the messages in them, in order. */
export const sqs: ServiceModule = {
  name: 'sqs',
  dependsOn: [],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['lambda'] },
};
