import * as CW from '@aws-sdk/client-cloudwatch';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord } from '../../module.js';
import { recordKind, replaceTags, sortBy, sortedTags, unlessUnimplemented, type RecordKind } from '../kit/index.js';

/** Alarms whose tags are read at once. */
const CONCURRENCY = 8;
/** DescribeAlarms reports only metric alarms unless asked for both kinds. */
const BOTH_KINDS: CW.AlarmType[] = ['MetricAlarm', 'CompositeAlarm'];
/** The reason of an alarm never evaluated (AWS, moto and LocalStack alike): its state is the instance's to give. */
const INITIAL_REASON = 'Unchecked: Initial alarm creation';

/** What PutMetricAlarm takes, as DescribeAlarms reports it. */
const METRIC_ALARM_SETTINGS = [
  'AlarmName',
  'AlarmDescription',
  'ActionsEnabled',
  'OKActions',
  'AlarmActions',
  'InsufficientDataActions',
  'MetricName',
  'Namespace',
  'Statistic',
  'ExtendedStatistic',
  'Dimensions',
  'Period',
  'Unit',
  'EvaluationPeriods',
  'DatapointsToAlarm',
  'Threshold',
  'ComparisonOperator',
  'TreatMissingData',
  'EvaluateLowSampleCountPercentile',
  'Metrics',
  'ThresholdMetricId',
  'EvaluationWindow',
  'WarmUpConfiguration',
  'EvaluationCriteria',
  'EvaluationInterval',
  'ActionConfiguration',
] as const satisfies readonly (keyof CW.MetricAlarm & keyof CW.PutMetricAlarmInput)[];

/** What PutCompositeAlarm takes, as DescribeAlarms reports it. */
const COMPOSITE_ALARM_SETTINGS = [
  'AlarmName',
  'AlarmRule',
  'AlarmDescription',
  'ActionsEnabled',
  'OKActions',
  'AlarmActions',
  'InsufficientDataActions',
  'ActionsSuppressor',
  'ActionsSuppressorWaitPeriod',
  'ActionsSuppressorExtensionPeriod',
  'ActionConfiguration',
] as const satisfies readonly (keyof CW.CompositeAlarm & keyof CW.PutCompositeAlarmInput)[];

type MetricAlarmSettings = Pick<CW.MetricAlarm, (typeof METRIC_ALARM_SETTINGS)[number]>;
type CompositeAlarmSettings = Pick<CW.CompositeAlarm, (typeof COMPOSITE_ALARM_SETTINGS)[number]>;

/** The state an alarm was last evaluated or set to. */
type AlarmState = { value: CW.StateValue; reason: string; reasonData?: string };

type AlarmData<S> = {
  settings: S;
  tags?: CW.Tag[];
  /** Absent for an alarm never evaluated. */
  state?: AlarmState;
};

type MetricAlarmData = AlarmData<MetricAlarmSettings>;
type CompositeAlarmData = AlarmData<CompositeAlarmSettings>;

export const METRIC_ALARM = recordKind<MetricAlarmData>('metric-alarm');
export const COMPOSITE_ALARM = recordKind<CompositeAlarmData>('composite-alarm');

/** The alarm ARN of `name`; alarms can be tagged only by ARN. */
export function alarmArn(account: string, region: string, name: string): string {
  return `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`;
}

/** An alarm's name in a composite rule or suppressor, given as a name or an ARN. */
function alarmName(reference: string): string {
  return reference.replace(/^arn:[^:]+:cloudwatch:[^:]*:[^:]*:alarm:/, '');
}

/** The alarms a composite alarm needs: those its rule names (`ALARM("a")`, `OK(b)`…) and its actions suppressor. */
function needs(alarm: CW.CompositeAlarm): string[] {
  const named = [...alarm.AlarmRule!.matchAll(/\b(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*"?([^")]+?)"?\s*\)/g)].map((m) => m[1]!);
  return [...named, ...(alarm.ActionsSuppressor ? [alarm.ActionsSuppressor] : [])].map(alarmName);
}

/**
 * Composite alarms, each after the composite alarms it needs (AWS refuses a rule naming an
 * alarm that does not exist yet), else by name. A cycle, which AWS refuses too, goes by name.
 */
function inDependencyOrder(alarms: readonly CW.CompositeAlarm[]): CW.CompositeAlarm[] {
  const pending = new Map(sortBy(alarms, (a) => a.AlarmName!).map((a) => [a.AlarmName!, a]));
  const ordered: CW.CompositeAlarm[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((a) => !needs(a).some((n) => n !== a.AlarmName && pending.has(n)));
    for (const a of ready.length > 0 ? ready : [...pending.values()]) {
      ordered.push(a);
      pending.delete(a.AlarmName!);
    }
  }
  return ordered;
}

/** The region's metric alarms by name, and its composite alarms in the order they can be put. */
export async function describeAlarms(cw: CW.CloudWatchClient): Promise<{ metric: CW.MetricAlarm[]; composite: CW.CompositeAlarm[] }> {
  const metric: CW.MetricAlarm[] = [];
  const composite: CW.CompositeAlarm[] = [];
  for await (const page of CW.paginateDescribeAlarms({ client: cw }, { AlarmTypes: BOTH_KINDS })) {
    metric.push(...(page.MetricAlarms ?? []));
    composite.push(...(page.CompositeAlarms ?? []));
  }
  return { metric: sortBy(metric, (a) => a.AlarmName!), composite: inDependencyOrder(composite) };
}

