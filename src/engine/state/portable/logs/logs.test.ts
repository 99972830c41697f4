import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  DeleteLogGroupCommand,
  DescribeMetricFiltersCommand,
  DescribeSubscriptionFiltersCommand,
  GetLogEventsCommand,
  ListTagsForResourceCommand,
  PutLogEventsCommand,
  PutMetricFilterCommand,
  PutRetentionPolicyCommand,
  PutSubscriptionFilterCommand,
  type InputLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, RestoreIncompleteError } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('logs,iam,lambda');

let moto: Moto;
let logs: CloudWatchLogsClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  logs = new CloudWatchLogsClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  logs.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const HOUR = 60 * 60 * 1000;
const start = Date.now() - 3 * 24 * HOUR;
const kmsKey = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const transformations = [{ metricName: 'Errors', metricNamespace: 'App', metricValue: '1', defaultValue: 0 }];

/** 12,500 events over two days: more than one GetLogEvents page and more than one PutLogEvents batch. */
const many: InputLogEvent[] = Array.from({ length: 12_500 }, (_, i) => ({
  timestamp: start + Math.floor((i * 48 * HOUR) / 12_500),
  message: `request ${i} ${'x'.repeat(i % 50)}`,
}));

async function put(group: string, stream: string, events: InputLogEvent[]): Promise<void> {
  await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
  for (let i = 0; i < events.length; i += 5_000) {
    await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: events.slice(i, i + 5_000) }));
  }
}

async function seed(): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/api', kmsKeyId: kmsKey, tags: { team: 'api', env: 'dev' } }));
  await logs.send(new PutRetentionPolicyCommand({ logGroupName: '/app/api', retentionInDays: 30 }));
  await logs.send(
    new PutMetricFilterCommand({
      logGroupName: '/app/api',
      filterName: 'errors',
      filterPattern: 'ERROR',
      metricTransformations: transformations,
    }),
  );
  await put('/app/api', 'web-1', many);
  await put('/app/api', 'web-2', [
    { timestamp: start, message: 'first' },
    { timestamp: start + 1000, message: 'ünïcödé ✓' },
  ]);
  await logs.send(new CreateLogStreamCommand({ logGroupName: '/app/api', logStreamName: 'empty' }));
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/worker' }));
  const eu = new CloudWatchLogsClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new CreateLogGroupCommand({ logGroupName: 'eu-group' }));
  eu.destroy();
}

async function groupNames(): Promise<string[]> {
  return ((await logs.send(new DescribeLogGroupsCommand({}))).logGroups ?? []).map((g) => g.logGroupName!).sort();
}

async function events(group: string, stream: string): Promise<{ timestamp: number; message: string }[]> {
  const out: { timestamp: number; message: string }[] = [];
  let nextToken: string | undefined;
  for (;;) {
    const page = await logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true, nextToken }));
    out.push(...(page.events ?? []).map((e) => ({ timestamp: e.timestamp!, message: e.message! })));
    if (page.nextForwardToken === nextToken) return out;
    nextToken = page.nextForwardToken;
  }
}

