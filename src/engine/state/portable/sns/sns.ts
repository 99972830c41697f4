import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  paginateListSubscriptionsByTopic,
  paginateListTopics,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type Tag,
} from '@aws-sdk/client-sns';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';

/** Topics, or subscriptions, whose details are read or written at once. */
const DETAIL_CONCURRENCY = 8;

/** Topic attributes that can be set; the rest are counters, the owner, the ARN and effective values. */
const TOPIC_ATTRIBUTES: readonly string[] = [
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

/** Subscription attributes that can be set. */
const SUBSCRIPTION_ATTRIBUTES: readonly string[] = [
  'DeliveryPolicy',
  'FilterPolicy',
  'FilterPolicyScope',
  'RawMessageDelivery',
  'RedrivePolicy',
  'ReplayPolicy',
  'SubscriptionRoleArn',
];

interface TopicData {
  name: string;
  attributes: Record<string, string>;
  tags?: Tag[];
}

interface SubscriptionData {
  topic: string;
  protocol: string;
  endpoint: string;
  attributes: Record<string, string>;
}

function settable(attributes: Record<string, string> | undefined, keep: (name: string) => boolean): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes ?? {})
      .filter(([name, value]) => keep(name) && value !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

function topicName(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1);
}

async function topicArns(sns: SNSClient): Promise<string[]> {
  const arns: string[] = [];
  for await (const page of paginateListTopics({ client: sns }, {})) arns.push(...(page.Topics ?? []).map((t) => t.TopicArn!));
  return arns.sort((a, b) => (topicName(a) < topicName(b) ? -1 : 1));
}

async function captureTopic(sns: SNSClient, arn: string): Promise<TopicData> {
  const [attributes, tags] = await Promise.all([
    sns.send(new GetTopicAttributesCommand({ TopicArn: arn })),
    sns.send(new ListTagsForResourceCommand({ ResourceArn: arn })),
  ]);
  const sorted = [...(tags.Tags ?? [])].sort((a, b) => (a.Key! < b.Key! ? -1 : 1));
  return {
    name: topicName(arn),
    attributes: settable(attributes.Attributes, (name) => TOPIC_ATTRIBUTES.includes(name) || FEEDBACK_ATTRIBUTE.test(name)),
    tags: sorted.length > 0 ? sorted : undefined,
  };
}

/** A topic's confirmed subscriptions, sorted by protocol and endpoint; pending ones have no ARN to read. */
async function captureSubscriptions(sns: SNSClient, arn: string): Promise<SubscriptionData[]> {
  const listed: { arn: string; protocol: string; endpoint: string }[] = [];
  for await (const page of paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: arn })) {
    for (const s of page.Subscriptions ?? []) {
      if (!s.SubscriptionArn?.startsWith('arn:')) continue;
      listed.push({ arn: s.SubscriptionArn, protocol: s.Protocol!, endpoint: s.Endpoint! });
    }
  }
  listed.sort((a, b) => (a.protocol !== b.protocol ? (a.protocol < b.protocol ? -1 : 1) : a.endpoint < b.endpoint ? -1 : 1));
  const subscriptions: SubscriptionData[] = [];
  const details = mapOrdered(listed, DETAIL_CONCURRENCY, async (s) => {
    const attributes = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: s.arn }));
    return {
      topic: topicName(arn),
      protocol: s.protocol,
      endpoint: s.endpoint,
      attributes: settable(attributes.Attributes, (name) => SUBSCRIPTION_ATTRIBUTES.includes(name)),
    };
  });
  for await (const s of details) subscriptions.push(s);
  return subscriptions;
}

function subscriptionId(s: SubscriptionData): string {
  return `${s.topic}/${s.protocol}/${s.endpoint}`;
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const sns = new SNSClient(context.config(region));
    try {
      const topics = mapOrdered(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => ({
        topic: await captureTopic(sns, arn),
        subscriptions: await captureSubscriptions(sns, arn),
      }));
      for await (const { topic, subscriptions } of topics) {
        yield { region, type: 'topic', id: topic.name, data: topic as unknown as Record<string, unknown> };
        context.progress(`sns topic ${topic.name}`);
        for (const s of subscriptions) {
          yield { region, type: 'subscription', id: subscriptionId(s), data: s as unknown as Record<string, unknown> };
          context.progress(`sns subscription ${subscriptionId(s)}`);
        }
      }
    } finally {
      sns.destroy();
    }
  }
}

