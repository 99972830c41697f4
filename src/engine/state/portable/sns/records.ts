/** The records SNS state is saved as: topics, each followed by its subscriptions, with the attributes that can be set. */
import type * as SNS from '@aws-sdk/client-sns';
import { recordKind, sortedRecord } from '../kit/index.js';

/** A topic: its name, the attributes that can be set, its tags. */
export type TopicData = {
  name: string;
  attributes: Record<string, string>;
  tags?: SNS.Tag[];
};

/** A confirmed subscription of the topic named by `topic`; its records follow that topic's. */
export type SubscriptionData = {
  topic: string;
  protocol: string;
  endpoint: string;
  attributes: Record<string, string>;
};

/** Topics, by name. */
export const TOPIC = recordKind<TopicData>('topic');

/** Subscriptions, by topic, protocol and endpoint (see `subscriptionId`). */
export const SUBSCRIPTION = recordKind<SubscriptionData>('subscription');

/** A subscription's id: it has no name, and its ARN changes when it is made again. */
export function subscriptionId(s: SubscriptionData): string {
  return `${s.topic}/${s.protocol}/${s.endpoint}`;
}

/** The attributes `keep` names that have a value, sorted by name. */
export function settable(attributes: Record<string, string> | undefined, keep: (name: string) => boolean): Record<string, string> {
  return sortedRecord(Object.fromEntries(Object.entries(attributes ?? {}).filter(([name, value]) => keep(name) && value !== ''))) ?? {};
}

/** The name at the end of a topic's ARN. */
export function topicName(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1);
}
