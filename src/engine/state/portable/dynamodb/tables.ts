/**
 * DynamoDB tables and their settings: listing, reading a table's settings as the pod keeps them,
 * and creating a table or bringing an existing one's settings to the pod's.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import { resourcePolicy, restoreResourcePolicy, restoreStreamingDestinations, streamingDestinations } from './features.js';
import type { ReplicaData } from './replicas.js';
import { collect, compare, ensureThenConfigure, pagesOf, pollUntil, sortBy, sortedTags, unlessMissing } from '../kit/index.js';

/** How long a table may take to become ACTIVE, or to disappear after DeleteTable. */
const TABLE_WAIT_MS = 120_000;

/** A table's settings, as the pod keeps them. */
export type TableData = {
  name: string;
  keySchema: DynamoDB.KeySchemaElement[];
  attributeDefinitions: DynamoDB.AttributeDefinition[];
  billingMode: DynamoDB.BillingMode;
  provisionedThroughput?: DynamoDB.ProvisionedThroughput;
  onDemandThroughput?: DynamoDB.OnDemandThroughput;
  localSecondaryIndexes?: DynamoDB.LocalSecondaryIndex[];
  globalSecondaryIndexes?: DynamoDB.GlobalSecondaryIndex[];
  streamViewType?: DynamoDB.StreamViewType;
  sse?: { kmsKeyId?: string };
  tableClass?: DynamoDB.TableClass;
  deletionProtection?: boolean;
  ttlAttribute?: string;
  pointInTimeRecovery?: boolean;
  tags?: DynamoDB.Tag[];
  resourcePolicy?: string;
  /** The ARNs of the Kinesis streams the table's changes go to. */
  kinesisDestinations?: string[];
  /** The table's copies in other regions (see `replicas.ts`); absent from pods saved before they were kept. */
  replicas?: ReplicaData[];
};

/** The names of a region's tables, sorted. */
export async function tableNames(ddb: DynamoDB.DynamoDBClient): Promise<string[]> {
  return sortBy(await collect(DynamoDB.paginateListTables({ client: ddb }, {}), (page) => page.TableNames), (name) => name);
}

/** The table's description, or undefined when there is no such table. */
export async function tableDescription(ddb: DynamoDB.DynamoDBClient, name: string): Promise<DynamoDB.TableDescription | undefined> {
  return (await unlessMissing(ddb.send(new DynamoDB.DescribeTableCommand({ TableName: name })), ['ResourceNotFoundException']))?.Table;
}

async function tableTags(ddb: DynamoDB.DynamoDBClient, arn: string): Promise<DynamoDB.Tag[] | undefined> {
  const pages = pagesOf(
    (NextToken) => ddb.send(new DynamoDB.ListTagsOfResourceCommand({ ResourceArn: arn, NextToken })),
    (page) => page.NextToken,
  );
  return sortedTags(await collect(pages, (page) => page.Tags), (tag) => tag.Key!);
}

function projection(p: DynamoDB.Projection | undefined): DynamoDB.Projection | undefined {
  if (!p) return undefined;
  return {
    ProjectionType: p.ProjectionType,
    ...(p.NonKeyAttributes?.length ? { NonKeyAttributes: [...p.NonKeyAttributes].sort(compare) } : {}),
  };
}

/** Unset on-demand limits read as absent or -1 depending on the instance. */
function onDemand(t: DynamoDB.OnDemandThroughput | undefined): DynamoDB.OnDemandThroughput | undefined {
  const read = t?.MaxReadRequestUnits ?? -1;
  const write = t?.MaxWriteRequestUnits ?? -1;
  if (read <= 0 && write <= 0) return undefined;
  return { ...(read > 0 ? { MaxReadRequestUnits: read } : {}), ...(write > 0 ? { MaxWriteRequestUnits: write } : {}) };
}

function throughput(provisioned: boolean, t: { ReadCapacityUnits?: number; WriteCapacityUnits?: number } | undefined) {
  if (!provisioned || !t) return undefined;
  return { ReadCapacityUnits: t.ReadCapacityUnits, WriteCapacityUnits: t.WriteCapacityUnits };
}

function globalIndex(provisioned: boolean, g: DynamoDB.GlobalSecondaryIndexDescription): DynamoDB.GlobalSecondaryIndex {
  return {
    IndexName: g.IndexName,
    KeySchema: g.KeySchema,
    Projection: projection(g.Projection),
    ProvisionedThroughput: throughput(provisioned, g.ProvisionedThroughput),
    OnDemandThroughput: onDemand(g.OnDemandThroughput),
  };
}

