/** A topic's confirmed subscriptions: read with their settable attributes, and subscribed again at restore. */
import * as SNS from '@aws-sdk/client-sns';
import { mapOrdered } from '../../../util/concurrency.js';
import { collect, compare, createOrUpdate, isNamed } from '../kit/index.js';
import { settable, topicName } from './records.js';
/** Subscription attributes that can be set. */
const SUBSCRIPTION_ATTRIBUTES = [
    'DeliveryPolicy',
    'FilterPolicy',
    'FilterPolicyScope',
    'RawMessageDelivery',
    'RedrivePolicy',
    'ReplayPolicy',
    'SubscriptionRoleArn',
];
/** How SNS refuses a subscription that exists with other attributes. */
const SUBSCRIBED_OTHERWISE = ['InvalidParameter', 'InvalidParameterException'];
/** A topic's confirmed subscriptions, sorted by protocol and endpoint; pending ones have no ARN to read. */
export async function captureSubscriptions(sns, arn, concurrency) {
    const listed = await collect(SNS.paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: arn }), (page) => page.Subscriptions?.filter((s) => s.SubscriptionArn?.startsWith('arn:')));
    listed.sort((a, b) => compare(a.Protocol, b.Protocol) || compare(a.Endpoint, b.Endpoint));
    const subscriptions = [];
    const details = mapOrdered(listed, concurrency, async (s) => {
        const attributes = await sns.send(new SNS.GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn }));
        return {
            topic: topicName(arn),
            protocol: s.Protocol,
            endpoint: s.Endpoint,
            attributes: settable(attributes.Attributes, (name) => SUBSCRIPTION_ATTRIBUTES.includes(name)),
        };
    });
    for await (const s of details)
        subscriptions.push(s);
    return subscriptions;
}
/**
 * Subscribes with the attributes at once; SNS refuses that for an existing subscription whose
 * attributes differ, which is then overwritten attribute by attribute (the filter scope first,
 * as it decides how the filter policy is read).
 */
export async function restoreSubscription(sns, topicArn, s) {
    const base = { TopicArn: topicArn, Protocol: s.protocol, Endpoint: s.endpoint, ReturnSubscriptionArn: true };
    await createOrUpdate(() => sns.send(new SNS.SubscribeCommand({ ...base, Attributes: s.attributes })), async () => {
        const { SubscriptionArn } = await sns.send(new SNS.SubscribeCommand(base));
        const entries = Object.entries(s.attributes);
        const ordered = [...entries.filter(([n]) => n === 'FilterPolicyScope'), ...entries.filter(([n]) => n !== 'FilterPolicyScope')];
        for (const [AttributeName, AttributeValue] of ordered) {
            await sns.send(new SNS.SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName, AttributeValue }));
        }
    }, (error) => isNamed(error, SUBSCRIBED_OTHERWISE));
}
