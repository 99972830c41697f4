import * as CW from '@aws-sdk/client-cloudwatch';
import { mapOrdered } from '../../../util/concurrency.js';
import { byGroup, type ServiceContext, type ServiceModule, type WriteRequest } from '../../module.js';
import {
  alarmArn,
  captureAlarms,
  COMPOSITE_ALARM,
  describeAlarms,
  hasAlarms,
  METRIC_ALARM,
  restoreCompositeAlarm,
  restoreMetricAlarm,
} from './alarms.js';
import { chunks, clientOf, collect, eachRegion, on, recordKind, regionsWhere, restoreRecords, sortBy } from '../kit/index.js';

const client = clientOf(CW.CloudWatchClient);

/** Dashboards read at once. */
const CONCURRENCY = 8;
/** DeleteAlarms takes at most 100 names; dashboards are deleted as many at a time. */
const DELETE_BATCH = 100;
/** Namespaces of the metrics AWS services publish themselves, from their own state. */
const AWS_NAMESPACE = 'AWS/';

type DashboardData = { name: string; body: string };

const DASHBOARD = recordKind<DashboardData>('dashboard');

/**
 * The region's dashboards; undefined where the instance's listing cannot be read: MiniStack
 * 1.5.33 answers `LastModified` as an ISO date where the JSON protocol has epoch seconds, which
 * the SDK refuses.
 */
async function dashboardNames(cw: CW.CloudWatchClient): Promise<string[] | undefined> {
  try {
    const entries = await collect(CW.paginateListDashboards({ client: cw }, {}), (page) => page.DashboardEntries);
    return sortBy(
      entries.map((d) => d.DashboardName!),
      (name) => name,
    );
  } catch (error) {
    if ((error as { $response?: unknown }).$response && !(error as { $fault?: unknown }).$fault) return undefined;
    throw error;
  }
}

async function captureDashboard(cw: CW.CloudWatchClient, name: string): Promise<DashboardData> {
  return { name, body: (await cw.send(new CW.GetDashboardCommand({ DashboardName: name }))).DashboardBody! };
}

/** How many metrics of the region each namespace the account publishes to holds. */
async function customMetrics(cw: CW.CloudWatchClient): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const page of CW.paginateListMetrics({ client: cw }, {})) {
    for (const { Namespace } of page.Metrics ?? []) {
      if (!Namespace!.startsWith(AWS_NAMESPACE)) counts.set(Namespace!, (counts.get(Namespace!) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Data points are not kept: CloudWatch has no API that deletes them, so a load could not make a
 * metric's data the pod's, only add the pod's to what is there (again at every load).
 */
async function warnOfMetrics(context: ServiceContext, cw: CW.CloudWatchClient): Promise<void> {
  for (const [namespace, count] of sortBy(await customMetrics(cw), ([namespace]) => namespace)) {
    context.warn(
      `metric namespace ${namespace}`,
      `the data points of its ${count} metric(s) are not kept: CloudWatch has no API that deletes data points, so a load could only add the pod's to the instance's`,
    );
  }
}

const capture = eachRegion(async function* (context, region) {
  const cw = client(context, region);
  yield* captureAlarms(cw, region);
  const dashboards = await dashboardNames(cw);
  if (!dashboards) context.warn(`dashboards in ${region}`, 'not saved: the instance answers ListDashboards in a form the AWS SDK cannot read');
  for await (const d of mapOrdered(dashboards ?? [], CONCURRENCY, (name) => captureDashboard(cw, name))) {
    yield DASHBOARD.record(region, d.name, d);
  }
  await warnOfMetrics(context, cw);
});

/** A region with metric data only counts, so that a save warns that it is not kept. */
const regionsWithState = regionsWhere(async (context, region) => {
  const cw = client(context, region);
  return (await hasAlarms(cw)) || ((await dashboardNames(cw))?.length ?? 0) > 0 || (await customMetrics(cw)).size > 0;
});

/** Deletes the alarms and dashboards of one region, or those of them in the groups `only` names. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const cw = client(context, region);
  const wanted = (name: string) => !only || only.has(name);
  const { metric, composite } = await describeAlarms(cw);
  // Composite alarms first, each before those it needs: AWS keeps an alarm that a composite alarm names.
  const alarms = [...composite.toReversed(), ...metric].map((a) => a.AlarmName!).filter(wanted);
  for (const AlarmNames of chunks(alarms, DELETE_BATCH)) await cw.send(new CW.DeleteAlarmsCommand({ AlarmNames }));
  const dashboards = ((await dashboardNames(cw)) ?? []).filter(wanted);
  for (const DashboardNames of chunks(dashboards, DELETE_BATCH)) await cw.send(new CW.DeleteDashboardsCommand({ DashboardNames }));
}

/** The alarm or dashboard an ARN names (`…:alarm:NAME`, `…:dashboard/NAME`). */
const NAMED_BY_ARN = /^arn:[^:]+:cloudwatch:[^:]*:[^:]*:(?:alarm:|dashboard\/)(.+)$/;

/**
 * The groups a write changes: alarms and dashboards by name. Any other write (metric data, which
 * LocalStack evaluates alarms on, anomaly detectors, insight rules) counts for the whole service.
 */
function groupsOf({ body }: WriteRequest): readonly (string | undefined)[] {
  const names: unknown = body?.AlarmNames ?? body?.DashboardNames;
  if (Array.isArray(names)) return names;
  return [body?.AlarmName ?? body?.DashboardName ?? NAMED_BY_ARN.exec(String(body?.ResourceARN))?.[1]];
}

/**
 * CloudWatch: metric alarms (metric or metric math, every setting), composite alarms with their
 * actions suppressor, the state each alarm was in, alarm tags, dashboards.
 */
export const cloudwatch: ServiceModule = {
  name: 'cloudwatch',
  // Alarm actions name topics and functions.
  dependsOn: ['sns', 'lambda'],
  capture,
  regionsWithState,
  clear,
  // An alarm, or a dashboard, is a group of its own, by name.
  partial: { select: byGroup((record) => record.id), clear },
  // One at a time, in the pod's order: a composite alarm needs the alarms it names.
  restore: (context, region, records) => {
    const cw = client(context, region);
    const arn = (name: string) => alarmArn(context.account, region, name);
    return restoreRecords(
      context,
      records,
      1,
      on(METRIC_ALARM, (a, record) => restoreMetricAlarm(cw, arn(record.id), a)),
      on(COMPOSITE_ALARM, (a, record) => restoreCompositeAlarm(cw, arn(record.id), a)),
      on(DASHBOARD, (d) => cw.send(new CW.PutDashboardCommand({ DashboardName: d.name, DashboardBody: d.body }))),
    );
  },
  requests: {
    signingName: 'monitoring',
    // The SDK speaks JSON to CloudWatch; a form (the query protocol of older clients) counts for the whole service.
    targetPrefix: 'GraniteServiceVersion20100801',
    groups: groupsOf,
    // An alarm changing state notifies topics and invokes functions.
    deliversTo: ['sns', 'lambda'],
  },
};
