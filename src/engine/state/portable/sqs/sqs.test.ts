import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  TagQueueCommand,
  type Message,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, RestoreIncompleteError } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import { rewritePod } from '../../../../test-support/pod-records.js';

const { loadState, options, saveState } = engineFor('sqs');

let moto: Moto;
let sqs: SQSClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  sqs = new SQSClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  sqs.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const ACCOUNT = '123456789012';
const only = { services: 'sqs' };

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'sns.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`,
      Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } },
    },
  ],
});

async function url(name: string): Promise<string> {
  return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
}

async function attributes(name: string): Promise<Record<string, string>> {
  return (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: await url(name), AttributeNames: ['All'] }))).Attributes!;
}

/** Receives and hides every message of a queue, in queue order. */
async function drain(name: string): Promise<Message[]> {
  const QueueUrl = await url(name);
  const all: Message[] = [];
  for (;;) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 300,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    if (!received.Messages?.length) return all;
    all.push(...received.Messages);
  }
}

async function sendMany(name: string, count: number): Promise<void> {
  const QueueUrl = await url(name);
  for (let i = 0; i < count; i += 10) {
    const Entries = Array.from({ length: Math.min(10, count - i) }, (_, j) => ({ Id: String(j), MessageBody: `message ${i + j}` }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }));
  }
}

