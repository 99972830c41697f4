import * as Logs from '@aws-sdk/client-cloudwatch-logs';
import { createInterface } from 'node:readline';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import {
  clientOf,
  collect,
  createThenConfigure,
  eachRegion,
  isAlreadyExists,
  nonEmpty,
  on,
  pagesOf,
  payloadOf,
  recordKind,
  regionsWhere,
  replaceTags,
  restoreContainers,
  sortBy,
  sortKeys,
  unlessMissing,
} from '../kit/index.js';

const client = clientOf(Logs.CloudWatchLogsClient);

/** Log groups whose details are read at once. */
const GROUP_CONCURRENCY = 8;
/** Log streams read or written at once; each holds its events in memory while it is read. */
const STREAM_CONCURRENCY = 4;
/** PutLogEvents limits: events and bytes (message plus 26 bytes each) per call, and the time a call may span. */
const BATCH_EVENTS = 10_000;
const BATCH_BYTES = 1_048_576;
const EVENT_OVERHEAD = 26;
const BATCH_SPAN_MS = 24 * 60 * 60 * 1000;

type MetricFilterData = {
  filterName: string;
  filterPattern: string;
  metricTransformations: Logs.MetricTransformation[];
};

type SubscriptionFilterData = {
  filterName: string;
  filterPattern: string;
  destinationArn: string;
  roleArn?: string;
  distribution?: string;
};

type GroupData = {
  name: string;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass?: string;
  tags?: Record<string, string>;
  metricFilters?: MetricFilterData[];
  subscriptionFilters?: SubscriptionFilterData[];
};

type StreamData = {
  group: string;
  stream: string;
  events: number;
};

const GROUP = recordKind<GroupData>('group', 'log group');

/** A resource policy of the region's log groups: which services may write to them. */
type ResourcePolicyData = { name: string; document: string };
const RESOURCE_POLICY = recordKind<ResourcePolicyData>('resource-policy');
const STREAM = recordKind<StreamData>('stream', 'log stream');

/** A destination other accounts subscribe their log groups to, and the policy that lets them. */
type DestinationData = { name: string; targetArn: string; roleArn: string; accessPolicy?: string };
const DESTINATION = recordKind<DestinationData>('destination', 'log destination');

/** Where vended logs come from (a service resource), where they go, and the deliveries between them. */
type DeliverySourceData = { name: string; resourceArn: string; logType: string };
type DeliveryDestinationData = {
  name: string;
  outputFormat?: string;
  configuration: Logs.DeliveryDestinationConfiguration;
  policy?: string;
};
type DeliveryData = {
  source: string;
  destinationArn: string;
  recordFields?: string[];
  fieldDelimiter?: string;
  s3DeliveryConfiguration?: Logs.S3DeliveryConfiguration;
};
const DELIVERY_SOURCE = recordKind<DeliverySourceData>('delivery-source', 'log delivery source');
const DELIVERY_DESTINATION = recordKind<DeliveryDestinationData>('delivery-destination', 'log delivery destination');
const DELIVERY = recordKind<DeliveryData>('delivery', 'log delivery');

/** One log event as a line of a stream's payload. */
type EventLine = {
  timestamp: number;
  message: string;
};

/** The group's ARN without the `:*` some emulators append; tagging APIs want it bare. */
function groupArn(group: Logs.LogGroup): string {
  return group.logGroupArn ?? group.arn!.replace(/:\*$/, '');
}

async function listGroups(logs: Logs.CloudWatchLogsClient): Promise<Logs.LogGroup[]> {
  return sortBy(await collect(Logs.paginateDescribeLogGroups({ client: logs }, {}), (page) => page.logGroups), (g) => g.logGroupName!);
}

async function describeGroup(logs: Logs.CloudWatchLogsClient, name: string): Promise<Logs.LogGroup | undefined> {
  for await (const page of Logs.paginateDescribeLogGroups({ client: logs }, { logGroupNamePrefix: name })) {
    const found = page.logGroups?.find((g) => g.logGroupName === name);
    if (found) return found;
  }
  return undefined;
}

async function listTags(logs: Logs.CloudWatchLogsClient, arn: string): Promise<Record<string, string>> {
  return (await logs.send(new Logs.ListTagsForResourceCommand({ resourceArn: arn }))).tags ?? {};
}