/** The settings of the table `t` describes, as the pod keeps them (without its replicas). */
export async function settingsOf(ddb: DynamoDB.DynamoDBClient, t: DynamoDB.TableDescription): Promise<TableData> {
  const name = t.TableName!;
  const [tags, ttl, backups, policy, destinations] = await Promise.all([
    tableTags(ddb, t.TableArn!),
    ddb.send(new DynamoDB.DescribeTimeToLiveCommand({ TableName: name })),
    ddb.send(new DynamoDB.DescribeContinuousBackupsCommand({ TableName: name })),
    resourcePolicy(ddb, t.TableArn!),
    streamingDestinations(ddb, name),
  ]);
  // Tables created before on-demand existed carry no billing mode summary.
  const billingMode = t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
  const provisioned = billingMode === 'PROVISIONED';
  const ttlStatus = ttl.TimeToLiveDescription?.TimeToLiveStatus;
  const byName = (index: { IndexName?: string }) => index.IndexName!;
  return {
    name,
    keySchema: (t.KeySchema ?? []).map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    attributeDefinitions: sortBy(t.AttributeDefinitions ?? [], (a) => a.AttributeName!),
    billingMode,
    provisionedThroughput: throughput(provisioned, t.ProvisionedThroughput),
    onDemandThroughput: onDemand(t.OnDemandThroughput),
    localSecondaryIndexes: t.LocalSecondaryIndexes?.length
      ? sortBy(
          t.LocalSecondaryIndexes.map((l) => ({ IndexName: l.IndexName, KeySchema: l.KeySchema, Projection: projection(l.Projection) })),
          byName,
        )
      : undefined,
    globalSecondaryIndexes: t.GlobalSecondaryIndexes?.length
      ? sortBy(
          t.GlobalSecondaryIndexes.map((g) => globalIndex(provisioned, g)),
          byName,
        )
      : undefined,
    streamViewType: t.StreamSpecification?.StreamEnabled ? t.StreamSpecification.StreamViewType : undefined,
    // Encryption with an AWS-owned key is the default and is not asked for in CreateTable.
    sse:
      t.SSEDescription?.SSEType === 'KMS' && (t.SSEDescription.Status === 'ENABLED' || t.SSEDescription.Status === 'ENABLING')
        ? { kmsKeyId: t.SSEDescription.KMSMasterKeyArn }
        : undefined,
    tableClass: t.TableClassSummary?.TableClass,
    deletionProtection: t.DeletionProtectionEnabled || undefined,
    ttlAttribute: ttlStatus === 'ENABLED' || ttlStatus === 'ENABLING' ? ttl.TimeToLiveDescription!.AttributeName : undefined,
    pointInTimeRecovery: backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED' || undefined,
    tags,
    resourcePolicy: policy,
    kinesisDestinations: destinations,
  };
}

/** Polls DescribeTable until `done` holds for the table (undefined once it is gone). */
export function waitForTable(ddb: DynamoDB.DynamoDBClient, name: string, done: (t: DynamoDB.TableDescription | undefined) => boolean, what: string) {
  return pollUntil(() => tableDescription(ddb, name), done, `Table ${name}`, what, TABLE_WAIT_MS);
}

/** Ready for the next UpdateTable: a table whose indexes or replicas are still being made refuses it. */
export function isActive(t: DynamoDB.TableDescription | undefined): boolean {
  const indexesActive = (t?.GlobalSecondaryIndexes ?? []).every((g) => !g.IndexStatus || g.IndexStatus === 'ACTIVE');
  const replicasActive = (t?.Replicas ?? []).every((r) => !r.ReplicaStatus || r.ReplicaStatus === 'ACTIVE');
  return t?.TableStatus === 'ACTIVE' && indexesActive && replicasActive;
}

