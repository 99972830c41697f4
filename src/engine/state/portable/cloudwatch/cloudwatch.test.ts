import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DeleteDashboardsCommand,
  DescribeAlarmsCommand,
  GetDashboardCommand,
  ListDashboardsCommand,
  ListTagsForResourceCommand,
  PutCompositeAlarmCommand,
  PutDashboardCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  TagResourceCommand,
  type CompositeAlarm,
  type MetricAlarm,
  type PutMetricAlarmCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, load, RestoreIncompleteError } from '../../../index.js';
import { RequestProfiles, type RequestEffect } from '../../../../suite/changes.js';
import { startForwardingProxy } from '../../../../suite/forwarding-proxy.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startLocalStack } from '../../../../test-support/localstack.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import type { Server } from '../../../../test-support/processes.js';

const { loadState, options, saveState } = engineFor('cloudwatch,sns,sqs');

let moto: Moto;
let cw: CloudWatchClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  cw = new CloudWatchClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  cw.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const MOTO_ACCOUNT = '123456789012';
const LOCALSTACK_ACCOUNT = '000000000000';
const services = { services: 'cloudwatch' };
const topic = (account: string, name: string) => `arn:aws:sns:us-east-1:${account}:${name}`;

const cpu = (account: string): PutMetricAlarmCommandInput => ({
  AlarmName: 'cpu-high',
  AlarmDescription: 'CPU above 80% on the web host',
  MetricName: 'CPUUtilization',
  Namespace: 'Shop/Web',
  Statistic: 'Average',
  Dimensions: [
    { Name: 'Host', Value: 'web-1' },
    { Name: 'Stage', Value: 'dev' },
  ],
  Period: 60,
  Unit: 'Percent',
  EvaluationPeriods: 3,
  DatapointsToAlarm: 2,
  Threshold: 80,
  ComparisonOperator: 'GreaterThanThreshold',
  // LocalStack evaluates this alarm: with no data, `ignore` keeps whatever state it is in.
  TreatMissingData: 'ignore',
  AlarmActions: [topic(account, 'ops')],
  OKActions: [topic(account, 'ops-ok')],
  InsufficientDataActions: [`arn:aws:lambda:us-east-1:${account}:function:triage`],
});
const latency: PutMetricAlarmCommandInput = {
  AlarmName: 'latency-p99',
  MetricName: 'Latency',
  Namespace: 'Shop/Api',
  ExtendedStatistic: 'p99',
  EvaluateLowSampleCountPercentile: 'ignore',
  Period: 300,
  EvaluationPeriods: 1,
  Threshold: 1.5,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  ActionsEnabled: false,
};
const errorRate: PutMetricAlarmCommandInput = {
  AlarmName: 'error-band',
  EvaluationPeriods: 2,
  ThresholdMetricId: 'band',
  ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold',
  TreatMissingData: 'notBreaching',
  Metrics: [
    {
      Id: 'errors',
      MetricStat: {
        Metric: { Namespace: 'Shop/Api', MetricName: 'Errors', Dimensions: [{ Name: 'Route', Value: '/pay' }] },
        Period: 60,
        Stat: 'Sum',
        Unit: 'Count',
      },
      Label: 'errors',
      ReturnData: true,
    },
    { Id: 'band', Expression: 'ANOMALY_DETECTION_BAND(errors, 2)', Label: 'expected', ReturnData: true },
  ],
};
const dashboardBody = (account: string) =>
  JSON.stringify({
    widgets: [
      { type: 'text', x: 0, y: 0, width: 6, height: 3, properties: { markdown: '# Shop' } },
      { type: 'alarm', x: 6, y: 0, width: 6, height: 3, properties: { alarms: [`arn:aws:cloudwatch:us-east-1:${account}:alarm:cpu-high`] } },
    ],
  });
const alarmState = { StateValue: 'ALARM' as const, StateReason: 'load test', StateReasonData: '{"source":"test"}' };
const describedState = { ...alarmState, StateReasonData: { source: 'test' } };

/** Metric alarms with dimensions, a percentile and metric math, tags, a state and a dashboard; `account` is the instance's. */
async function seedMetricAlarms(client: CloudWatchClient, account: string): Promise<void> {
  for (const alarm of [cpu(account), latency, errorRate]) await client.send(new PutMetricAlarmCommand(alarm));
  await client.send(
    new TagResourceCommand({
      ResourceARN: `arn:aws:cloudwatch:us-east-1:${account}:alarm:cpu-high`,
      Tags: [
        { Key: 'team', Value: 'shop' },
        { Key: 'stage', Value: 'dev' },
      ],
    }),
  );
  await client.send(new SetAlarmStateCommand({ AlarmName: 'cpu-high', ...alarmState }));
  await client.send(new PutDashboardCommand({ DashboardName: 'shop', DashboardBody: dashboardBody(account) }));
}