async function seed(): Promise<void> {
  await sqs.send(new CreateQueueCommand({ QueueName: 'jobs-dlq' }));
  await sqs.send(
    new CreateQueueCommand({
      // Sorts before its dead-letter queue, so its redrive policy must wait for it on restore.
      QueueName: 'jobs',
      Attributes: {
        VisibilityTimeout: '45',
        DelaySeconds: '3',
        MessageRetentionPeriod: '86400',
        MaximumMessageSize: '2048',
        ReceiveMessageWaitTimeSeconds: '2',
        Policy: policy,
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs-dlq`, maxReceiveCount: 5 }),
      },
      tags: { team: 'core', env: 'dev' },
    }),
  );
  const jobs = await url('jobs');
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: jobs,
      MessageBody: 'first',
      DelaySeconds: 0,
      MessageAttributes: {
        kind: { DataType: 'String', StringValue: 'resize' },
        size: { DataType: 'Number', StringValue: '42' },
        thumb: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 2, 255]) },
      },
    }),
  );
  await sqs.send(new SendMessageCommand({ QueueUrl: jobs, MessageBody: 'second', DelaySeconds: 0 }));
  await sqs.send(new SendMessageCommand({ QueueUrl: await url('jobs-dlq'), MessageBody: 'dead' }));

  await sqs.send(new CreateQueueCommand({ QueueName: 'events.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
  const events = await url('events.fifo');
  for (const [group, body, dedup] of [
    ['a', 'a1', undefined],
    ['b', 'b1', 'explicit-b1'],
    ['a', 'a2', undefined],
  ] as const) {
    await sqs.send(new SendMessageCommand({ QueueUrl: events, MessageBody: body, MessageGroupId: group, MessageDeduplicationId: dedup }));
  }
}

async function queueNames(): Promise<string[]> {
  const urls = (await sqs.send(new ListQueuesCommand({}))).QueueUrls ?? [];
  return urls.map((u) => u.slice(u.lastIndexOf('/') + 1)).sort();
}

async function layerDigests(pod: string): Promise<string[]> {
  const info = await inspect(pod, options(moto.endpoint, home));
  return info.layers.map((l) => l.digest);
}

describe('the sqs module', () => {
  it('restores standard and FIFO queues with attributes, redrive policy, queue policy and tags, and their messages in order', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'sqs-pod', only);
    // 3 queues, 2 + 1 + 3 messages.
    expect(saved.resources).toEqual({ sqs: 9 });
    await moto.reset();
    expect(await queueNames()).toEqual([]);

    await loadState(moto.endpoint, home, 'sqs-pod');

    expect(await queueNames()).toEqual(['events.fifo', 'jobs', 'jobs-dlq']);
    const jobs = await attributes('jobs');
    expect(jobs).toMatchObject({
      VisibilityTimeout: '45',
      DelaySeconds: '3',
      MessageRetentionPeriod: '86400',
      MaximumMessageSize: '2048',
      ReceiveMessageWaitTimeSeconds: '2',
    });
    expect(JSON.parse(jobs.Policy!)).toEqual(JSON.parse(policy));
    expect(JSON.parse(jobs.RedrivePolicy!)).toEqual({
      deadLetterTargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs-dlq`,
      maxReceiveCount: 5,
    });
    expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl: await url('jobs') }))).Tags).toEqual({ team: 'core', env: 'dev' });
    const events = await attributes('events.fifo');
    expect(events).toMatchObject({ FifoQueue: 'true', ContentBasedDeduplication: 'true' });

    // Sent undelayed although the queue delays new messages by 3 seconds.
    const jobMessages = await drain('jobs');
    expect(jobMessages.map((m) => m.Body)).toEqual(['first', 'second']);
    expect(jobMessages[0]!.MessageAttributes).toEqual({
      kind: { DataType: 'String', StringValue: 'resize' },
      size: { DataType: 'Number', StringValue: '42' },
      thumb: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 1, 2, 255]) },
    });
    expect((await drain('jobs-dlq')).map((m) => m.Body)).toEqual(['dead']);
    const fifo = await drain('events.fifo');
    expect(fifo.map((m) => [m.Body, m.Attributes?.MessageGroupId])).toEqual([
      ['a1', 'a'],
      ['b1', 'b'],
      ['a2', 'a'],
    ]);
    expect(fifo[1]!.Attributes?.MessageDeduplicationId).toBe('explicit-b1');
  });

  it('leaves every captured message visible, and does not capture or release messages in flight elsewhere', async () => {
    await seed();
    const jobs = await url('jobs');
    const taken = await sqs.send(new ReceiveMessageCommand({ QueueUrl: jobs, MaxNumberOfMessages: 1, VisibilityTimeout: 300 }));
    expect(taken.Messages?.[0]?.Body).toBe('first');

    const saved = await saveState(moto.endpoint, home, 'in-flight', only);

    expect(saved.resources).toEqual({ sqs: 8 });
    expect(await attributes('jobs')).toMatchObject({ ApproximateNumberOfMessages: '1', ApproximateNumberOfMessagesNotVisible: '1' });
    expect(await attributes('events.fifo')).toMatchObject({
      ApproximateNumberOfMessages: '3',
      ApproximateNumberOfMessagesNotVisible: '0',
    });
    expect(await attributes('jobs-dlq')).toMatchObject({ ApproximateNumberOfMessages: '1' });
  });

  it('streams a queue of many messages and restores them in their order', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'bulk' }));
    await sendMany('bulk', 200);

    const saved = await saveState(moto.endpoint, home, 'bulk', only);
    expect(saved.resources).toEqual({ sqs: 201 });
    expect(await attributes('bulk')).toMatchObject({ ApproximateNumberOfMessages: '200' });
    await moto.reset();
    await loadState(moto.endpoint, home, 'bulk');

    const bodies = (await drain('bulk')).map((m) => m.Body);
    expect(bodies).toEqual(Array.from({ length: 200 }, (_, i) => `message ${i}`));
  });

  it('captures at most one batch of a FIFO message group, as SQS hands out no more of a group while some are hidden', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'one-group.fifo', Attributes: { FifoQueue: 'true' } }));
    const QueueUrl = await url('one-group.fifo');
    for (let i = 0; i < 15; i += 1) {
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `m${i}`, MessageGroupId: 'g', MessageDeduplicationId: `d${i}` }));
    }

    const saved = await saveState(moto.endpoint, home, 'fifo', only);

    expect(saved.resources).toEqual({ sqs: 11 });
    expect(saved.warnings).toEqual([
      { service: 'sqs', resource: 'queue one-group.fifo', message: expect.stringMatching(/^captured 10 of about 15 messages/) },
    ]);
    expect(await attributes('one-group.fifo')).toMatchObject({ ApproximateNumberOfMessages: '15' });
  });

  it('gives the same layers for unchanged state, messages included', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', only);
    await saveState(moto.endpoint, home, 'same', only);

    const first = await layerDigests('same:1');
    expect(first).toHaveLength(1);
    expect(await layerDigests('same:2')).toEqual(first);
  });

  it('overwrites a queue under deep-merge, its messages included, and leaves other queues alone', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'shared', Attributes: { VisibilityTimeout: '10' }, tags: { from: 'pod' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: await url('shared'), MessageBody: 'from pod' }));
    await saveState(moto.endpoint, home, 'deep', only);
    const shared = await url('shared');
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: shared, Attributes: { VisibilityTimeout: '99' } }));
    await sqs.send(new TagQueueCommand({ QueueUrl: shared, Tags: { from: 'instance', extra: 'x' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: shared, MessageBody: 'from instance' }));
    await sqs.send(new CreateQueueCommand({ QueueName: 'other' }));
    await sqs.send(new SendMessageCommand({ QueueUrl: await url('other'), MessageBody: 'stays' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await queueNames()).toEqual(['other', 'shared']);
    expect(await attributes('shared')).toMatchObject({ VisibilityTimeout: '10' });
    expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl: shared }))).Tags).toEqual({ from: 'pod' });
    expect((await drain('shared')).map((m) => m.Body)).toEqual(['from pod']);
    expect((await drain('other')).map((m) => m.Body)).toEqual(['stays']);
  });

  it('reports a message whose queue the pod lacks, and restores the rest', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'whole', only);
    await rewritePod(home, 'whole', 'orphan', (record) =>
      record.type === 'message' && record.data.body === 'second' ? { ...record, data: { ...record.data, queue: 'gone' } } : record,
    );
    await moto.reset();

    const loaded = loadState(moto.endpoint, home, 'orphan');

    await expect(loaded).rejects.toBeInstanceOf(RestoreIncompleteError);
    const failures = ((await loaded.catch((e: unknown) => e)) as RestoreIncompleteError).failures;
    expect(failures).toEqual([{ service: 'sqs', resource: 'message jobs/00000002', message: expect.stringContaining('"gone"') }]);
    expect((await drain('jobs')).map((m) => m.Body)).toEqual(['first']);
    expect(await queueNames()).toEqual(['events.fifo', 'jobs', 'jobs-dlq']);
  });
});