async function createTable(ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<void> {
  await ddb.send(
    new DynamoDB.CreateTableCommand({
      TableName: t.name,
      KeySchema: t.keySchema,
      AttributeDefinitions: t.attributeDefinitions,
      BillingMode: t.billingMode,
      ProvisionedThroughput: t.provisionedThroughput,
      OnDemandThroughput: t.onDemandThroughput,
      LocalSecondaryIndexes: t.localSecondaryIndexes,
      GlobalSecondaryIndexes: t.globalSecondaryIndexes,
      // The stream is turned on once the items are in (`startStream`): their writes are not changes to stream.
      SSESpecification: t.sse ? { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: t.sse.kmsKeyId } : undefined,
      TableClass: t.tableClass,
      DeletionProtectionEnabled: t.deletionProtection,
      Tags: t.tags,
    }),
  );
}

/** Makes the table's TTL what the pod says, leaving it alone when it already is. */
async function restoreTtl(ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<void> {
  const current = (await ddb.send(new DynamoDB.DescribeTimeToLiveCommand({ TableName: t.name }))).TimeToLiveDescription;
  const enabled = current?.TimeToLiveStatus === 'ENABLED' || current?.TimeToLiveStatus === 'ENABLING';
  if (t.ttlAttribute && !(enabled && current?.AttributeName === t.ttlAttribute)) {
    const TimeToLiveSpecification = { Enabled: true, AttributeName: t.ttlAttribute };
    await ddb.send(new DynamoDB.UpdateTimeToLiveCommand({ TableName: t.name, TimeToLiveSpecification }));
  } else if (!t.ttlAttribute && enabled) {
    const TimeToLiveSpecification = { Enabled: false, AttributeName: current!.AttributeName };
    await ddb.send(new DynamoDB.UpdateTimeToLiveCommand({ TableName: t.name, TimeToLiveSpecification }));
  }
}

/**
 * Brings an active table's TTL, point-in-time recovery, resource policy and tags to the pod's.
 * On a table CreateTable has just made from the pod (`fresh`), what it leaves unset or sets as
 * the pod says is not checked.
 */
async function applySettings(ddb: DynamoDB.DynamoDBClient, t: TableData, active: DynamoDB.TableDescription, fresh: boolean): Promise<void> {
  await restoreTtl(ddb, t);
  if (t.pointInTimeRecovery || !fresh) {
    await ddb.send(
      new DynamoDB.UpdateContinuousBackupsCommand({
        TableName: t.name,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: t.pointInTimeRecovery ?? false },
      }),
    );
  }
  if (t.resourcePolicy || !fresh) await restoreResourcePolicy(ddb, active.TableArn!, t.resourcePolicy);
  if (!fresh && t.tags) {
    const current = new Map(((await tableTags(ddb, active.TableArn!)) ?? []).map((tag) => [tag.Key, tag.Value]));
    const changed = t.tags.filter((tag) => current.get(tag.Key) !== tag.Value);
    if (changed.length > 0) await ddb.send(new DynamoDB.TagResourceCommand({ ResourceArn: active.TableArn, Tags: changed }));
  }
}

/** How a missing copy of a table comes to be: CreateTable, or a replica's creation from another region. */
export type Creation = {
  /** The table's copy as failures of its settings are reported (`table orders`). */
  readonly label: string;
  create(): Promise<unknown>;
  /** Whether what `create` makes has the pod's settings and tags (CreateTable's does; a new replica's has the instance's). */
  readonly fromPod: boolean;
};

/**
 * Makes the table exist where `ddb` works, or keeps an existing one of that name (its key schema
 * and indexes cannot change in place), then applies its settings. Settings the instance rejects
 * are reported and the items still go in.
 */
export async function ensureTable(context: ServiceContext, ddb: DynamoDB.DynamoDBClient, t: TableData, how: Creation): Promise<boolean> {
  const existed = await ensureThenConfigure(context, `${how.label} settings`, {
    describe: () => tableDescription(ddb, t.name),
    create: how.create,
    ready: async () => (await waitForTable(ddb, t.name, isActive, 'ACTIVE'))!,
    configure: (active, existed) => applySettings(ddb, t, active, how.fromPod && !existed),
  });
  if (t.kinesisDestinations || existed) {
    context.afterRestore(`${how.label} streaming destinations`, () => restoreStreamingDestinations(ddb, t.name, t.kinesisDestinations));
  }
  return existed;
}

/**
 * Restores the table in the region of `ddb` (its replicas come after its items: see
 * `replicas.ts`); says whether it existed already.
 */
export function restoreTable(context: ServiceContext, ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<boolean> {
  return ensureTable(context, ddb, t, { label: `table ${t.name}`, create: () => createTable(ddb, t), fromPod: true });
}

/**
 * Turns on the stream of a table this load created, once its items are in: the load's own
 * writes are then no changes in the stream, and a reader from its start (an event source
 * mapping at TRIM_HORIZON) gets none of them.
 */
export async function startStream(ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<void> {
  if (!t.streamViewType) return;
  await ddb.send(
    new DynamoDB.UpdateTableCommand({ TableName: t.name, StreamSpecification: { StreamEnabled: true, StreamViewType: t.streamViewType } }),
  );
  await waitForTable(ddb, t.name, isActive, 'ACTIVE');
}
