import {
  AssociateKmsKeyCommand,
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DeleteMetricFilterCommand,
  DeleteRetentionPolicyCommand,
  DeleteSubscriptionFilterCommand,
  DescribeLogGroupsCommand,
  DisassociateKmsKeyCommand,
  GetLogEventsCommand,
  ListTagsForResourceCommand,
  paginateDescribeLogGroups,
  paginateDescribeLogStreams,
  paginateDescribeMetricFilters,
  paginateDescribeSubscriptionFilters,
  PutLogEventsCommand,
  PutMetricFilterCommand,
  PutRetentionPolicyCommand,
  PutSubscriptionFilterCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type Distribution,
  type InputLogEvent,
  type LogGroup,
  type LogGroupClass,
  type MetricTransformation,
} from '@aws-sdk/client-cloudwatch-logs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName } from '../kit/errors.js';
import { eachRegion, probeRegions } from '../kit/regions.js';
import { restoreContainer } from '../kit/restore-compat.js';

/** Log groups whose details are read at once. */
const GROUP_CONCURRENCY = 8;
/** Log streams read or written at once; each holds its events in memory while it is read. */
const STREAM_CONCURRENCY = 4;
/** PutLogEvents limits: events and bytes (message plus 26 bytes each) per call, and the time a call may span. */
const BATCH_EVENTS = 10_000;
const BATCH_BYTES = 1_048_576;
const EVENT_OVERHEAD = 26;
const BATCH_SPAN_MS = 24 * 60 * 60 * 1000;

interface MetricFilterData {
  filterName: string;
  filterPattern: string;
  metricTransformations: MetricTransformation[];
}

interface SubscriptionFilterData {
  filterName: string;
  filterPattern: string;
  destinationArn: string;
  roleArn?: string;
  distribution?: string;
}

interface GroupData {
  name: string;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass?: string;
  tags?: Record<string, string>;
  metricFilters?: MetricFilterData[];
  subscriptionFilters?: SubscriptionFilterData[];
}

interface StreamData {
  group: string;
  stream: string;
  events: number;
}

/** One log event as a line of a stream's payload. */
interface EventLine {
  timestamp: number;
  message: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Objects with sorted keys, at every depth: maps such as metric dimensions come in any order. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compare(a, b))
      .map(([k, v]) => [k, sortKeys(v)]),
  ) as T;
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** The group's ARN without the `:*` some emulators append; tagging APIs want it bare. */
function groupArn(group: LogGroup): string {
  return group.logGroupArn ?? group.arn!.replace(/:\*$/, '');
}

async function* listGroups(logs: CloudWatchLogsClient): AsyncGenerator<LogGroup> {
  for await (const page of paginateDescribeLogGroups({ client: logs }, {})) yield* page.logGroups ?? [];
}

async function describeGroup(logs: CloudWatchLogsClient, name: string): Promise<LogGroup | undefined> {
  for await (const page of paginateDescribeLogGroups({ client: logs }, { logGroupNamePrefix: name })) {
    const found = page.logGroups?.find((g) => g.logGroupName === name);
    if (found) return found;
  }
  return undefined;
}

async function listTags(logs: CloudWatchLogsClient, arn: string): Promise<Record<string, string>> {
  return (await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags ?? {};
}

async function metricFilters(logs: CloudWatchLogsClient, group: string): Promise<MetricFilterData[]> {
  const filters: MetricFilterData[] = [];
  for await (const page of paginateDescribeMetricFilters({ client: logs }, { logGroupName: group })) {
    for (const f of page.metricFilters ?? []) {
      // A prefix match of the group name would bring in filters of other groups.
      if (f.logGroupName !== undefined && f.logGroupName !== group) continue;
      filters.push({
        filterName: f.filterName!,
        filterPattern: f.filterPattern ?? '',
        metricTransformations: sortKeys(f.metricTransformations ?? []),
      });
    }
  }
  return filters.sort((a, b) => compare(a.filterName, b.filterName));
}

async function subscriptionFilters(logs: CloudWatchLogsClient, group: string): Promise<SubscriptionFilterData[]> {
  const filters: SubscriptionFilterData[] = [];
  for await (const page of paginateDescribeSubscriptionFilters({ client: logs }, { logGroupName: group })) {
    for (const f of page.subscriptionFilters ?? []) {
      filters.push({
        filterName: f.filterName!,
        filterPattern: f.filterPattern ?? '',
        destinationArn: f.destinationArn!,
        roleArn: f.roleArn,
        distribution: f.distribution,
      });
    }
  }
  return filters.sort((a, b) => compare(a.filterName, b.filterName));
}

async function captureGroup(logs: CloudWatchLogsClient, group: LogGroup): Promise<GroupData> {
  const name = group.logGroupName!;
  const [tags, metric, subscription] = await Promise.all([
    listTags(logs, groupArn(group)),
    metricFilters(logs, name),
    subscriptionFilters(logs, name),
  ]);
  return {
    name,
    retentionInDays: group.retentionInDays,
    kmsKeyId: group.kmsKeyId,
    // STANDARD is the default: left out, it compares equal with emulators that do not report a class.
    logGroupClass: group.logGroupClass === 'STANDARD' ? undefined : group.logGroupClass,
    tags: Object.keys(tags).length > 0 ? sortKeys(tags) : undefined,
    metricFilters: nonEmpty(metric),
    subscriptionFilters: nonEmpty(subscription),
  };
}

/** Every event of a stream, oldest first: GetLogEvents is done when its forward token repeats. */
async function readEvents(logs: CloudWatchLogsClient, group: string, stream: string): Promise<EventLine[]> {
  const events: EventLine[] = [];
  let nextToken: string | undefined;
  for (;;) {
    const page = await logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true, nextToken }),
    );
    for (const e of page.events ?? []) events.push({ timestamp: e.timestamp!, message: e.message ?? '' });
    if (!page.nextForwardToken || page.nextForwardToken === nextToken) return events;
    nextToken = page.nextForwardToken;
  }
}

