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
export declare const QUEUE: import("../kit/records.js").RecordKind<QueueData>;
/** Messages, by queue and place in it (see `messageId`). */
export declare const MESSAGE: import("../kit/records.js").RecordKind<MessageData>;
/** The id of the `index`th message (from 1) of a queue: padded, so ids sort in queue order. */
export declare function messageId(queue: string, index: number): string;
