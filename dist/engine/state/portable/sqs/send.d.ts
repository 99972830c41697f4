/** Putting a queue's messages back: batched within SendMessageBatch's limits, each message reported by itself. */
import * as SQS from '@aws-sdk/client-sqs';
import type { ServiceContext } from '../../module.js';
import type { MessageData } from './records.js';
/** The messages of one queue on their way back in, in the pod's order, in batches as full as SQS takes them. */
export declare class MessageBatches {
    private readonly batches;
    constructor(context: ServiceContext, sqs: SQS.SQSClient, url: string);
    /** Takes a message in, reported as `label`. */
    add(label: string, message: MessageData): Promise<void>;
    /** Sends what is left, and waits for it. */
    flush(): Promise<void>;
}
