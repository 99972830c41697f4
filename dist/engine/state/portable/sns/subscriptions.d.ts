/** A topic's confirmed subscriptions: read with their settable attributes, and subscribed again at restore. */
import * as SNS from '@aws-sdk/client-sns';
import { type SubscriptionData } from './records.js';
/** A topic's confirmed subscriptions, sorted by protocol and endpoint; pending ones have no ARN to read. */
export declare function captureSubscriptions(sns: SNS.SNSClient, arn: string, concurrency: number): Promise<SubscriptionData[]>;
/**
 * Subscribes with the attributes at once; SNS refuses that for an existing subscription whose
 * attributes differ, which is then overwritten attribute by attribute (the filter scope first,
 * as it decides how the filter policy is read).
 */
export declare function restoreSubscription(sns: SNS.SNSClient, topicArn: string, s: SubscriptionData): Promise<void>;
