import * as SNS from '@aws-sdk/client-sns';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { clientOf, eachRegion, on, regionsWhere, restoreContainers } from '../kit/index.js';
import { capturePlatformApplications, captureSmsPreferences, platformApplicationId, restorePlatformApplication, restoreSmsPreferences, } from './platform.js';
import { PLATFORM_APPLICATION, SMS_PREFERENCES, SUBSCRIPTION, subscriptionId, TOPIC } from './records.js';
import { captureSubscriptions, restoreSubscription } from './subscriptions.js';
import { captureTopic, restoreTopic, topicArns } from './topics.js';
const client = clientOf(SNS.SNSClient);
/** Topics, or subscriptions, whose details are read or written at once. */
const DETAIL_CONCURRENCY = 8;
const capture = eachRegion(async function* (context, region) {
    const sns = client(context, region);
    const protectable = context.target.brand !== 'moto';
    const topics = mapOrdered(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => ({
        topic: await captureTopic(sns, arn, protectable),
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
    // After the topics: an application's event attributes name them.
    for (const application of await capturePlatformApplications(sns)) {
        const id = platformApplicationId(application);
        yield PLATFORM_APPLICATION.record(region, id, application);
        if (!application.attributes.PlatformCredential) {
            context.warn(PLATFORM_APPLICATION.label(id), 'the instance does not give back its credential (nor its principal): it comes back with stand-ins, to be replaced before it can push');
        }
    }
    const sms = await captureSmsPreferences(sns, context.target.brand === 'localstack');
    if (sms)
        yield SMS_PREFERENCES.record(region, 'sms', sms);
});
const regionsWithState = regionsWhere(async (context, region) => {
    const sns = client(context, region);
    const [topics, applications, sms] = await Promise.all([
        sns.send(new SNS.ListTopicsCommand({})),
        sns.send(new SNS.ListPlatformApplicationsCommand({})),
        captureSmsPreferences(sns, context.target.brand === 'localstack'),
    ]);
    return (topics.Topics ?? []).length + (applications.PlatformApplications ?? []).length > 0 || sms !== undefined;
});
/** Deleting a topic deletes its subscriptions. SMS preferences cannot be unset, so they stay. */
async function clear(context, region) {
    const sns = client(context, region);
    await forEachLimit(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => {
        await sns.send(new SNS.DeleteTopicCommand({ TopicArn: arn }));
    });
    for (const application of await capturePlatformApplications(sns)) {
        const PlatformApplicationArn = `arn:aws:sns:${region}:${context.account}:app/${platformApplicationId(application)}`;
        await sns.send(new SNS.DeletePlatformApplicationCommand({ PlatformApplicationArn }));
    }
}
/**
 * SNS: standard and FIFO topics (attributes, tags, data protection policy) and their confirmed
 * subscriptions (protocol, endpoint, attributes); platform applications; SMS preferences.
 */
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
        standalone: [
            on(PLATFORM_APPLICATION, (application) => restorePlatformApplication(client(context, region), region, context.account, application)),
            on(SMS_PREFERENCES, (preferences) => restoreSmsPreferences(client(context, region), preferences)),
        ],
    }),
    requests: { deliversTo: ['sqs', 'lambda'] },
};
