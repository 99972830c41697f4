/**
 * How a message is kept in a pod: from what ReceiveMessage returns to the record's data, and
 * from the data back to a SendMessageBatch entry.
 */
import type * as SQS from '@aws-sdk/client-sqs';
import { sortedRecord } from '../kit/index.js';
import type { MessageData, StoredAttribute } from './records.js';

/** A batch entry without its place in the batch. */
export type MessageEntry = Omit<SQS.SendMessageBatchRequestEntry, 'Id'>;

function storedAttributes(attributes: Record<string, SQS.MessageAttributeValue> | undefined): MessageData['attributes'] {
  if (!attributes) return undefined;
  const stored = Object.entries(attributes).map(([name, a]): [string, StoredAttribute] => [
    name,
    a.BinaryValue !== undefined
      ? { DataType: a.DataType!, BinaryValue: Buffer.from(a.BinaryValue).toString('base64') }
      : { DataType: a.DataType!, StringValue: a.StringValue },
  ]);
  return sortedRecord(Object.fromEntries(stored));
}

/** A received message of `queue` as the pod holds it: body, attributes, and the system attributes a send can set. */
export function messageData(queue: string, m: SQS.Message): MessageData {
  return {
    queue,
    body: m.Body ?? '',
    attributes: storedAttributes(m.MessageAttributes),
    groupId: m.Attributes?.MessageGroupId,
    deduplicationId: m.Attributes?.MessageDeduplicationId,
    traceHeader: m.Attributes?.AWSTraceHeader,
  };
}

/** The SendMessageBatch entry that puts a message of the pod back. */
export function messageEntry(m: MessageData): MessageEntry {
  return {
    MessageBody: m.body,
    MessageAttributes: m.attributes
      ? Object.fromEntries(
          Object.entries(m.attributes).map(([name, a]): [string, SQS.MessageAttributeValue] => [
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

/** What an entry counts towards a batch's size limit: its body and its attributes' names, types and values. */
export function entrySize(entry: MessageEntry): number {
  let size = Buffer.byteLength(entry.MessageBody ?? '');
  for (const [name, a] of Object.entries(entry.MessageAttributes ?? {})) {
    size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType ?? '');
    size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? '');
  }
  return size;
}