async function metricFilters(logs: Logs.CloudWatchLogsClient, group: string): Promise<MetricFilterData[]> {
  const listed = await collect(Logs.paginateDescribeMetricFilters({ client: logs }, { logGroupName: group }), (page) => page.metricFilters);
  const filters = listed
    // A prefix match of the group name would bring in filters of other groups.
    .filter((f) => f.logGroupName === undefined || f.logGroupName === group)
    .map((f) => ({
      filterName: f.filterName!,
      filterPattern: f.filterPattern ?? '',
      metricTransformations: sortKeys(f.metricTransformations ?? []),
    }));
  return sortBy(filters, (f) => f.filterName);
}

async function subscriptionFilters(logs: Logs.CloudWatchLogsClient, group: string): Promise<SubscriptionFilterData[]> {
  const listed = await collect(
    Logs.paginateDescribeSubscriptionFilters({ client: logs }, { logGroupName: group }),
    (page) => page.subscriptionFilters,
  );
  const filters = listed.map((f) => ({
    filterName: f.filterName!,
    filterPattern: f.filterPattern ?? '',
    destinationArn: f.destinationArn!,
    roleArn: f.roleArn,
    distribution: f.distribution,
  }));
  return sortBy(filters, (f) => f.filterName);
}

async function captureGroup(logs: Logs.CloudWatchLogsClient, group: Logs.LogGroup): Promise<GroupData> {
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
async function readEvents(logs: Logs.CloudWatchLogsClient, group: string, stream: string): Promise<EventLine[]> {
  const events: EventLine[] = [];
  let nextToken: string | undefined;
  for (;;) {
    const page = await logs.send(new Logs.GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true, nextToken }));
    for (const e of page.events ?? []) events.push({ timestamp: e.timestamp!, message: e.message ?? '' });
    if (!page.nextForwardToken || page.nextForwardToken === nextToken) return events;
    nextToken = page.nextForwardToken;
  }
}

