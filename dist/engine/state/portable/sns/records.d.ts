/** The records SNS state is saved as: topics, each followed by its subscriptions, with the attributes that can be set. */
import type * as SNS from '@aws-sdk/client-sns';
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
export declare const TOPIC: import("../kit/records.js").RecordKind<TopicData>;
/** Subscriptions, by topic, protocol and endpoint (see `subscriptionId`). */
export declare const SUBSCRIPTION: import("../kit/records.js").RecordKind<SubscriptionData>;
/** A subscription's id: it has no name, and its ARN changes when it is made again. */
export declare function subscriptionId(s: SubscriptionData): string;
/** The attributes `keep` names that have a value, sorted by name. */
export declare function settable(attributes: Record<string, string> | undefined, keep: (name: string) => boolean): Record<string, string>;
/** The name at the end of a topic's ARN. */
export declare function topicName(arn: string): string;