async function captureStream(
  logs: CloudWatchLogsClient,
  region: string,
  group: string,
  stream: string,
): Promise<CapturedRecord> {
  const events = await readEvents(logs, group, stream);
  const data: StreamData = { group, stream, events: events.length };
  const body = Buffer.from(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  return {
    region,
    type: 'stream',
    id: `${group}:${stream}`,
    data: data as unknown as Record<string, unknown>,
    ...(events.length > 0 ? { payload: { size: body.length, open: async () => Readable.from([body]) } } : {}),
  };
}

async function* streamsOf(logs: CloudWatchLogsClient, groups: string[]): AsyncGenerator<{ group: string; stream: string }> {
  for (const group of groups) {
    const names: string[] = [];
    for await (const page of paginateDescribeLogStreams({ client: logs }, { logGroupName: group })) {
      for (const s of page.logStreams ?? []) names.push(s.logStreamName!);
    }
    for (const stream of names.sort()) yield { group, stream };
  }
}

async function* captureRegion(context: ServiceContext, region: string): AsyncGenerator<CapturedRecord> {
  const logs = new CloudWatchLogsClient(context.config(region));
  try {
    const groups: LogGroup[] = [];
    for await (const g of listGroups(logs)) groups.push(g);
    groups.sort((a, b) => compare(a.logGroupName!, b.logGroupName!));
    for await (const data of mapOrdered(groups, GROUP_CONCURRENCY, (g) => captureGroup(logs, g))) {
      yield { region, type: 'group', id: data.name, data: data as unknown as Record<string, unknown> };
      context.progress(`logs group ${data.name}`);
    }
    const names = groups.map((g) => g.logGroupName!);
    const streams = mapOrdered(streamsOf(logs, names), STREAM_CONCURRENCY, (s) => captureStream(logs, region, s.group, s.stream));
    for await (const record of streams) {
      yield record;
      context.progress(`logs stream ${record.id}`);
    }
  } finally {
    logs.destroy();
  }
}

const capture = eachRegion(captureRegion);

async function hasState(context: ServiceContext, region: string): Promise<boolean> {
  const logs = new CloudWatchLogsClient(context.config(region));
  try {
    return ((await logs.send(new DescribeLogGroupsCommand({ limit: 1 }))).logGroups ?? []).length > 0;
  } finally {
    logs.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasState);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const logs = new CloudWatchLogsClient(context.config(region));
  try {
    const names: string[] = [];
    for await (const g of listGroups(logs)) names.push(g.logGroupName!);
    for (const name of names) await logs.send(new DeleteLogGroupCommand({ logGroupName: name }));
  } finally {
    logs.destroy();
  }
}

async function syncTags(logs: CloudWatchLogsClient, arn: string, tags: Record<string, string> | undefined): Promise<void> {
  const wanted = tags ?? {};
  const extra = Object.keys(await listTags(logs, arn)).filter((k) => !(k in wanted));
  if (extra.length > 0) await logs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: extra }));
  if (Object.keys(wanted).length > 0) await logs.send(new TagResourceCommand({ resourceArn: arn, tags: wanted }));
}

async function syncFilters(logs: CloudWatchLogsClient, group: GroupData): Promise<void> {
  const logGroupName = group.name;
  const metric = group.metricFilters ?? [];
  const subscription = group.subscriptionFilters ?? [];
  for (const f of await metricFilters(logs, logGroupName)) {
    if (!metric.some((m) => m.filterName === f.filterName)) {
      await logs.send(new DeleteMetricFilterCommand({ logGroupName, filterName: f.filterName }));
    }
  }
  for (const f of await subscriptionFilters(logs, logGroupName)) {
    if (!subscription.some((s) => s.filterName === f.filterName)) {
      await logs.send(new DeleteSubscriptionFilterCommand({ logGroupName, filterName: f.filterName }));
    }
  }
  for (const f of metric) await logs.send(new PutMetricFilterCommand({ logGroupName, ...f }));
  for (const f of subscription) {
    await logs.send(
      new PutSubscriptionFilterCommand({ logGroupName, ...f, distribution: f.distribution as Distribution | undefined }),
    );
  }
}

