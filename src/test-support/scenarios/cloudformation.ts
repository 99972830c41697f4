import * as CloudFormation from '@aws-sdk/client-cloudformation';
import * as S3 from '@aws-sdk/client-s3';
import * as SNS from '@aws-sdk/client-sns';
import * as SQS from '@aws-sdk/client-sqs';
import { expect } from 'vitest';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { scenarioOf } from './scenario.js';

const services = { services: 'cloudformation,s3,sqs,sns' };

/** A shop's stack: a bucket, a queue and a topic each named in the template and named by CloudFormation. */
const TEMPLATE = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Description: 'the shop',
  Parameters: { Env: { Type: 'String', Default: 'dev' }, Retention: { Type: 'Number', Default: 345600 } },
  Resources: {
    Assets: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'shop-assets-${Env}' } } },
    Uploads: { Type: 'AWS::S3::Bucket' },
    Orders: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'shop-orders', MessageRetentionPeriod: { Ref: 'Retention' } } },
    Jobs: { Type: 'AWS::SQS::Queue' },
    Events: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'shop-events' } },
    Alerts: { Type: 'AWS::SNS::Topic' },
  },
  Outputs: {
    UploadsBucket: { Value: { Ref: 'Uploads' } },
    JobsQueueUrl: { Value: { Ref: 'Jobs' } },
    JobsQueueArn: { Value: { 'Fn::GetAtt': ['Jobs', 'Arn'] } },
    AlertsTopic: { Value: { Ref: 'Alerts' }, Export: { Name: 'shop-alerts' } },
  },
});

const PARAMETERS = [
  { ParameterKey: 'Env', ParameterValue: 'prod' },
  { ParameterKey: 'Retention', ParameterValue: '86400' },
];

type Clients = { cf: CloudFormation.CloudFormationClient; s3: S3.S3Client; sqs: SQS.SQSClient; sns: SNS.SNSClient };

