/**
 * Reading a queue's messages at capture without taking them from their consumers: each is hidden
 * only while the queue is read, then visible again.
 */
import * as SQS from '@aws-sdk/client-sqs';
import type { CapturedRecord } from '../../module.js';
/**
 * Reads every receivable message of the queue `name` at `url` in queue order, keeping each
 * hidden (renewed on a heartbeat) until the queue is read so that the next receive returns new
 * ones, then visible again;
 * returns how many it read. Messages in flight elsewhere or delayed cannot be received, and a
 * FIFO queue hands out no more of a group while some are hidden.
 */
export declare function captureMessages(sqs: SQS.SQSClient, region: string, name: string, url: string): AsyncGenerator<CapturedRecord, number>;
/** Messages the queue holds, visible or not, as SQS estimates them before a capture. */
export declare function messageCount(sqs: SQS.SQSClient, url: string): Promise<number>;