async function createGroup(logs: CloudWatchLogsClient, group: GroupData): Promise<void> {
  try {
    await logs.send(
      new CreateLogGroupCommand({
        logGroupName: group.name,
        kmsKeyId: group.kmsKeyId,
        logGroupClass: group.logGroupClass as LogGroupClass | undefined,
      }),
    );
  } catch (error) {
    if (awsErrorName(error) !== 'ResourceAlreadyExistsException') throw error;
  }
}

async function configureGroup(logs: CloudWatchLogsClient, group: GroupData): Promise<void> {
  const logGroupName = group.name;
  const current = await describeGroup(logs, logGroupName);
  if (!current) throw new Error('the log group is missing right after it was created');
  // Only what differs is changed: not every emulator implements the KMS key calls.
  if (current.kmsKeyId !== group.kmsKeyId) {
    if (group.kmsKeyId) await logs.send(new AssociateKmsKeyCommand({ logGroupName, kmsKeyId: group.kmsKeyId }));
    else await logs.send(new DisassociateKmsKeyCommand({ logGroupName }));
  }
  if (current.retentionInDays !== group.retentionInDays) {
    if (group.retentionInDays) {
      await logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: group.retentionInDays }));
    } else {
      await logs.send(new DeleteRetentionPolicyCommand({ logGroupName }));
    }
  }
  await syncTags(logs, groupArn(current), group.tags);
  await syncFilters(logs, group);
}

/** Event batches PutLogEvents accepts, read line by line from a stream's payload. */
async function* batches(lines: AsyncIterable<string>): AsyncGenerator<InputLogEvent[]> {
  let batch: InputLogEvent[] = [];
  let bytes = 0;
  for await (const line of lines) {
    if (!line) continue;
    const event = JSON.parse(line) as EventLine;
    const size = Buffer.byteLength(event.message) + EVENT_OVERHEAD;
    const full =
      batch.length >= BATCH_EVENTS ||
      bytes + size > BATCH_BYTES ||
      (batch.length > 0 && event.timestamp - batch[0]!.timestamp! >= BATCH_SPAN_MS);
    if (full) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(event);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

/** Recreates a stream with exactly the pod's events: an existing one would keep its own. */
async function restoreStream(logs: CloudWatchLogsClient, record: PodRecord): Promise<void> {
  const { group: logGroupName, stream: logStreamName } = record.data as unknown as StreamData;
  try {
    await logs.send(new DeleteLogStreamCommand({ logGroupName, logStreamName }));
  } catch (error) {
    if (awsErrorName(error) !== 'ResourceNotFoundException') throw error;
  }
  await logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName }));
  if (!record.payload) return;
  const lines = createInterface({ input: await record.payload.open(), crlfDelay: Infinity });
  let rejected = 0;
  for await (const logEvents of batches(lines)) {
    const put = await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName, logEvents }));
    const info = put.rejectedLogEventsInfo;
    if (info) {
      // Too-old and expired events lead a chronological batch, too-new ones trail it; end indexes are inclusive.
      const tooOld = info.tooOldLogEventEndIndex !== undefined ? info.tooOldLogEventEndIndex + 1 : 0;
      const expired = info.expiredLogEventEndIndex !== undefined ? info.expiredLogEventEndIndex + 1 : 0;
      const tooNew = info.tooNewLogEventStartIndex !== undefined ? logEvents.length - info.tooNewLogEventStartIndex : 0;
      rejected += Math.max(tooOld, expired) + tooNew;
    }
  }
  if (rejected > 0) {
    throw new Error(`${rejected} log event(s) were rejected as too old (retention or the 14-day limit) or too new`);
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const logs = new CloudWatchLogsClient(context.config(region));
  const failedGroups = new Set<string>();
  const pending = new Set<Promise<void>>();
  try {
    for await (const record of records) {
      if (record.type === 'group') {
        const group = record.data as unknown as GroupData;
        const created = await restoreContainer(context, `log group ${record.id}`, () => createGroup(logs, group), () => configureGroup(logs, group));
        if (!created) failedGroups.add(group.name);
        continue;
      }
      if (failedGroups.has((record.data as unknown as StreamData).group)) continue;
      const task: Promise<void> = restoreStream(logs, record).then(
        () => context.progress(`logs stream ${record.id}`),
        (error) => context.fail(`log stream ${record.id}`, error),
      );
      pending.add(task);
      void task.finally(() => pending.delete(task));
      if (pending.size >= STREAM_CONCURRENCY) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    logs.destroy();
  }
}

/** CloudWatch Logs: log groups (retention, KMS key, class, tags, metric and subscription filters) and their streams' events. */
export const logs: ServiceModule = {
  name: 'logs',
  dependsOn: ['iam', 'kms', 'lambda', 'kinesis'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['lambda', 'kinesis'] },
};