/** Whether the region holds an alarm of either kind. */
export async function hasAlarms(cw: CW.CloudWatchClient): Promise<boolean> {
  const page = await cw.send(new CW.DescribeAlarmsCommand({ AlarmTypes: BOTH_KINDS, MaxRecords: 1 }));
  return (page.MetricAlarms?.length ?? 0) + (page.CompositeAlarms?.length ?? 0) > 0;
}

/** The fields `keys` of an alarm as DescribeAlarms reports it, without empty ones: moto reports unset lists as `[]`. */
function settingsOf<A extends object, K extends keyof A>(alarm: A, keys: readonly K[]): Pick<A, K> {
  const settings: Partial<Pick<A, K>> = {};
  for (const key of keys) {
    const value = alarm[key];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) settings[key] = value;
  }
  return settings as Pick<A, K>;
}

function stateOf(alarm: CW.MetricAlarm | CW.CompositeAlarm): AlarmState | undefined {
  if (!alarm.StateValue || alarm.StateReason === INITIAL_REASON) return undefined;
  return { value: alarm.StateValue, reason: alarm.StateReason ?? '', reasonData: alarm.StateReasonData || undefined };
}

async function tagsOf(cw: CW.CloudWatchClient, arn: string): Promise<CW.Tag[]> {
  return (await cw.send(new CW.ListTagsForResourceCommand({ ResourceARN: arn }))).Tags ?? [];
}

function alarmRecords<A extends CW.MetricAlarm | CW.CompositeAlarm, K extends keyof A>(
  cw: CW.CloudWatchClient,
  region: string,
  kind: RecordKind<AlarmData<Pick<A, K>>>,
  alarms: readonly A[],
  keys: readonly K[],
): AsyncGenerator<CapturedRecord> {
  return mapOrdered(alarms, CONCURRENCY, async (alarm) =>
    kind.record(region, alarm.AlarmName!, {
      settings: settingsOf(alarm, keys),
      tags: sortedTags(await tagsOf(cw, alarm.AlarmArn!), (t) => t.Key!),
      state: stateOf(alarm),
    }),
  );
}

/** The region's metric alarms, then its composite alarms after the alarms they need. */
export async function* captureAlarms(cw: CW.CloudWatchClient, region: string): AsyncGenerator<CapturedRecord> {
  const { metric, composite } = await describeAlarms(cw);
  yield* alarmRecords(cw, region, METRIC_ALARM, metric, METRIC_ALARM_SETTINGS);
  yield* alarmRecords(cw, region, COMPOSITE_ALARM, composite, COMPOSITE_ALARM_SETTINGS);
}

async function setState(cw: CW.CloudWatchClient, name: string, state: AlarmState): Promise<void> {
  await cw.send(
    new CW.SetAlarmStateCommand({ AlarmName: name, StateValue: state.value, StateReason: state.reason, StateReasonData: state.reasonData }),
  );
}

/**
 * Puts an alarm with `put` (told whether its actions are enabled) and sets its saved state. moto
 * and LocalStack make a put alarm anew, in a fresh state, so the state comes after the put; the
 * actions stay off while it is set, or LocalStack (and AWS) would notify the topics and invoke
 * the functions they name. moto cannot enable actions afterwards, and runs none: there the alarm
 * is put again as it is, and its state set again.
 */
async function putWithState<S extends { ActionsEnabled?: boolean }>(
  cw: CW.CloudWatchClient,
  name: string,
  alarm: AlarmData<S>,
  put: (actionsEnabled: boolean) => Promise<unknown>,
): Promise<void> {
  const enabled = alarm.settings.ActionsEnabled ?? true;
  const { state } = alarm;
  await put(enabled && !state);
  if (!state) return;
  await setState(cw, name, state);
  if (!enabled) return;
  if (await unlessUnimplemented(cw, 'EnableAlarmActions', () => cw.send(new CW.EnableAlarmActionsCommand({ AlarmNames: [name] })))) return;
  await put(true);
  await setState(cw, name, state);
}

/** Makes an alarm's tags the pod's: PutMetricAlarm sets tags only on a new alarm (and LocalStack never). */
async function syncTags(cw: CW.CloudWatchClient, arn: string, tags: CW.Tag[] | undefined): Promise<void> {
  await replaceTags(
    (await tagsOf(cw, arn)).map((t) => t.Key!),
    (tags ?? []).map((t) => t.Key!),
    {
      untag: (TagKeys) => cw.send(new CW.UntagResourceCommand({ ResourceARN: arn, TagKeys })),
      tag: () => cw.send(new CW.TagResourceCommand({ ResourceARN: arn, Tags: tags })),
    },
  );
}

export async function restoreMetricAlarm(cw: CW.CloudWatchClient, arn: string, alarm: MetricAlarmData): Promise<void> {
  const name = alarm.settings.AlarmName!;
  await putWithState(cw, name, alarm, (ActionsEnabled) =>
    cw.send(new CW.PutMetricAlarmCommand({ ...alarm.settings, AlarmName: name, ActionsEnabled })),
  );
  await syncTags(cw, arn, alarm.tags);
}

export async function restoreCompositeAlarm(cw: CW.CloudWatchClient, arn: string, alarm: CompositeAlarmData): Promise<void> {
  const name = alarm.settings.AlarmName!;
  await putWithState(cw, name, alarm, async (ActionsEnabled) => {
    const input = { ...alarm.settings, AlarmName: name, AlarmRule: alarm.settings.AlarmRule!, ActionsEnabled };
    const put = await unlessUnimplemented(cw, 'PutCompositeAlarm', () => cw.send(new CW.PutCompositeAlarmCommand(input)));
    if (!put) throw new Error('the instance does not implement composite alarms (PutCompositeAlarm)');
  });
  await syncTags(cw, arn, alarm.tags);
}
