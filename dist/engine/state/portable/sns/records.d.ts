/**
 * The records SNS state is saved as: topics, each followed by its subscriptions, with the
 * attributes that can be set; then platform applications and the region's SMS preferences.
 */
import type * as SNS from '@aws-sdk/client-sns';
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
export declare const TOPIC: import("../kit/records.js").RecordKind<TopicData>;
/** Subscriptions, by topic, protocol and endpoint (see `subscriptionId`). */
export declare const SUBSCRIPTION: import("../kit/records.js").RecordKind<SubscriptionData>;
/** A subscription's id: it has no name, and its ARN changes when it is made again. */
export declare function subscriptionId(s: SubscriptionData): string;
/** The attributes `keep` names that have a value, sorted by name. */
export declare function settable(attributes: Record<string, string> | undefined, keep: (name: string) => boolean): Record<string, string>;
/** The name at the end of a topic's ARN. */
export declare function topicName(arn: string): string;
/** A platform application (mobile push): its name, platform, and attributes. */
export type PlatformApplicationData = {
    name: string;
    platform: string;
    attributes: Record<string, string>;
};
/** The region's SMS preferences (sender id, SMS type, delivery status logging...). */
export type SmsPreferencesData = {
    attributes: Record<string, string>;
};
/** Platform applications, by platform and name (the end of their ARN, `GCM/orders-app`). */
export declare const PLATFORM_APPLICATION: import("../kit/records.js").RecordKind<PlatformApplicationData>;
/** A region's SMS preferences: one record, `sms`. */
export declare const SMS_PREFERENCES: import("../kit/records.js").RecordKind<SmsPreferencesData>;
