import * as SNS from '@aws-sdk/client-sns';
import { all, clientConfig, keyed, parsed, read, tagObject, type DumpTarget, type Json } from './read.js';

const JSON_ATTRIBUTES = ['Policy', 'EffectiveDeliveryPolicy', 'DeliveryPolicy', 'FilterPolicy', 'RedrivePolicy', 'DataProtectionPolicy'];

function attributesOf(answer: any): Json {
  const attributes = { ...(answer?.Attributes ?? answer) };
  for (const name of JSON_ATTRIBUTES) if (typeof attributes[name] === 'string') attributes[name] = parsed(attributes[name]);
  return attributes;
}

/**
 * Every topic by name with its attributes and tags, and its subscriptions keyed by protocol and
 * endpoint (their ARNs end in an id the instance draws), with their attributes.
 */
export async function dumpSns(target: DumpTarget, region: string): Promise<Json> {
  const sns = new SNS.SNSClient(clientConfig(target, region));
  const topics = await all<SNS.Topic>((NextToken) => sns.send(new SNS.ListTopicsCommand({ NextToken })), 'Topics', 'NextToken');
  return keyed(
    topics,
    (t) => t.TopicArn!.split(':').pop()!,
    async ({ TopicArn }) => {
      const subscriptions = await all<SNS.Subscription>(
        (NextToken) => sns.send(new SNS.ListSubscriptionsByTopicCommand({ TopicArn, NextToken })),
        'Subscriptions',
        'NextToken',
      );
      return {
        attributes: attributesOf(await read(sns, new SNS.GetTopicAttributesCommand({ TopicArn }))),
        tags: tagObject(((await read(sns, new SNS.ListTagsForResourceCommand({ ResourceArn: TopicArn }))) as any).Tags),
        subscriptions: (await keyed(
          subscriptions,
          (s) => `${s.Protocol} ${s.Endpoint}`,
          async (s) => ({
            listed: { ...s },
            attributes: s.SubscriptionArn?.startsWith('arn:')
              ? attributesOf(await read(sns, new SNS.GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn })))
              : null,
          }),
        )) as Json,
      };
    },
  );
}
