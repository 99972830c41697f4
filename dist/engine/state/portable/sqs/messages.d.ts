/**
 * How a message is kept in a pod: from what ReceiveMessage returns to the record's data, and
 * from the data back to a SendMessageBatch entry.
 */
import type * as SQS from '@aws-sdk/client-sqs';
import type { MessageData } from './records.js';
/** A batch entry without its place in the batch. */
export type MessageEntry = Omit<SQS.SendMessageBatchRequestEntry, 'Id'>;
/** A received message of `queue` as the pod holds it: body, attributes, and the system attributes a send can set. */
export declare function messageData(queue: string, m: SQS.Message): MessageData;
/** The SendMessageBatch entry that puts a message of the pod back. */
export declare function messageEntry(m: MessageData): MessageEntry;
/** What an entry counts towards a batch's size limit: its body and its attributes' names, types and values. */
export declare function entrySize(entry: MessageEntry): number;
