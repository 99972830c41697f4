/**
 * Queues themselves: listed, read (settable attributes, tags), and created or overwritten at
 * restore with the attributes that must wait held back.
 */
import * as SQS from '@aws-sdk/client-sqs';
import type { QueueData } from './records.js';
/** The URLs of a region's queues, sorted by queue name. */
export declare function queueUrls(sqs: SQS.SQSClient): Promise<string[]>;
/** A queue's settable attributes and its tags. */
export declare function captureQueue(sqs: SQS.SQSClient, url: string): Promise<QueueData>;
/** A queue as `restoreQueue` left it: what it still lacks of the pod's attributes. */
export type RestoredQueue = {
    url: string;
    policy?: string;
    /** The queue's own delay, set once its messages are in (they are sent undelayed). */
    delaySeconds?: string;
    /** Set once every queue exists, as it names another (the dead-letter queue). */
    redrivePolicy?: string;
};
/**
 * Creates or overwrites a queue, empty, without redrive (its dead-letter queue may come later)
 * and without delay.
 */
export declare function restoreQueue(sqs: SQS.SQSClient, queue: QueueData): Promise<RestoredQueue>;
/** Sets attributes after the creation; moto drops a queue's policy when a call leaves it out. */
export declare function setLater(sqs: SQS.SQSClient, queue: RestoredQueue, attributes: Record<string, string>): Promise<void>;