async function hasTopics(context: ServiceContext, region: string): Promise<boolean> {
  const sns = new SNSClient(context.config(region));
  try {
    return ((await sns.send(new ListTopicsCommand({}))).Topics ?? []).length > 0;
  } finally {
    sns.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasTopics);
}

/** Deleting a topic deletes its subscriptions. */
async function clear(context: ServiceContext, region: string): Promise<void> {
  const sns = new SNSClient(context.config(region));
  try {
    await forEachLimit(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => {
      await sns.send(new DeleteTopicCommand({ TopicArn: arn }));
    });
  } finally {
    sns.destroy();
  }
}

/** Creates or overwrites a topic; only FifoTopic goes with the creation, which SNS requires to match an existing topic's. */
async function restoreTopic(sns: SNSClient, topic: TopicData): Promise<string> {
  const { FifoTopic, ...rest } = topic.attributes;
  const created = await sns.send(
    new CreateTopicCommand({ Name: topic.name, Attributes: FifoTopic === 'true' ? { FifoTopic } : undefined }),
  );
  const TopicArn = created.TopicArn!;
  for (const [AttributeName, AttributeValue] of Object.entries(rest)) {
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName, AttributeValue }));
  }
  const current = (await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags ?? [];
  const stale = current.map((t) => t.Key!).filter((key) => !topic.tags?.some((t) => t.Key === key));
  if (stale.length > 0) await sns.send(new UntagResourceCommand({ ResourceArn: TopicArn, TagKeys: stale }));
  if (topic.tags) await sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: topic.tags }));
  return TopicArn;
}

/**
 * Subscribes with the attributes at once; SNS refuses that for an existing subscription whose
 * attributes differ, which is then overwritten attribute by attribute (the filter scope first,
 * as it decides how the filter policy is read).
 */
async function restoreSubscription(sns: SNSClient, topicArn: string, s: SubscriptionData): Promise<void> {
  const base = { TopicArn: topicArn, Protocol: s.protocol, Endpoint: s.endpoint, ReturnSubscriptionArn: true };
  try {
    await sns.send(new SubscribeCommand({ ...base, Attributes: s.attributes }));
    return;
  } catch (error) {
    if (awsErrorName(error) !== 'InvalidParameter' && awsErrorName(error) !== 'InvalidParameterException') throw error;
  }
  const { SubscriptionArn } = await sns.send(new SubscribeCommand(base));
  const entries = Object.entries(s.attributes);
  const ordered = [...entries.filter(([n]) => n === 'FilterPolicyScope'), ...entries.filter(([n]) => n !== 'FilterPolicyScope')];
  for (const [AttributeName, AttributeValue] of ordered) {
    await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName, AttributeValue }));
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const sns = new SNSClient(context.config(region));
  let topicArn: string | undefined;
  const pending = new Set<Promise<void>>();
  try {
    for await (const record of records) {
      if (record.type === 'topic') {
        await Promise.all(pending);
        topicArn = undefined;
        try {
          topicArn = await restoreTopic(sns, record.data as unknown as TopicData);
          context.progress(`sns topic ${record.id}`);
        } catch (error) {
          context.fail(`sns topic ${record.id}`, error);
        }
        continue;
      }
      const s = record.data as unknown as SubscriptionData;
      if (!topicArn || topicName(topicArn) !== s.topic) continue;
      const task: Promise<void> = restoreSubscription(sns, topicArn, s).then(
        () => context.progress(`sns subscription ${record.id}`),
        (error) => context.fail(`sns subscription ${record.id}`, error),
      );
      pending.add(task);
      void task.finally(() => pending.delete(task));
      if (pending.size >= DETAIL_CONCURRENCY) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    sns.destroy();
  }
}

/** SNS: standard and FIFO topics (attributes, tags) and their confirmed subscriptions (protocol, endpoint, attributes). */
export const sns: ServiceModule = {
  name: 'sns',
  dependsOn: ['sqs', 'lambda'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['sqs', 'lambda'] },
};
