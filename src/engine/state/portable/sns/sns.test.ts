import {
  CreatePlatformApplicationCommand,
  CreateTopicCommand,
  GetPlatformApplicationAttributesCommand,
  GetSMSAttributesCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  PublishCommand,
  SetSMSAttributesCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
  TagResourceCommand,
} from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueUrlCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, RestoreIncompleteError } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import { rewritePod } from '../../../../test-support/pod-records.js';

const { loadState, options, saveState } = engineFor('sns,sqs');

let moto: Moto;
let sns: SNSClient;
let sqs: SQSClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  sns = new SNSClient(sdkConfig(moto.endpoint));
  sqs = new SQSClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  sns.destroy();
  sqs.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const ACCOUNT = '123456789012';
const topicArn = (name: string, region = 'us-east-1') => `arn:aws:sns:${region}:${ACCOUNT}:${name}`;
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const services = { services: 'sqs,sns' };

const deliveryPolicy = JSON.stringify({ http: { defaultHealthyRetryPolicy: { numRetries: 5 } } });
const filterPolicy = JSON.stringify({ color: ['red'] });
const redrivePolicy = JSON.stringify({ deadLetterTargetArn: queueArn('alerts-dlq') });

async function seed(): Promise<void> {
  await sqs.send(new CreateQueueCommand({ QueueName: 'inbox' }));
  await sqs.send(new CreateQueueCommand({ QueueName: 'alerts-dlq' }));
  await sqs.send(new CreateQueueCommand({ QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true' } }));
  await sns.send(
    new CreateTopicCommand({
      Name: 'alerts',
      Attributes: { DisplayName: 'Alerts', DeliveryPolicy: deliveryPolicy, KmsMasterKeyId: 'alias/aws/sns' },
      Tags: [
        { Key: 'team', Value: 'core' },
        { Key: 'env', Value: 'dev' },
      ],
    }),
  );
  await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn('alerts'),
      Protocol: 'sqs',
      Endpoint: queueArn('inbox'),
      Attributes: { FilterPolicy: filterPolicy, FilterPolicyScope: 'MessageAttributes', RawMessageDelivery: 'true', RedrivePolicy: redrivePolicy },
    }),
  );
  await sns.send(new SubscribeCommand({ TopicArn: topicArn('alerts'), Protocol: 'https', Endpoint: 'https://hooks.example.com/alerts' }));
  await sns.send(new CreateTopicCommand({ Name: 'orders.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
  await sns.send(new SubscribeCommand({ TopicArn: topicArn('orders.fifo'), Protocol: 'sqs', Endpoint: queueArn('orders.fifo') }));
  const eu = new SNSClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new CreateTopicCommand({ Name: 'eu-events' }));
  eu.destroy();
}

async function topicNames(client = sns): Promise<string[]> {
  return ((await client.send(new ListTopicsCommand({}))).Topics ?? []).map((t) => t.TopicArn!.split(':').pop()!).sort();
}

async function subscriptions(name: string) {
  const listed = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn(name) }))).Subscriptions ?? [];
  return Promise.all(
    listed.map(async (s) => ({
      protocol: s.Protocol,
      endpoint: s.Endpoint,
      attributes: (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn! }))).Attributes!,
    })),
  );
}

