import * as SNS from '@aws-sdk/client-sns';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { clientOf, eachRegion, regionsWhere, restoreContainers } from '../kit/index.js';
import { SUBSCRIPTION, subscriptionId, TOPIC } from './records.js';
import { captureSubscriptions, restoreSubscription } from './subscriptions.js';
import { captureTopic, restoreTopic, topicArns } from './topics.js';
const client = clientOf(SNS.SNSClient);
/** Topics, or subscriptions, whose details are read or written at once. */
const DETAIL_CONCURRENCY = 8;
const capture = eachRegion(async function* (context, region) {
    const sns = client(context, region);
    const topics = mapOrdered(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => ({
        topic: await captureTopic(sns, arn),
        subscriptions: await captureSubscriptions(sns, arn, DETAIL_CONCURRENCY),
    }));
    for await (const { topic, subscriptions } of topics) {
        yield TOPIC.record(region, topic.name, topic);
        for (const s of subscriptions)
            yield SUBSCRIPTION.record(region, subscriptionId(s), s);
        if (subscriptions.length > 0) {
            context.warn(TOPIC.label(topic.name), `its ${subscriptions.length} subscription(s) come back under ARNs the instance draws anew (their last part is random): tools that kept the ARNs, such as Terraform's state, see other subscriptions`);
        }
    }
});
const regionsWithState = regionsWhere(async (context, region) => ((await client(context, region).send(new SNS.ListTopicsCommand({}))).Topics ?? []).length > 0);
/** Deleting a topic deletes its subscriptions. */
async function clear(context, region) {
    const sns = client(context, region);
    await forEachLimit(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => {
        await sns.send(new SNS.DeleteTopicCommand({ TopicArn: arn }));
    });
}
/** SNS: standard and FIFO topics (attributes, tags) and their confirmed subscriptions (protocol, endpoint, attributes). */
export const sns = {
    name: 'sns',
    dependsOn: ['kms', 'sqs', 'lambda'],
    capture,
    regionsWithState,
    clear,
    restore: (context, region, records) => restoreContainers(context, records, {
        container: TOPIC,
        content: SUBSCRIPTION,
        containerOf: (subscription) => subscription.topic,
        restoreContainer: (topic) => restoreTopic(client(context, region), topic),
        restoreContent: async (subscription, topicArn) => {
            if (!topicArn)
                throw new Error(`The pod holds no topic "${subscription.topic}" before this subscription.`);
            await restoreSubscription(client(context, region), topicArn, subscription);
        },
        concurrency: DETAIL_CONCURRENCY,
    }),
    requests: { deliversTo: ['sqs', 'lambda'] },
};