describe('the logs module', () => {
  it('restores log groups with retention, KMS key, tags and metric filters, and every event of their streams', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'logs-pod', { services: 'logs' });
    // Three groups and three streams.
    expect(saved.resources).toEqual({ logs: 6 });
    await moto.reset();
    expect(await groupNames()).toEqual([]);

    await loadState(moto.endpoint, home, 'logs-pod');

    expect(await groupNames()).toEqual(['/app/api', '/app/worker']);
    const api = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/api' }))).logGroups![0]!;
    expect(api.retentionInDays).toBe(30);
    expect(api.kmsKeyId).toBe(kmsKey);
    const tags = await logs.send(new ListTagsForResourceCommand({ resourceArn: api.logGroupArn }));
    expect(tags.tags).toEqual({ env: 'dev', team: 'api' });
    const filters = (await logs.send(new DescribeMetricFiltersCommand({ logGroupName: '/app/api' }))).metricFilters!;
    expect(filters.map((f) => [f.filterName, f.filterPattern, f.metricTransformations])).toEqual([['errors', 'ERROR', transformations]]);
    const streams = (await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/app/api' }))).logStreams!;
    expect(streams.map((s) => s.logStreamName).sort()).toEqual(['empty', 'web-1', 'web-2']);
    expect(await events('/app/api', 'web-1')).toEqual(many);
    expect(await events('/app/api', 'web-2')).toEqual([
      { timestamp: start, message: 'first' },
      { timestamp: start + 1000, message: 'ünïcödé ✓' },
    ]);
    expect(await events('/app/api', 'empty')).toEqual([]);
    const worker = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/worker' }))).logGroups![0]!;
    expect(worker.retentionInDays).toBeUndefined();

    const eu = new CloudWatchLogsClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const euGroups = (await eu.send(new DescribeLogGroupsCommand({}))).logGroups ?? [];
    eu.destroy();
    expect(euGroups.map((g) => g.logGroupName)).toEqual(['eu-group']);
  });

  it('gives the same layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', { services: 'logs' });
    const second = await saveState(moto.endpoint, home, 'same', { services: 'logs' });
    const first = await inspect('same:1', options(moto.endpoint, home));
    const again = await inspect('same:2', options(moto.endpoint, home));
    expect(again.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
    expect(second.newBytes).toBeLessThan(2048);
  });

  it('replaces a stream with the pod events under deep-merge, without duplicates, and keeps other groups and streams', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'shared' }));
    await put('shared', 'app', [{ timestamp: start, message: 'from pod' }]);
    await saveState(moto.endpoint, home, 'deep', { services: 'logs' });
    await logs.send(
      new PutLogEventsCommand({ logGroupName: 'shared', logStreamName: 'app', logEvents: [{ timestamp: start + 1, message: 'later' }] }),
    );
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'shared', retentionInDays: 1 }));
    await put('shared', 'other', [{ timestamp: start, message: 'stays' }]);
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'extra' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await groupNames()).toEqual(['extra', 'shared']);
    const shared = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'shared' }))).logGroups![0]!;
    expect(shared.retentionInDays).toBeUndefined();
    expect(await events('shared', 'app')).toEqual([{ timestamp: start, message: 'from pod' }]);
    expect(await events('shared', 'other')).toEqual([{ timestamp: start, message: 'stays' }]);
  });

  it('reports a group whose KMS key moto cannot change (no AssociateKmsKey) and still restores its streams', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'encrypted', kmsKeyId: kmsKey }));
    await put('encrypted', 'app', [{ timestamp: start, message: 'from pod' }]);
    await saveState(moto.endpoint, home, 'kms', { services: 'logs' });
    await moto.reset();
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'encrypted' }));

    const loaded = loadState(moto.endpoint, home, 'kms', { strategy: 'deep-merge' });

    await expect(loaded).rejects.toBeInstanceOf(RestoreIncompleteError);
    const failures = ((await loaded.catch((e: unknown) => e)) as RestoreIncompleteError).failures;
    expect(failures.map((f) => [f.service, f.resource])).toEqual([['logs', 'log group encrypted']]);
    expect(await events('encrypted', 'app')).toEqual([{ timestamp: start, message: 'from pod' }]);
  });

  it('restores a subscription filter to a Lambda function that exists', async () => {
    const iam = new IAMClient(sdkConfig(moto.endpoint));
    const lambda = new LambdaClient(sdkConfig(moto.endpoint));
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'fn', AssumeRolePolicyDocument: '{}' }))).Role!.Arn!;
    const emptyZip = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
    const fn = await lambda.send(
      new CreateFunctionCommand({ FunctionName: 'sink', Runtime: 'python3.12', Role: role, Handler: 'h.h', Code: { ZipFile: emptyZip } }),
    );
    iam.destroy();
    lambda.destroy();
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'subscribed' }));
    await logs.send(
      new PutSubscriptionFilterCommand({ logGroupName: 'subscribed', filterName: 'errors', filterPattern: 'ERROR', destinationArn: fn.FunctionArn }),
    );
    await saveState(moto.endpoint, home, 'sub', { services: 'logs' });
    // The function stays: only the log group, which the filter belongs to, goes.
    await logs.send(new DeleteLogGroupCommand({ logGroupName: 'subscribed' }));

    await loadState(moto.endpoint, home, 'sub');

    const filters = (await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName: 'subscribed' }))).subscriptionFilters!;
    expect(filters.map((f) => [f.filterName, f.filterPattern, f.destinationArn, f.distribution])).toEqual([
      ['errors', 'ERROR', fn.FunctionArn, 'ByLogStream'],
    ]);
  });

  it('clears every log group of a region when a merge load replaces the service', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'kept' }));
    await saveState(moto.endpoint, home, 'merge', { services: 'logs' });
    await seed();

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(await groupNames()).toEqual(['kept']);
    const eu = new CloudWatchLogsClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const euGroups = (await eu.send(new DescribeLogGroupsCommand({}))).logGroups ?? [];
    eu.destroy();
    expect(euGroups).toEqual([]);
  });
});