async function settledStatus(cf: CloudFormation.CloudFormationClient): Promise<string> {
  for (;;) {
    const status = (await cf.send(new CloudFormation.DescribeStacksCommand({ StackName: 'shop' }))).Stacks![0]!.StackStatus!;
    if (!status.endsWith('_IN_PROGRESS')) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function createShop({ cf, s3 }: Clients): Promise<void> {
  await cf.send(
    new CloudFormation.CreateStackCommand({
      StackName: 'shop',
      TemplateBody: TEMPLATE,
      Parameters: PARAMETERS,
      Tags: [{ Key: 'team', Value: 'shop' }],
      Capabilities: ['CAPABILITY_IAM'],
      EnableTerminationProtection: true,
    }),
  );
  expect(await settledStatus(cf)).toBe('CREATE_COMPLETE');
  const uploads = (await cf.send(new CloudFormation.DescribeStackResourceCommand({ StackName: 'shop', LogicalResourceId: 'Uploads' })))
    .StackResourceDetail!;
  await s3.send(new S3.PutObjectCommand({ Bucket: uploads.PhysicalResourceId, Key: 'logo.png', Body: 'png' }));
}

/** Every bucket, queue and topic of the instance: what the stack made, and nothing twice. */
async function inventory({ s3, sqs, sns }: Clients) {
  const buckets = ((await s3.send(new S3.ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name!);
  const queues = ((await sqs.send(new SQS.ListQueuesCommand({}))).QueueUrls ?? []).map((u) => u.slice(u.lastIndexOf('/') + 1));
  const topics = ((await sns.send(new SNS.ListTopicsCommand({}))).Topics ?? []).map((t) => t.TopicArn!);
  return { buckets: buckets.sort(), queues: queues.sort(), topics: topics.sort() };
}

async function shopState(c: Clients) {
  const stacks = (await c.cf.send(new CloudFormation.DescribeStacksCommand({}))).Stacks ?? [];
  const live = stacks.filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
  if (live.length === 0) return { stack: undefined, resources: [], inventory: await inventory(c) };
  const { StackId, CreationTime, LastUpdatedTime, StackStatus, DriftInformation, StackStatusReason, RollbackConfiguration, ...stack } = live[0]!;
  const resources = ((await c.cf.send(new CloudFormation.ListStackResourcesCommand({ StackName: 'shop' }))).StackResourceSummaries ?? [])
    .map((r) => ({ logicalId: r.LogicalResourceId, physicalId: r.PhysicalResourceId, type: r.ResourceType }))
    .sort((a, b) => a.logicalId!.localeCompare(b.logicalId!));
  const sortOutputs = (o: CloudFormation.Output[] | undefined) => o?.sort((a, b) => a.OutputKey!.localeCompare(b.OutputKey!));
  return JSON.parse(
    JSON.stringify({ stacks: live.length, stack: { ...stack, Outputs: sortOutputs(stack.Outputs) }, resources, inventory: await inventory(c) }),
  );
}

/** Each physical resource of the stack, found once among the buckets, queues and topics. */
function eachOnce(state: Awaited<ReturnType<typeof shopState>>): void {
  const all = [...state.inventory.buckets, ...state.inventory.queues, ...state.inventory.topics];
  for (const r of state.resources as { physicalId: string }[]) {
    const name = r.physicalId.startsWith('arn:') ? r.physicalId : r.physicalId.slice(r.physicalId.lastIndexOf('/') + 1);
    expect(
      all.filter((x) => x === name),
      name,
    ).toHaveLength(1);
  }
}

/** What the instance says of a change set of the same template and parameters. */
async function sameTemplateChangeSet(cf: CloudFormation.CloudFormationClient) {
  try {
    await cf.send(
      new CloudFormation.CreateChangeSetCommand({
        StackName: 'shop',
        ChangeSetName: 'again',
        TemplateBody: TEMPLATE,
        Parameters: PARAMETERS,
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
  } catch (error) {
    return { refused: (error as Error).message };
  }
  for (;;) {
    const c = await cf.send(new CloudFormation.DescribeChangeSetCommand({ StackName: 'shop', ChangeSetName: 'again' }));
    if (!['CREATE_PENDING', 'CREATE_IN_PROGRESS'].includes(c.Status!)) {
      await cf.send(new CloudFormation.DeleteChangeSetCommand({ StackName: 'shop', ChangeSetName: 'again' }));
      return {
        status: c.Status,
        ...(c.StatusReason ? { reason: c.StatusReason } : {}),
        changes: (c.Changes ?? []).map((x) => `${x.ResourceChange?.Action} ${x.ResourceChange?.LogicalResourceId}`).sort(),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const NO_CHANGES = {
  status: 'FAILED',
  reason: "The submitted information didn't contain changes. Submit different information to create a change set.",
  changes: [],
};

async function roundTrip(endpoint: string, emulator: Emulator) {
  const config = sdkConfig(endpoint);
  const c: Clients = {
    cf: new CloudFormation.CloudFormationClient(config),
    s3: new S3.S3Client(config),
    sqs: new SQS.SQSClient(config),
    sns: new SNS.SNSClient(config),
  };
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    // What other scenarios left on the instance (buckets, topics): the stack's are the rest.
    const { inventory: baseline } = await shopState(c);
    await createShop(c);
    const before = await shopState(c);
    expect(before.resources).toHaveLength(6);
    eachOnce(before);
    // moto does not compare a change set with the stack: it lists every resource as added.
    const ADDED_AGAIN = { status: 'CREATE_COMPLETE', changes: ['Add Alerts', 'Add Assets', 'Add Events', 'Add Jobs', 'Add Orders', 'Add Uploads'] };
    expect(await sameTemplateChangeSet(c.cf)).toEqual(emulator === 'moto' ? ADDED_AGAIN : NO_CHANGES);
    const saved = await saveState(endpoint, home, 'shop', services);
    expect(saved.resources.cloudformation).toBe(1);
    await emptyServices(endpoint, home, 'empty', services.services);
    const emptied = await shopState(c);
    expect(emptied.stack).toBeUndefined();
    expect(emptied.inventory).toEqual(baseline);
    if (emulator === 'moto') {
      // moto's CloudFormation fails a bucket under an existing name (BucketAlreadyExists) and
      // cannot import: the stack is not made again around the restored bucket, and says so.
      const loaded = await loadState(endpoint, home, 'shop', services);
      expect(loaded.warnings.map((w) => w.message)).toEqual([expect.stringContaining("moto's CloudFormation can neither import")]);
      const after = await shopState(c);
      expect(after).toEqual({ ...emptied, inventory: before.inventory });
      return;
    }
    const loaded = await loadState(endpoint, home, 'shop', services);
    const after = await shopState(c);
    expect(after.inventory).toEqual(before.inventory);
    eachOnce(after);
    const uploads = (after.resources as { logicalId: string; physicalId: string }[]).find((r) => r.logicalId === 'Uploads')!;
    expect((await c.s3.send(new S3.ListObjectsV2Command({ Bucket: uploads.physicalId }))).Contents?.map((o) => o.Key)).toEqual(['logo.png']);
    if (emulator === 'ministack') {
      // Imported, then updated to the template as it was: exact, but for the description, which
      // MiniStack leaves empty on every stack a change set makes (`aws cloudformation deploy`'s too).
      expect(after).toEqual({ ...before, stack: { ...before.stack, Description: '' } });
      expect(loaded.warnings).toEqual([]);
      expect(await sameTemplateChangeSet(c.cf)).toEqual(NO_CHANGES);
    } else {
      expect(after).toEqual(before);
      // LocalStack cannot import: the stack is made again with the generated names written into
      // its template, so the original template names them no more and would replace them.
      expect(loaded.warnings.map((w) => w.message)).toEqual([expect.stringContaining('Uploads, Jobs, Alerts')]);
      expect(await sameTemplateChangeSet(c.cf)).toEqual({ status: 'CREATE_COMPLETE', changes: ['Modify Alerts', 'Modify Jobs', 'Modify Uploads'] });
    }
  } finally {
    for (const client of Object.values(c)) client.destroy();
  }
}

export const cloudformationScenario = scenarioOf(
  'cloudformation',
  'restores a stack (parameters, tags, outputs, resources once) around the buckets, queues and topics the other modules restore',
  roundTrip,
);
