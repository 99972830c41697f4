/**
 * The records SNS state is saved as: topics, each followed by its subscriptions, with the
 * attributes that can be set; then platform applications and the region's SMS preferences.
 */
import type * as SNS from '@aws-sdk/client-sns';
import { recordKind, sortedRecord } from '../kit/index.js';

/** A topic: its name, the attributes that can be set, its tags. */
export type TopicData = {
  name: string;
  attributes: Record<string, string>;
  tags?: SNS.Tag[];
  /** The data protection policy (a JSON document). */
  dataProtectionPolicy?: string;
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

/** A platform application (mobile push): its name, platform, and attributes. */
export type PlatformApplicationData = {
  name: string;
  platform: string;
  attributes: Record<string, string>;
};

/** The region's SMS preferences (sender id, SMS type, delivery status logging...). */
export type SmsPreferencesData = { attributes: Record<string, string> };

/** Platform applications, by platform and name (the end of their ARN, `GCM/orders-app`). */
export const PLATFORM_APPLICATION = recordKind<PlatformApplicationData>('platform-application');

/** A region's SMS preferences: one record, `sms`. */
export const SMS_PREFERENCES = recordKind<SmsPreferencesData>('sms-preferences');