describe('log resource policies', () => {
  it('come back, and a merge load takes away those the pod does not hold', async () => {
    const { DescribeResourcePoliciesCommand, PutResourcePolicyCommand } = await import('@aws-sdk/client-cloudwatch-logs');
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 'logs:PutLogEvents', Resource: '*' }],
    });
    await logs.send(new PutResourcePolicyCommand({ policyName: 'delivery', policyDocument: document }));
    await saveState(moto.endpoint, home, 'policies', { services: 'logs' });
    await moto.reset();

    await loadState(moto.endpoint, home, 'policies');

    const policies = async () =>
      ((await logs.send(new DescribeResourcePoliciesCommand({}))).resourcePolicies ?? []).map((p) => [p.policyName, p.policyDocument]);
    expect(await policies()).toEqual([['delivery', document]]);
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/only/a/group' }));
    await logs.send(new PutResourcePolicyCommand({ policyName: 'later', policyDocument: document }));
    await loadState(moto.endpoint, home, 'policies', { strategy: 'merge' });
    expect(await policies()).toEqual([['delivery', document]]);
  });
});

describe('log destinations and deliveries', () => {
  it('come back with their policies, a delivery under a new id the save warns of, and a merge load takes away those the pod does not hold', async () => {
    const L = await import('@aws-sdk/client-cloudwatch-logs');
    const stream = 'arn:aws:kinesis:us-east-1:123456789012:stream/audit';
    const role = 'arn:aws:iam::123456789012:role/logs-to-kinesis';
    const access = (resource: string, action: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: action, Resource: resource }],
      });
    const destinationArn = 'arn:aws:logs:us-east-1:123456789012:destination:audit';
    await logs.send(new L.PutDestinationCommand({ destinationName: 'audit', targetArn: stream, roleArn: role }));
    await logs.send(
      new L.PutDestinationPolicyCommand({ destinationName: 'audit', accessPolicy: access(destinationArn, 'logs:PutSubscriptionFilter') }),
    );
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/vended/kb' }));
    const source = { name: 'kb', resourceArn: 'arn:aws:bedrock:us-east-1:123456789012:knowledge-base/kb1', logType: 'APPLICATION_LOGS' };
    await logs.send(new L.PutDeliverySourceCommand(source));
    const groupArn = 'arn:aws:logs:us-east-1:123456789012:log-group:/vended/kb';
    const { deliveryDestination } = await logs.send(
      new L.PutDeliveryDestinationCommand({ name: 'kb-logs', deliveryDestinationConfiguration: { destinationResourceArn: groupArn } }),
    );
    const policy = access(deliveryDestination!.arn!, 'logs:CreateDelivery');
    await logs.send(new L.PutDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'kb-logs', deliveryDestinationPolicy: policy }));
    const fields = ['event_timestamp', 'resource_arn'];
    await logs.send(
      new L.CreateDeliveryCommand({ deliverySourceName: 'kb', deliveryDestinationArn: deliveryDestination!.arn, recordFields: fields }),
    );
    const saved = await saveState(moto.endpoint, home, 'vended', { services: 'logs' });
    expect(saved.warnings.map((w) => w.resource)).toEqual([`log delivery kb>${deliveryDestination!.arn}`]);
    await moto.reset();

    await loadState(moto.endpoint, home, 'vended');

    const destinations = (await logs.send(new L.DescribeDestinationsCommand({}))).destinations ?? [];
    expect(destinations.map((d) => [d.destinationName, d.targetArn, d.roleArn, d.accessPolicy])).toEqual([
      ['audit', stream, role, access(destinationArn, 'logs:PutSubscriptionFilter')],
    ]);
    const sources = (await logs.send(new L.DescribeDeliverySourcesCommand({}))).deliverySources ?? [];
    expect(sources.map((s) => [s.name, s.resourceArns, s.logType])).toEqual([['kb', [source.resourceArn], source.logType]]);
    const dests = (await logs.send(new L.DescribeDeliveryDestinationsCommand({}))).deliveryDestinations ?? [];
    expect(dests.map((d) => [d.name, d.deliveryDestinationConfiguration?.destinationResourceArn])).toEqual([['kb-logs', groupArn]]);
    const restoredPolicy = await logs.send(new L.GetDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'kb-logs' }));
    expect(restoredPolicy.policy?.deliveryDestinationPolicy).toBe(policy);
    const delivered = async () =>
      ((await logs.send(new L.DescribeDeliveriesCommand({}))).deliveries ?? []).map((d) => [
        d.deliverySourceName,
        d.deliveryDestinationArn,
        d.recordFields,
      ]);
    expect(await delivered()).toEqual([['kb', deliveryDestination!.arn, fields]]);

    // A deep-merge load keeps the delivery that exists rather than adding a second one.
    await loadState(moto.endpoint, home, 'vended', { strategy: 'deep-merge' });
    expect(await delivered()).toHaveLength(1);
    await logs.send(new L.PutDestinationCommand({ destinationName: 'later', targetArn: stream, roleArn: role }));
    await loadState(moto.endpoint, home, 'vended', { strategy: 'merge' });
    expect(((await logs.send(new L.DescribeDestinationsCommand({}))).destinations ?? []).map((d) => d.destinationName)).toEqual(['audit']);
  });
});
