/** The records SQS state is saved as: queues, each followed by its messages in queue order. */
import { recordKind } from '../kit/index.js';

/** A queue: its name, the attributes that can be set, its tags. */
export type QueueData = {
  name: string;
  attributes: Record<string, string>;
  tags?: Record<string, string>;
};

/** A message attribute as the pod holds it. */
export type StoredAttribute = {
  DataType: string;
  StringValue?: string;
  /** Base64. */
  BinaryValue?: string;
};

/** A message, in the queue named by `queue`; its records follow that queue's, in queue order. */
export type MessageData = {
  queue: string;
  body: string;
  attributes?: Record<string, StoredAttribute>;
  groupId?: string;
  deduplicationId?: string;
  traceHeader?: string;
};

/** Queues, by name. */
export const QUEUE = recordKind<QueueData>('queue');

/** Messages, by queue and place in it (see `messageId`). */
export const MESSAGE = recordKind<MessageData>('message');

/** The id of the `index`th message (from 1) of a queue: padded, so ids sort in queue order. */
export function messageId(queue: string, index: number): string {
  return `${queue}/${String(index).padStart(8, '0')}`;
}
