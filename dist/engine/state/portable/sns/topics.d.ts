/** Topics: listed, read (settable attributes, tags), and created or overwritten at restore. */
import * as SNS from '@aws-sdk/client-sns';
import { type TopicData } from './records.js';
/** The ARNs of a region's topics, sorted by topic name. */
export declare function topicArns(sns: SNS.SNSClient): Promise<string[]>;
/**
 * A topic's settable attributes, its tags and, where the instance answers for it
 * (`protectable`: moto fails GetDataProtectionPolicy with a 500 the SDK would retry; MiniStack
 * does not know it), its data protection policy.
 */
export declare function captureTopic(sns: SNS.SNSClient, arn: string, protectable: boolean): Promise<TopicData>;
/**
 * Creates or overwrites a topic and returns its ARN; only FifoTopic goes with the creation,
 * which SNS requires to match an existing topic's.
 */
export declare function restoreTopic(sns: SNS.SNSClient, topic: TopicData): Promise<string>;