describe('the sns module', () => {
  it('restores topics with attributes and tags, and subscriptions with their filter, raw delivery and redrive settings', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'sns-pod', services);
    // 3 topics and 3 subscriptions, besides the 3 queues.
    expect(saved.resources).toEqual({ sqs: 3, sns: 6 });
    await moto.reset();

    await loadState(moto.endpoint, home, 'sns-pod');

    expect(await topicNames()).toEqual(['alerts', 'orders.fifo']);
    const eu = new SNSClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    expect(await topicNames(eu)).toEqual(['eu-events']);
    eu.destroy();
    const alerts = (await sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn('alerts') }))).Attributes!;
    expect(alerts).toMatchObject({ DisplayName: 'Alerts', DeliveryPolicy: deliveryPolicy, KmsMasterKeyId: 'alias/aws/sns' });
    expect((await sns.send(new ListTagsForResourceCommand({ ResourceArn: topicArn('alerts') }))).Tags).toEqual([
      { Key: 'env', Value: 'dev' },
      { Key: 'team', Value: 'core' },
    ]);
    const fifo = (await sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn('orders.fifo') }))).Attributes!;
    expect(fifo).toMatchObject({ FifoTopic: 'true', ContentBasedDeduplication: 'true' });

    const subs = (await subscriptions('alerts')).sort((a, b) => (a.protocol! < b.protocol! ? -1 : 1));
    expect(subs.map((s) => [s.protocol, s.endpoint])).toEqual([
      ['https', 'https://hooks.example.com/alerts'],
      ['sqs', queueArn('inbox')],
    ]);
    expect(subs[1]!.attributes).toMatchObject({
      FilterPolicy: filterPolicy,
      FilterPolicyScope: 'MessageAttributes',
      RawMessageDelivery: 'true',
      RedrivePolicy: redrivePolicy,
    });
    expect((await subscriptions('orders.fifo')).map((s) => s.endpoint)).toEqual([queueArn('orders.fifo')]);
  });

  it('keeps delivering through a restored SQS subscription, filtered and raw', async () => {
    // No HTTPS subscription here: moto fails a publish it cannot deliver over HTTP.
    await sqs.send(new CreateQueueCommand({ QueueName: 'inbox' }));
    await sns.send(new CreateTopicCommand({ Name: 'alerts' }));
    await sns.send(
      new SubscribeCommand({
        TopicArn: topicArn('alerts'),
        Protocol: 'sqs',
        Endpoint: queueArn('inbox'),
        Attributes: { FilterPolicy: filterPolicy, RawMessageDelivery: 'true' },
      }),
    );
    await saveState(moto.endpoint, home, 'delivery', services);
    await moto.reset();
    await loadState(moto.endpoint, home, 'delivery');

    const publish = (color: string, Message: string) =>
      sns.send(
        new PublishCommand({
          TopicArn: topicArn('alerts'),
          Message,
          MessageAttributes: { color: { DataType: 'String', StringValue: color } },
        }),
      );
    await publish('blue', 'filtered out');
    await publish('red', 'delivered raw');

    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'inbox' }));
    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }),
    );
    expect(received.Messages?.map((m) => m.Body)).toEqual(['delivered raw']);
    expect(received.Messages?.[0]?.MessageAttributes?.color?.StringValue).toBe('red');
  });

  it('gives the same layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', services);
    await saveState(moto.endpoint, home, 'same', services);

    const digests = async (pod: string) => (await inspect(pod, options(moto.endpoint, home))).layers.map((l) => l.digest);
    const first = await digests('same:1');
    expect(first).toHaveLength(3);
    expect(await digests('same:2')).toEqual(first);
  });

  it('overwrites a topic and its subscriptions under deep-merge and leaves other topics alone', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'inbox' }));
    await sns.send(new CreateTopicCommand({ Name: 'shared', Attributes: { DisplayName: 'From pod' }, Tags: [{ Key: 'from', Value: 'pod' }] }));
    await sns.send(
      new SubscribeCommand({
        TopicArn: topicArn('shared'),
        Protocol: 'sqs',
        Endpoint: queueArn('inbox'),
        Attributes: { RawMessageDelivery: 'true', FilterPolicy: filterPolicy },
      }),
    );
    await saveState(moto.endpoint, home, 'deep', services);
    await sns.send(new SetTopicAttributesCommand({ TopicArn: topicArn('shared'), AttributeName: 'DisplayName', AttributeValue: 'Changed' }));
    await sns.send(new TagResourceCommand({ ResourceArn: topicArn('shared'), Tags: [{ Key: 'extra', Value: 'x' }] }));
    const subscriptionArn = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn('shared') }))).Subscriptions![0]!
      .SubscriptionArn!;
    await sns.send(
      new SetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn, AttributeName: 'RawMessageDelivery', AttributeValue: 'false' }),
    );
    await sns.send(new CreateTopicCommand({ Name: 'other' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await topicNames()).toEqual(['other', 'shared']);
    const attributes = (await sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn('shared') }))).Attributes!;
    expect(attributes.DisplayName).toBe('From pod');
    expect((await sns.send(new ListTagsForResourceCommand({ ResourceArn: topicArn('shared') }))).Tags).toEqual([{ Key: 'from', Value: 'pod' }]);
    const subs = await subscriptions('shared');
    expect(subs).toHaveLength(1);
    expect(subs[0]!.attributes).toMatchObject({ RawMessageDelivery: 'true', FilterPolicy: filterPolicy });
  });

  it('reports a subscription whose topic the pod lacks, and restores the rest', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'whole', services);
    await rewritePod(home, 'whole', 'orphan', (record, service) =>
      service === 'sns' && record.type === 'subscription' && record.data.protocol === 'https'
        ? { ...record, id: 'gone/https/https://hooks.example.com/alerts', data: { ...record.data, topic: 'gone' } }
        : record,
    );
    await moto.reset();

    const loaded = loadState(moto.endpoint, home, 'orphan');

    await expect(loaded).rejects.toBeInstanceOf(RestoreIncompleteError);
    const failures = ((await loaded.catch((e: unknown) => e)) as RestoreIncompleteError).failures;
    expect(failures).toEqual([
      { service: 'sns', resource: 'subscription gone/https/https://hooks.example.com/alerts', message: expect.stringContaining('"gone"') },
    ]);
    expect(await topicNames()).toEqual(['alerts', 'orders.fifo']);
    expect((await subscriptions('alerts')).map((s) => s.endpoint)).toEqual([queueArn('inbox')]);
  });

  it('restores platform applications with their attributes after the topics they name, and the SMS preferences', async () => {
    await sns.send(new CreateTopicCommand({ Name: 'devices' }));
    const attributes = {
      PlatformCredential: 'fcm-key',
      PlatformPrincipal: 'fcm-sender',
      EventEndpointCreated: topicArn('devices'),
      SuccessFeedbackRoleArn: `arn:aws:iam::${ACCOUNT}:role/feedback`,
      SuccessFeedbackSampleRate: '25',
    };
    await sns.send(new CreatePlatformApplicationCommand({ Name: 'android', Platform: 'GCM', Attributes: attributes }));
    const sms = { DefaultSenderID: 'Notify', DefaultSMSType: 'Transactional', UsageReportS3Bucket: 'sms-usage' };
    await sns.send(new SetSMSAttributesCommand({ attributes: sms }));
    const saved = await saveState(moto.endpoint, home, 'push', services);
    expect(saved.resources).toEqual({ sns: 3 });
    await moto.reset();

    await loadState(moto.endpoint, home, 'push');

    const application = await sns.send(
      new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: `arn:aws:sns:us-east-1:${ACCOUNT}:app/GCM/android` }),
    );
    expect(application.Attributes).toMatchObject(attributes);
    expect((await sns.send(new GetSMSAttributesCommand({}))).attributes).toMatchObject(sms);
  });
});