type Described = Omit<
  MetricAlarm & CompositeAlarm,
  'AlarmConfigurationUpdatedTimestamp' | 'StateUpdatedTimestamp' | 'StateTransitionedTimestamp' | 'StateReasonData'
> & { StateReasonData?: unknown; Tags: unknown[] };

/**
 * The reason data of a state, parsed; LocalStack adds `startDate` to what SetAlarmState gives
 * it (and `version`, for a metric alarm), so those are left out.
 */
function reasonData(text: string | undefined): unknown {
  if (!text) return undefined;
  const { startDate, version, ...data } = JSON.parse(text) as Record<string, unknown>;
  return data;
}

/** Every alarm of the instance as DescribeAlarms reports it, with its tags, without the times of its changes. */
async function alarms(client: CloudWatchClient): Promise<Record<string, Described>> {
  const page = await client.send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }));
  const all: (MetricAlarm & CompositeAlarm)[] = [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])];
  const described = await Promise.all(
    all.map(async ({ AlarmConfigurationUpdatedTimestamp, StateUpdatedTimestamp, StateTransitionedTimestamp, StateReasonData, ...alarm }) => {
      const tags = (await client.send(new ListTagsForResourceCommand({ ResourceARN: alarm.AlarmArn }))).Tags ?? [];
      const tagged = { ...alarm, StateReasonData: reasonData(StateReasonData), Tags: tags.sort((a, b) => (a.Key! < b.Key! ? -1 : 1)) };
      return [alarm.AlarmName!, tagged] as const;
    }),
  );
  return Object.fromEntries(described);
}

async function dashboards(client: CloudWatchClient): Promise<Record<string, string>> {
  const names = ((await client.send(new ListDashboardsCommand({}))).DashboardEntries ?? []).map((d) => d.DashboardName!);
  const bodies = await Promise.all(names.map(async (name) => (await client.send(new GetDashboardCommand({ DashboardName: name }))).DashboardBody!));
  return Object.fromEntries(names.map((name, i) => [name, bodies[i]!]));
}