async function captureStream(logs: Logs.CloudWatchLogsClient, region: string, group: string, stream: string): Promise<CapturedRecord> {
  const events = await readEvents(logs, group, stream);
  const data: StreamData = { group, stream, events: events.length };
  const body = Buffer.from(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const payload = events.length > 0 ? payloadOf(body) : undefined;
  return STREAM.record(region, `${group}:${stream}`, data, { payload });
}

async function* streamsOf(logs: Logs.CloudWatchLogsClient, groups: string[]): AsyncGenerator<{ group: string; stream: string }> {
  for (const group of groups) {
    const streams = await collect(Logs.paginateDescribeLogStreams({ client: logs }, { logGroupName: group }), (page) => page.logStreams);
    for (const stream of streams.map((s) => s.logStreamName!).sort()) yield { group, stream };
  }
}

/** The region's resource policies (which services may write to its log groups), by name. */
async function resourcePolicies(logs: Logs.CloudWatchLogsClient): Promise<ResourcePolicyData[]> {
  const pages = pagesOf(
    (nextToken) => logs.send(new Logs.DescribeResourcePoliciesCommand({ nextToken })),
    (page) => page.nextToken,
  );
  const listed = await collect(pages, (page) => page.resourcePolicies);
  return sortBy(
    listed.map((p) => ({ name: p.policyName!, document: p.policyDocument! })),
    (p) => p.name,
  );
}

async function destinations(logs: Logs.CloudWatchLogsClient): Promise<Logs.Destination[]> {
  const pages = pagesOf(
    (nextToken) => logs.send(new Logs.DescribeDestinationsCommand({ nextToken })),
    (page) => page.nextToken,
  );
  return sortBy(await collect(pages, (page) => page.destinations), (d) => d.destinationName!);
}

async function deliverySources(logs: Logs.CloudWatchLogsClient): Promise<Logs.DeliverySource[]> {
  const pages = pagesOf(
    (nextToken) => logs.send(new Logs.DescribeDeliverySourcesCommand({ nextToken })),
    (page) => page.nextToken,
  );
  return sortBy(await collect(pages, (page) => page.deliverySources), (d) => d.name!);
}

async function deliveryDestinations(logs: Logs.CloudWatchLogsClient): Promise<Logs.DeliveryDestination[]> {
  const pages = pagesOf(
    (nextToken) => logs.send(new Logs.DescribeDeliveryDestinationsCommand({ nextToken })),
    (page) => page.nextToken,
  );
  return sortBy(await collect(pages, (page) => page.deliveryDestinations), (d) => d.name!);
}

async function deliveries(logs: Logs.CloudWatchLogsClient): Promise<Logs.Delivery[]> {
  const pages = pagesOf(
    (nextToken) => logs.send(new Logs.DescribeDeliveriesCommand({ nextToken })),
    (page) => page.nextToken,
  );
  return sortBy(await collect(pages, (page) => page.deliveries), (d) => `${d.deliverySourceName}>${d.deliveryDestinationArn}`);
}

/** The region's log destinations and vended-log deliveries, each as its own record. */
async function* captureDeliveries(context: ServiceContext, logs: Logs.CloudWatchLogsClient, region: string): AsyncGenerator<CapturedRecord> {
  for (const d of await destinations(logs)) {
    const data = { name: d.destinationName!, targetArn: d.targetArn!, roleArn: d.roleArn!, accessPolicy: d.accessPolicy || undefined };
    yield DESTINATION.record(region, data.name, data);
  }
  for (const d of await deliverySources(logs)) {
    yield DELIVERY_SOURCE.record(region, d.name!, { name: d.name!, resourceArn: d.resourceArns![0]!, logType: d.logType! });
  }
  for (const d of await deliveryDestinations(logs)) {
    const name = d.name!;
    const policy = await unlessMissing(logs.send(new Logs.GetDeliveryDestinationPolicyCommand({ deliveryDestinationName: name })));
    const data = {
      name,
      outputFormat: d.outputFormat,
      configuration: d.deliveryDestinationConfiguration!,
      policy: policy?.policy?.deliveryDestinationPolicy,
    };
    yield DELIVERY_DESTINATION.record(region, name, data);
  }
  for (const d of await deliveries(logs)) {
    const data = {
      source: d.deliverySourceName!,
      destinationArn: d.deliveryDestinationArn!,
      recordFields: nonEmpty(d.recordFields),
      fieldDelimiter: d.fieldDelimiter || undefined,
      s3DeliveryConfiguration: d.s3DeliveryConfiguration,
    };
    const id = `${data.source}>${data.destinationArn}`;
    context.warn(
      DELIVERY.label(id),
      `it comes back under an id the instance draws anew (${d.id}): tools that kept the id, such as Terraform's state, see another delivery`,
    );
    yield DELIVERY.record(region, id, data);
  }
}

const capture = eachRegion(async function* (context, region) {
  const logs = client(context, region);
  const groups = await listGroups(logs);
  for await (const data of mapOrdered(groups, GROUP_CONCURRENCY, (g) => captureGroup(logs, g))) {
    yield GROUP.record(region, data.name, data);
  }
  const names = groups.map((g) => g.logGroupName!);
  yield* mapOrdered(streamsOf(logs, names), STREAM_CONCURRENCY, (s) => captureStream(logs, region, s.group, s.stream));
  for (const policy of await resourcePolicies(logs)) yield RESOURCE_POLICY.record(region, policy.name, policy);
  yield* captureDeliveries(context, logs, region);
});

const regionsWithState = regionsWhere(async (context, region) => {
  const logs = client(context, region);
  if (((await logs.send(new Logs.DescribeLogGroupsCommand({ limit: 1 }))).logGroups ?? []).length > 0) return true;
  if ((await resourcePolicies(logs)).length > 0 || (await destinations(logs)).length > 0) return true;
  return (await deliverySources(logs)).length > 0 || (await deliveryDestinations(logs)).length > 0;
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const logs = client(context, region);
  for (const d of await deliveries(logs)) await logs.send(new Logs.DeleteDeliveryCommand({ id: d.id }));
  for (const d of await deliveryDestinations(logs)) await logs.send(new Logs.DeleteDeliveryDestinationCommand({ name: d.name }));
  for (const d of await deliverySources(logs)) await logs.send(new Logs.DeleteDeliverySourceCommand({ name: d.name }));
  for (const d of await destinations(logs)) await logs.send(new Logs.DeleteDestinationCommand({ destinationName: d.destinationName }));
  for (const group of await listGroups(logs)) await logs.send(new Logs.DeleteLogGroupCommand({ logGroupName: group.logGroupName }));
  for (const policy of await resourcePolicies(logs)) await logs.send(new Logs.DeleteResourcePolicyCommand({ policyName: policy.name }));
}

async function syncTags(logs: Logs.CloudWatchLogsClient, arn: string, tags: Record<string, string> | undefined): Promise<void> {
  await replaceTags(Object.keys(await listTags(logs, arn)), Object.keys(tags ?? {}), {
    untag: (tagKeys) => logs.send(new Logs.UntagResourceCommand({ resourceArn: arn, tagKeys })),
    tag: () => logs.send(new Logs.TagResourceCommand({ resourceArn: arn, tags })),
  });
}

async function syncFilters(logs: Logs.CloudWatchLogsClient, group: GroupData): Promise<void> {
  const logGroupName = group.name;
  const metric = group.metricFilters ?? [];
  const subscription = group.subscriptionFilters ?? [];
  for (const f of await metricFilters(logs, logGroupName)) {
    if (!metric.some((m) => m.filterName === f.filterName)) {
      await logs.send(new Logs.DeleteMetricFilterCommand({ logGroupName, filterName: f.filterName }));
    }
  }
  for (const f of await subscriptionFilters(logs, logGroupName)) {
    if (!subscription.some((s) => s.filterName === f.filterName)) {
      await logs.send(new Logs.DeleteSubscriptionFilterCommand({ logGroupName, filterName: f.filterName }));
    }
  }
  for (const f of metric) await logs.send(new Logs.PutMetricFilterCommand({ logGroupName, ...f }));
  for (const f of subscription) {
    await logs.send(new Logs.PutSubscriptionFilterCommand({ logGroupName, ...f, distribution: f.distribution as Logs.Distribution | undefined }));
  }
}

async function createGroup(logs: Logs.CloudWatchLogsClient, group: GroupData): Promise<void> {
  try {
    await logs.send(
      new Logs.CreateLogGroupCommand({
        logGroupName: group.name,
        kmsKeyId: group.kmsKeyId,
        logGroupClass: group.logGroupClass as Logs.LogGroupClass | undefined,
        // With the group, not after: LocalStack drops tags set on a group by TagResource.
        tags: group.tags,
      }),
    );
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
}

async function configureGroup(logs: Logs.CloudWatchLogsClient, group: GroupData): Promise<void> {
  const logGroupName = group.name;
  const current = await describeGroup(logs, logGroupName);
  if (!current) throw new Error('the log group is missing right after it was created');
  // Only what differs is changed: not every emulator implements the KMS key calls.
  if (current.kmsKeyId !== group.kmsKeyId) {
    if (group.kmsKeyId) await logs.send(new Logs.AssociateKmsKeyCommand({ logGroupName, kmsKeyId: group.kmsKeyId }));
    else await logs.send(new Logs.DisassociateKmsKeyCommand({ logGroupName }));
  }
  if (current.retentionInDays !== group.retentionInDays) {
    if (group.retentionInDays) {
      await logs.send(new Logs.PutRetentionPolicyCommand({ logGroupName, retentionInDays: group.retentionInDays }));
    } else {
      await logs.send(new Logs.DeleteRetentionPolicyCommand({ logGroupName }));
    }
  }
  await syncTags(logs, groupArn(current), group.tags);
  await syncFilters(logs, group);
}

/** Event batches PutLogEvents accepts, read line by line from a stream's payload. */
async function* batches(lines: AsyncIterable<string>): AsyncGenerator<Logs.InputLogEvent[]> {
  let batch: Logs.InputLogEvent[] = [];
  let bytes = 0;
  for await (const line of lines) {
    if (!line) continue;
    const event = JSON.parse(line) as EventLine;
    const size = Buffer.byteLength(event.message) + EVENT_OVERHEAD;
    const full =
      batch.length >= BATCH_EVENTS || bytes + size > BATCH_BYTES || (batch.length > 0 && event.timestamp - batch[0]!.timestamp! >= BATCH_SPAN_MS);
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
async function restoreStream(logs: Logs.CloudWatchLogsClient, data: StreamData, payload: PodRecord['payload']): Promise<void> {
  const { group: logGroupName, stream: logStreamName } = data;
  await unlessMissing(logs.send(new Logs.DeleteLogStreamCommand({ logGroupName, logStreamName })), ['ResourceNotFoundException']);
  try {
    await logs.send(new Logs.CreateLogStreamCommand({ logGroupName, logStreamName }));
  } catch (error) {
    // LocalStack fails CreateLogStream with a 500 in a group subscribed with ByLogStream, after it
    // made the stream: the SDK's retry then finds the stream this call made.
    if (!isAlreadyExists(error)) throw error;
  }
  if (!payload) return;
  const lines = createInterface({ input: await payload.open(), crlfDelay: Infinity });
  let rejected = 0;
  for await (const logEvents of batches(lines)) {
    const put = await logs.send(new Logs.PutLogEventsCommand({ logGroupName, logStreamName, logEvents }));
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

async function restoreDestination(logs: Logs.CloudWatchLogsClient, d: DestinationData): Promise<void> {
  await logs.send(new Logs.PutDestinationCommand({ destinationName: d.name, targetArn: d.targetArn, roleArn: d.roleArn }));
  if (d.accessPolicy)
    await logs.send(new Logs.PutDestinationPolicyCommand({ destinationName: d.name, accessPolicy: d.accessPolicy, forceUpdate: true }));
}

async function restoreDeliveryDestination(logs: Logs.CloudWatchLogsClient, d: DeliveryDestinationData): Promise<void> {
  const deliveryDestinationName = d.name;
  await logs.send(
    new Logs.PutDeliveryDestinationCommand({
      name: deliveryDestinationName,
      outputFormat: d.outputFormat as Logs.OutputFormat | undefined,
      deliveryDestinationConfiguration: d.configuration,
    }),
  );
  if (d.policy) {
    await logs.send(new Logs.PutDeliveryDestinationPolicyCommand({ deliveryDestinationName, deliveryDestinationPolicy: d.policy }));
  } else {
    await unlessMissing(logs.send(new Logs.DeleteDeliveryDestinationPolicyCommand({ deliveryDestinationName })));
  }
}

/** A delivery is known by its source and destination: the instance draws its id, so one that exists already is kept. */
async function restoreDelivery(logs: Logs.CloudWatchLogsClient, d: DeliveryData): Promise<void> {
  const existing = (await deliveries(logs)).some((e) => e.deliverySourceName === d.source && e.deliveryDestinationArn === d.destinationArn);
  if (existing) return;
  await logs.send(
    new Logs.CreateDeliveryCommand({
      deliverySourceName: d.source,
      deliveryDestinationArn: d.destinationArn,
      recordFields: d.recordFields,
      fieldDelimiter: d.fieldDelimiter,
      s3DeliveryConfiguration: d.s3DeliveryConfiguration,
    }),
  );
}

/**
 * Groups, each followed by its streams (a stream is written only into a group that could be
 * created), then the region's resource policies, log destinations and deliveries.
 */
async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const logs = client(context, region);
  await restoreContainers(context, records, {
    container: GROUP,
    content: STREAM,
    containerOf: (stream) => stream.group,
    restoreContainer: (group) =>
      createThenConfigure(
        context,
        GROUP.label(group.name),
        () => createGroup(logs, group),
        () => configureGroup(logs, group),
      ),
    restoreContent: (stream, _group, record) => restoreStream(logs, stream, record.payload),
    concurrency: STREAM_CONCURRENCY,
    standalone: [
      on(RESOURCE_POLICY, (policy) => logs.send(new Logs.PutResourcePolicyCommand({ policyName: policy.name, policyDocument: policy.document }))),
      on(DESTINATION, (d) => restoreDestination(logs, d)),
      on(DELIVERY_SOURCE, (d) => logs.send(new Logs.PutDeliverySourceCommand({ name: d.name, resourceArn: d.resourceArn, logType: d.logType }))),
      on(DELIVERY_DESTINATION, (d) => restoreDeliveryDestination(logs, d)),
      on(DELIVERY, (d) => restoreDelivery(logs, d)),
    ],
  });
}

/**
 * CloudWatch Logs: log groups (retention, KMS key, class, tags, metric and subscription filters),
 * their streams' events, and the region's resource policies, log destinations (with their
 * access policies), delivery sources, delivery destinations (with their policies) and deliveries.
 */
export const logs: ServiceModule = {
  name: 'logs',
  dependsOn: ['iam', 'kms', 'lambda', 'kinesis'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['lambda', 'kinesis'] },
};
