/** Topics: listed, read (settable attributes, tags), and created or overwritten at restore. */
import * as SNS from '@aws-sdk/client-sns';
import { collect, replaceTags, sortBy, sortedTags, unlessUnimplemented } from '../kit/index.js';
import { settable, topicName } from './records.js';
/** Topic attributes that can be set; the rest are counters, the owner, the ARN and effective values. */
const TOPIC_ATTRIBUTES = [
    'ArchivePolicy',
    'ContentBasedDeduplication',
    'DeliveryPolicy',
    'DisplayName',
    'FifoThroughputScope',
    'FifoTopic',
    'KmsMasterKeyId',
    'Policy',
    'SignatureVersion',
    'TracingConfig',
];
/** The delivery status logging attributes, such as `SQSFailureFeedbackRoleArn`. */
const FEEDBACK_ATTRIBUTE = /^(Application|Firehose|HTTP|Lambda|SQS)(Success|Failure)Feedback(RoleArn|SampleRate)$/;
/** The ARNs of a region's topics, sorted by topic name. */
export async function topicArns(sns) {
    return sortBy(await collect(SNS.paginateListTopics({ client: sns }, {}), (page) => page.Topics?.map((t) => t.TopicArn)), topicName);
}
/**
 * A topic's settable attributes, its tags and, where the instance answers for it
 * (`protectable`: moto fails GetDataProtectionPolicy with a 500 the SDK would retry; MiniStack
 * does not know it), its data protection policy.
 */
export async function captureTopic(sns, arn, protectable) {
    const [attributes, tags, protection] = await Promise.all([
        sns.send(new SNS.GetTopicAttributesCommand({ TopicArn: arn })),
        sns.send(new SNS.ListTagsForResourceCommand({ ResourceArn: arn })),
        protectable
            ? unlessUnimplemented(sns, 'GetDataProtectionPolicy', () => sns.send(new SNS.GetDataProtectionPolicyCommand({ ResourceArn: arn })))
            : undefined,
    ]);
    return {
        name: topicName(arn),
        attributes: settable(attributes.Attributes, (name) => TOPIC_ATTRIBUTES.includes(name) || FEEDBACK_ATTRIBUTE.test(name)),
        tags: sortedTags(tags.Tags, (t) => t.Key),
        dataProtectionPolicy: protection?.DataProtectionPolicy || undefined,
    };
}
/**
 * Creates or overwrites a topic and returns its ARN; only FifoTopic goes with the creation,
 * which SNS requires to match an existing topic's.
 */
export async function restoreTopic(sns, topic) {
    const { FifoTopic, ...rest } = topic.attributes;
    const created = await sns.send(new SNS.CreateTopicCommand({ Name: topic.name, Attributes: FifoTopic === 'true' ? { FifoTopic } : undefined }));
    const TopicArn = created.TopicArn;
    for (const [AttributeName, AttributeValue] of Object.entries(rest)) {
        await sns.send(new SNS.SetTopicAttributesCommand({ TopicArn, AttributeName, AttributeValue }));
    }
    if (topic.dataProtectionPolicy) {
        await sns.send(new SNS.PutDataProtectionPolicyCommand({ ResourceArn: TopicArn, DataProtectionPolicy: topic.dataProtectionPolicy }));
    }
    const current = (await sns.send(new SNS.ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags ?? [];
    await replaceTags(current.map((t) => t.Key), (topic.tags ?? []).map((t) => t.Key), {
        untag: (TagKeys) => sns.send(new SNS.UntagResourceCommand({ ResourceArn: TopicArn, TagKeys })),
        tag: () => sns.send(new SNS.TagResourceCommand({ ResourceArn: TopicArn, Tags: topic.tags })),
    });
    return TopicArn;
}