describe('the cloudwatch module', () => {
  it('restores metric alarms (dimensions, a percentile, metric math) with every setting, their tags and state, and dashboards, in every region', async () => {
    await seedMetricAlarms(cw, MOTO_ACCOUNT);
    const eu = new CloudWatchClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    await eu.send(new PutMetricAlarmCommand({ ...latency, AlarmName: 'eu-latency' }));
    const before = { alarms: await alarms(cw), dashboards: await dashboards(cw), eu: await alarms(eu) };
    expect(before.alarms['cpu-high']).toMatchObject({ ...cpu(MOTO_ACCOUNT), ...describedState, ActionsEnabled: true });

    const saved = await saveState(moto.endpoint, home, 'alarms', services);
    expect(saved.resources).toEqual({ cloudwatch: 5 });
    expect(saved.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(saved.warnings).toEqual([]);
    await moto.reset();
    await loadState(moto.endpoint, home, 'alarms');

    expect({ alarms: await alarms(cw), dashboards: await dashboards(cw), eu: await alarms(eu) }).toEqual(before);
    eu.destroy();
  });

  it('gives the same layers for unchanged state', async () => {
    await seedMetricAlarms(cw, MOTO_ACCOUNT);
    await saveState(moto.endpoint, home, 'same', services);
    const second = await saveState(moto.endpoint, home, 'same', services);
    const first = await inspect('same:1', options(moto.endpoint, home));
    const again = await inspect('same:2', options(moto.endpoint, home));
    expect(again.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
    expect(second.newBytes).toBeLessThan(2048);
  });

  it("makes alarms and dashboards exactly the pod's under a merge load, deleting the others", async () => {
    await cw.send(new PutMetricAlarmCommand(latency));
    await saveState(moto.endpoint, home, 'merge', services);
    const before = await alarms(cw);
    await seedMetricAlarms(cw, MOTO_ACCOUNT);
    await cw.send(new PutMetricAlarmCommand({ ...latency, Threshold: 9, ActionsEnabled: true }));

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(await alarms(cw)).toEqual(before);
    expect(await dashboards(cw)).toEqual({});
  });

  it("restores only the alarms and dashboards the SDK's writes named, and the whole service after metric data", async () => {
    await seedMetricAlarms(cw, MOTO_ACCOUNT);
    await cw.send(new PutMetricAlarmCommand({ ...latency, AlarmName: 'kept' }));
    await saveState(moto.endpoint, home, 'partial', services);
    const before = { alarms: await alarms(cw), dashboards: await dashboards(cw) };
    const effects: RequestEffect[] = [];
    const profiles = await RequestProfiles.ofEveryModule();
    const proxy = await startForwardingProxy(moto.endpoint, {
      wantsBody: (head) => profiles.needsBody(head),
      observe: (head, body) => effects.push(profiles.effect(head, body)),
    });
    const tested = new CloudWatchClient(sdkConfig(proxy.url));
    await tested.send(new PutMetricAlarmCommand({ ...cpu(MOTO_ACCOUNT), Threshold: 95 }));
    await tested.send(new SetAlarmStateCommand({ AlarmName: 'latency-p99', StateValue: 'ALARM', StateReason: 'changed' }));
    await tested.send(new DeleteAlarmsCommand({ AlarmNames: ['error-band'] }));
    await tested.send(new PutMetricAlarmCommand({ ...latency, AlarmName: 'added' }));
    await tested.send(new DeleteDashboardsCommand({ DashboardNames: ['shop'] }));
    await tested.send(new DescribeAlarmsCommand({}));
    const groups = effects.filter((e) => e.service).map((e) => e.groups);
    await tested.send(new PutMetricDataCommand({ Namespace: 'Shop/Web', MetricData: [{ MetricName: 'Orders', Value: 1 }] }));
    tested.destroy();
    await proxy.close();
    expect(groups).toEqual([['cpu-high'], ['latency-p99'], ['error-band'], ['added'], ['shop']]);
    expect(effects.at(-1)).toEqual({ service: 'cloudwatch', accessKey: 'test' });
    // A change to `kept` the writes do not name stays.
    await cw.send(new PutMetricAlarmCommand({ ...latency, AlarmName: 'kept', Threshold: 7 }));

    const only = { services: ['cloudwatch'], resources: { cloudwatch: groups.flat() as string[] } };
    await load({ pod: 'partial', options: options(moto.endpoint, home), only });

    expect(await dashboards(cw)).toEqual(before.dashboards);
    const after = await alarms(cw);
    expect(after['kept']).toMatchObject({ Threshold: 7 });
    expect({ ...after, kept: before.alarms['kept'] }).toEqual(before.alarms);
  });

  it('warns once per namespace that metric data points are not kept, in a region holding nothing else', async () => {
    const eu = new CloudWatchClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const datum = { MetricName: 'Orders', Value: 3, Unit: 'Count' as const, Dimensions: [{ Name: 'Shop', Value: 'eu' }] };
    await eu.send(new PutMetricDataCommand({ Namespace: 'Shop/Orders', MetricData: [datum, { ...datum, MetricName: 'Refunds' }] }));
    eu.destroy();

    const saved = await saveState(moto.endpoint, home, 'metrics', services);

    expect(saved.resources).toEqual({});
    expect(saved.warnings).toEqual([
      {
        service: 'cloudwatch',
        resource: 'metric namespace Shop/Orders',
        message: expect.stringContaining('the data points of its 2 metric(s) are not kept') as string,
      },
    ]);
  });
});

describe('the cloudwatch module on LocalStack', () => {
  let localstack: Server;
  let ls: CloudWatchClient;
  beforeAll(async () => {
    localstack = await startLocalStack();
    ls = new CloudWatchClient(sdkConfig(localstack.endpoint));
  }, 180_000);
  afterAll(async () => {
    ls?.destroy();
    await localstack?.stop();
  });

  /** Composite alarms (one naming another, one with an actions suppressor), tagged and in a state set. */
  async function seedComposites(): Promise<void> {
    await ls.send(
      new PutCompositeAlarmCommand({
        AlarmName: 'shop-down',
        AlarmRule: 'ALARM("cpu-high") OR ALARM("latency-p99")',
        AlarmDescription: 'the shop is down',
        AlarmActions: [topic(LOCALSTACK_ACCOUNT, 'pager')],
        ActionsSuppressor: 'error-band',
        ActionsSuppressorWaitPeriod: 60,
        ActionsSuppressorExtensionPeriod: 120,
      }),
    );
    await ls.send(new PutCompositeAlarmCommand({ AlarmName: 'all-down', AlarmRule: 'ALARM(shop-down)', ActionsEnabled: false }));
    await ls.send(
      new TagResourceCommand({
        ResourceARN: `arn:aws:cloudwatch:us-east-1:${LOCALSTACK_ACCOUNT}:alarm:shop-down`,
        Tags: [{ Key: 'tier', Value: '1' }],
      }),
    );
    await ls.send(new SetAlarmStateCommand({ AlarmName: 'shop-down', StateValue: 'ALARM', StateReason: 'the shop was down' }));
  }

  it('restores composite alarms after the alarms they name, with suppressor, tags and state, and replaces changed ones', async () => {
    await seedMetricAlarms(ls, LOCALSTACK_ACCOUNT);
    await seedComposites();
    const before = { alarms: await alarms(ls), dashboards: await dashboards(ls) };
    expect(before.alarms['shop-down']).toMatchObject({ ActionsSuppressor: 'error-band', StateValue: 'ALARM', Tags: [{ Key: 'tier', Value: '1' }] });
    const pod = tempHome();
    const saved = await saveState(localstack.endpoint, pod, 'composites', services);
    expect(saved.resources).toEqual({ cloudwatch: 6 });
    await ls.send(new DeleteAlarmsCommand({ AlarmNames: ['all-down', 'shop-down', 'cpu-high'] }));
    await ls.send(new PutMetricAlarmCommand({ ...latency, AlarmName: 'extra' }));
    await ls.send(new PutMetricAlarmCommand({ ...latency, Threshold: 2 }));
    await ls.send(new DeleteDashboardsCommand({ DashboardNames: ['shop'] }));

    await loadState(localstack.endpoint, pod, 'composites');

    expect({ alarms: await alarms(ls), dashboards: await dashboards(ls) }).toEqual(before);
  }, 60_000);

  it("sets a saved state without notifying the topic the alarm's actions name, and enables those actions again", async () => {
    const sns = new SNSClient(sdkConfig(localstack.endpoint));
    const sqs = new SQSClient(sdkConfig(localstack.endpoint));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'alarms' }));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'alarm-inbox' }));
    const queueArn = `arn:aws:sqs:us-east-1:${LOCALSTACK_ACCOUNT}:alarm-inbox`;
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queueArn, Attributes: { RawMessageDelivery: 'true' } }));
    await ls.send(new PutMetricAlarmCommand({ ...latency, AlarmName: 'notifying', ActionsEnabled: true, AlarmActions: [TopicArn!] }));
    await ls.send(new SetAlarmStateCommand({ AlarmName: 'notifying', StateValue: 'ALARM', StateReason: 'saved' }));
    const received = async () =>
      (await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 2, MaxNumberOfMessages: 10 }))).Messages ?? [];
    expect(await received()).toHaveLength(1);
    const pod = tempHome();
    await saveState(localstack.endpoint, pod, 'quiet', services);
    await ls.send(new DeleteAlarmsCommand({ AlarmNames: ['notifying'] }));

    await loadState(localstack.endpoint, pod, 'quiet');

    expect((await alarms(ls))['notifying']).toMatchObject({ StateValue: 'ALARM', StateReason: 'saved', ActionsEnabled: true });
    expect(await received()).toEqual([]);
    sns.destroy();
    sqs.destroy();
  }, 60_000);

  it("loads a pod from moto into LocalStack's account, and reports composite alarms moto cannot take", async () => {
    await seedMetricAlarms(cw, MOTO_ACCOUNT);
    await saveState(moto.endpoint, home, 'from-moto', services);
    await loadState(localstack.endpoint, home, 'from-moto');
    const restored = await alarms(ls);
    expect(Object.keys(restored).sort()).toEqual(['cpu-high', 'error-band', 'latency-p99']);
    expect(restored['cpu-high']).toMatchObject({
      ...cpu(LOCALSTACK_ACCOUNT),
      ...describedState,
      Tags: [
        { Key: 'stage', Value: 'dev' },
        { Key: 'team', Value: 'shop' },
      ],
    });
    expect(await dashboards(ls)).toEqual({ shop: dashboardBody(LOCALSTACK_ACCOUNT) });

    await seedComposites();
    const pod = tempHome();
    await saveState(localstack.endpoint, pod, 'to-moto', services);
    await moto.reset();
    const loaded = loadState(moto.endpoint, pod, 'to-moto');
    await expect(loaded).rejects.toBeInstanceOf(RestoreIncompleteError);
    const failures = ((await loaded.catch((e: unknown) => e)) as RestoreIncompleteError).failures;
    expect(failures.map((f) => [f.resource, f.message])).toEqual([
      ['composite alarm shop-down', expect.stringContaining('does not implement composite alarms')],
      ['composite alarm all-down', expect.stringContaining('does not implement composite alarms')],
    ]);
    expect(Object.keys(await alarms(cw)).sort()).toEqual(['cpu-high', 'error-band', 'latency-p99']);
  }, 60_000);
});
