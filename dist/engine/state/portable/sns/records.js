import { recordKind, sortedRecord } from '../kit/index.js';
/** Topics, by name. */
export const TOPIC = recordKind('topic');
/** Subscriptions, by topic, protocol and endpoint (see `subscriptionId`). */
export const SUBSCRIPTION = recordKind('subscription');
/** A subscription's id: it has no name, and its ARN changes when it is made again. */
export function subscriptionId(s) {
    return `${s.topic}/${s.protocol}/${s.endpoint}`;
}
/** The attributes `keep` names that have a value, sorted by name. */
export function settable(attributes, keep) {
    return sortedRecord(Object.fromEntries(Object.entries(attributes ?? {}).filter(([name, value]) => keep(name) && value !== ''))) ?? {};
}
/** The name at the end of a topic's ARN. */
export function topicName(arn) {
    return arn.slice(arn.lastIndexOf(':') + 1);
}
/** Platform applications, by platform and name (the end of their ARN, `GCM/orders-app`). */
export const PLATFORM_APPLICATION = recordKind('platform-application');
/** A region's SMS preferences: one record, `sms`. */
export const SMS_PREFERENCES = recordKind('sms-preferences');
