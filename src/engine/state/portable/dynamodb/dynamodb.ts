import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  DeleteItemCommand,
  paginateListTables,
  ScanCommand,
  PutItemCommand,
  TagResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type AttributeValue,
  type BillingMode,
  type GlobalSecondaryIndex,
  type GlobalSecondaryIndexDescription,
  type KeySchemaElement,
  type LocalSecondaryIndex,
  type OnDemandThroughput,
  type Projection,
  type ProvisionedThroughput,
  type StreamViewType,
  type TableClass,
  type TableDescription,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { unlessMissing } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';
import { canonicalNumber, jsonKey, parseGroup } from './item-groups.js';
import { dynamodbRequests } from './requests.js';

/** Tables described at once during capture, and deleted at once by `clear`. */
const TABLE_CONCURRENCY = 4;
/** Segments of the parallel Scan that reads a table. */
const SCAN_SEGMENTS = 4;
/**
 * Item data (roughly) a capture holds to sort a table it reads in one Scan. Past it the Scan
 * goes on reading keys only, and the items are read again in key order: twice the requests.
 */
const SORT_IN_MEMORY_BYTES = 32 * 1024 * 1024;
/** BatchGetItem's limit of keys per request. */
const GET_BATCH = 100;
/** BatchGetItem requests in flight for one table. */
const GET_CONCURRENCY = 4;
/** BatchWriteItem's limit of requests per call. */
const WRITE_BATCH = 25;
/** BatchWriteItem calls in flight during restore. */
const WRITE_CONCURRENCY = 8;
/** Rounds of retrying UnprocessedItems / UnprocessedKeys before giving up on a batch. */
const MAX_UNPROCESSED_ROUNDS = 10;
/** How long a table may take to become ACTIVE, or to disappear after DeleteTable. */
const TABLE_WAIT_MS = 120_000;

/**
 * An attribute value in DynamoDB JSON, binary as base64: what the pod stores, losslessly.
 * Numbers stay the strings the instance returned, so precision and notation are kept.
 */
type JsonValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: Record<string, JsonValue> }
  | { L: JsonValue[] }
  | { NULL: true }
  | { BOOL: boolean };

type Item = Record<string, AttributeValue>;
type JsonItem = Record<string, JsonValue>;

interface TableData {
  name: string;
  keySchema: KeySchemaElement[];
  attributeDefinitions: AttributeDefinition[];
  billingMode: BillingMode;
  provisionedThroughput?: ProvisionedThroughput;
  onDemandThroughput?: OnDemandThroughput;
  localSecondaryIndexes?: LocalSecondaryIndex[];
  globalSecondaryIndexes?: GlobalSecondaryIndex[];
  streamViewType?: StreamViewType;
  sse?: { kmsKeyId?: string };
  tableClass?: TableClass;
  deletionProtection?: boolean;
  ttlAttribute?: string;
  pointInTimeRecovery?: boolean;
  tags?: Tag[];
}

interface ItemData {
  table: string;
  item: JsonItem;
}

function client(context: ServiceContext, region: string): DynamoDBClient {
  return new DynamoDBClient(context.config(region));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function backoff(round: number): number {
  return Math.min(50 * 2 ** round, 2_000);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Sets have no order in DynamoDB; sorting them keeps layers stable. */
function toJson(value: AttributeValue): JsonValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: [...value.SS].sort(compareStrings) };
  if (value.NS !== undefined) return { NS: [...value.NS].sort(compareStrings) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64).sort(compareStrings) };
  if (value.M !== undefined) return { M: itemToJson(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toJson) };
  if (value.NULL !== undefined) return { NULL: true };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  throw new Error(`Unsupported DynamoDB attribute value: ${JSON.stringify(Object.keys(value))}`);
}

function fromJson(value: JsonValue): AttributeValue {
  if ('S' in value) return { S: value.S };
  if ('N' in value) return { N: value.N };
  if ('B' in value) return { B: bytes(value.B) };
  if ('SS' in value) return { SS: value.SS };
  if ('NS' in value) return { NS: value.NS };
  if ('BS' in value) return { BS: value.BS.map(bytes) };
  if ('M' in value) return { M: itemFromJson(value.M) };
  if ('L' in value) return { L: value.L.map(fromJson) };
  if ('NULL' in value) return { NULL: true };
  return { BOOL: value.BOOL };
}

function itemToJson(item: Item): JsonItem {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toJson(value)]));
}

function itemFromJson(item: JsonItem): Item {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, fromJson(value)]));
}

/** A key attribute (S, N or B) as text, for item ids. */
function keyText(value: AttributeValue | undefined): string {
  if (value?.B !== undefined) return base64(value.B);
  return value?.S ?? value?.N ?? '';
}

function keyId(item: Item, keyNames: readonly string[]): string {
  return JSON.stringify(keyNames.map((name) => keyText(item[name])));
}

function matchKey(item: Item, keyNames: readonly string[]): string {
  return JSON.stringify(
    keyNames.map((name) => {
      const value = item[name];
      return value?.N !== undefined ? canonicalNumber(value.N) : keyText(value);
    }),
  );
}

/** Numbers compare by value, with their text breaking ties beyond double precision. */
function compareKeyValues(a: AttributeValue | undefined, b: AttributeValue | undefined): number {
  if (a?.N !== undefined && b?.N !== undefined) return Number(a.N) - Number(b.N) || compareStrings(a.N, b.N);
  if (a?.B !== undefined && b?.B !== undefined) return Buffer.compare(a.B, b.B);
  return compareStrings(keyText(a), keyText(b));
}

function compareKeys(keyNames: readonly string[]) {
  return (a: Item, b: Item): number => {
    for (const name of keyNames) {
      const order = compareKeyValues(a[name], b[name]);
      if (order !== 0) return order;
    }
    return 0;
  };
}

async function tableNames(ddb: DynamoDBClient): Promise<string[]> {
  const names: string[] = [];
  for await (const page of paginateListTables({ client: ddb }, {})) names.push(...(page.TableNames ?? []));
  return names.sort(compareStrings);
}

/** The table's description, or undefined when there is no such table. */
async function tableDescription(ddb: DynamoDBClient, name: string): Promise<TableDescription | undefined> {
  return (await unlessMissing(ddb.send(new DescribeTableCommand({ TableName: name })), ['ResourceNotFoundException']))?.Table;
}

async function tableTags(ddb: DynamoDBClient, arn: string): Promise<Tag[] | undefined> {
  const tags: Tag[] = [];
  let NextToken: string | undefined;
  do {
    const page = await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken }));
    tags.push(...(page.Tags ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return tags.length > 0 ? tags.sort((a, b) => compareStrings(a.Key!, b.Key!)) : undefined;
}

function projection(p: Projection | undefined): Projection | undefined {
  if (!p) return undefined;
  return {
    ProjectionType: p.ProjectionType,
    ...(p.NonKeyAttributes?.length ? { NonKeyAttributes: [...p.NonKeyAttributes].sort(compareStrings) } : {}),
  };
}

/** Unset on-demand limits read as absent or -1 depending on the instance. */
function onDemand(t: OnDemandThroughput | undefined): OnDemandThroughput | undefined {
  const read = t?.MaxReadRequestUnits ?? -1;
  const write = t?.MaxWriteRequestUnits ?? -1;
  if (read <= 0 && write <= 0) return undefined;
  return { ...(read > 0 ? { MaxReadRequestUnits: read } : {}), ...(write > 0 ? { MaxWriteRequestUnits: write } : {}) };
}

function throughput(provisioned: boolean, t: { ReadCapacityUnits?: number; WriteCapacityUnits?: number } | undefined) {
  if (!provisioned || !t) return undefined;
  return { ReadCapacityUnits: t.ReadCapacityUnits, WriteCapacityUnits: t.WriteCapacityUnits };
}

function globalIndex(provisioned: boolean, g: GlobalSecondaryIndexDescription): GlobalSecondaryIndex {
  return {
    IndexName: g.IndexName,
    KeySchema: g.KeySchema,
    Projection: projection(g.Projection),
    ProvisionedThroughput: throughput(provisioned, g.ProvisionedThroughput),
    OnDemandThroughput: onDemand(g.OnDemandThroughput),
  };
}

async function describeTable(ddb: DynamoDBClient, name: string): Promise<TableData | undefined> {
  const t = await tableDescription(ddb, name);
  if (!t) return undefined;
  const [tags, ttl, backups] = await Promise.all([
    tableTags(ddb, t.TableArn!),
    ddb.send(new DescribeTimeToLiveCommand({ TableName: name })),
    ddb.send(new DescribeContinuousBackupsCommand({ TableName: name })),
  ]);
  // Tables created before on-demand existed carry no billing mode summary.
  const billingMode = t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
  const provisioned = billingMode === 'PROVISIONED';
  const ttlStatus = ttl.TimeToLiveDescription?.TimeToLiveStatus;
  const byName = (a: { IndexName?: string }, b: { IndexName?: string }) => compareStrings(a.IndexName!, b.IndexName!);
  return {
    name,
    keySchema: (t.KeySchema ?? []).map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    attributeDefinitions: [...(t.AttributeDefinitions ?? [])].sort((a, b) => compareStrings(a.AttributeName!, b.AttributeName!)),
    billingMode,
    provisionedThroughput: throughput(provisioned, t.ProvisionedThroughput),
    onDemandThroughput: onDemand(t.OnDemandThroughput),
    localSecondaryIndexes: t.LocalSecondaryIndexes?.length
      ? t.LocalSecondaryIndexes.map((l) => ({
          IndexName: l.IndexName,
          KeySchema: l.KeySchema,
          Projection: projection(l.Projection),
        })).sort(byName)
      : undefined,
    globalSecondaryIndexes: t.GlobalSecondaryIndexes?.length
      ? t.GlobalSecondaryIndexes.map((g) => globalIndex(provisioned, g)).sort(byName)
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
    pointInTimeRecovery:
      backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED' || undefined,
    tags,
  };
}

/** Roughly the bytes an item's attribute names and values hold: what a one-pass capture keeps in memory. */
function itemSize(value: AttributeValue | Item): number {
  const v = value as AttributeValue & Item;
  if (v.S !== undefined) return v.S.length;
  if (v.N !== undefined) return v.N.length;
  if (v.B !== undefined) return v.B.byteLength;
  if (v.SS !== undefined || v.NS !== undefined) return (v.SS ?? v.NS ?? []).reduce((sum, t) => sum + t.length, 0);
  if (v.BS !== undefined) return v.BS.reduce((sum, b) => sum + b.byteLength, 0);
  if (v.L !== undefined) return v.L.reduce((sum, e) => sum + itemSize(e), 0);
  if (v.NULL !== undefined || v.BOOL !== undefined) return 1;
  const entries = Object.entries(v.M ?? (value as Item));
  return entries.reduce((sum, [name, e]) => sum + name.length + itemSize(e), 0);
}

/** What the Scan of one table has read so far: whole items, or only keys once they would not fit. */
interface TableScan {
  readonly keyNames: readonly string[];
  rows: Item[];
  bytes: number;
  keysOnly: boolean;
}

function keyOf(item: Item, keyNames: readonly string[]): Item {
  return Object.fromEntries(keyNames.map((name) => [name, item[name]!]));
}

function take(scan: TableScan, items: readonly Item[]): void {
  for (const item of items) {
    if (scan.keysOnly) {
      scan.rows.push(keyOf(item, scan.keyNames));
      continue;
    }
    scan.rows.push(item);
    scan.bytes += itemSize(item);
  }
  if (!scan.keysOnly && scan.bytes > SORT_IN_MEMORY_BYTES) {
    scan.keysOnly = true;
    scan.rows = scan.rows.map((item) => keyOf(item, scan.keyNames));
  }
}

async function scanSegment(ddb: DynamoDBClient, table: string, scan: TableScan, segment?: number): Promise<void> {
  const names = Object.fromEntries(scan.keyNames.map((name, i) => [`#k${i}`, name]));
  let start: Item | undefined;
  do {
    // The projection can change between pages: a page goes on from the last key of the one before.
    const page = await ddb.send(
      new ScanCommand({
        TableName: table,
        ...(segment === undefined ? {} : { Segment: segment, TotalSegments: SCAN_SEGMENTS }),
        ConsistentRead: true,
        ...(scan.keysOnly ? { ProjectionExpression: Object.keys(names).join(', '), ExpressionAttributeNames: names } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    take(scan, page.Items ?? []);
    start = page.LastEvaluatedKey;
  } while (start);
}

/**
 * A table read with a parallel Scan: its whole items while they fit in SORT_IN_MEMORY_BYTES,
 * else only its keys (the items read so far are cut down to theirs). A single Scan takes over
 * when the segmented one fails: moto 5 answers 500 to a segmented Scan of a table whose hash
 * key is binary.
 */
async function scanTable(ddb: DynamoDBClient, table: string, keyNames: readonly string[]): Promise<TableScan> {
  const fresh = (): TableScan => ({ keyNames, rows: [], bytes: 0, keysOnly: false });
  let scan = fresh();
  try {
    await Promise.all(Array.from({ length: SCAN_SEGMENTS }, (_, i) => scanSegment(ddb, table, scan, i)));
  } catch {
    scan = fresh();
    await scanSegment(ddb, table, scan);
  }
  return scan;
}

/** The items of `keys`, in the order of `keys`; an item deleted since the Scan is left out. */
async function getItems(ddb: DynamoDBClient, table: string, keyNames: readonly string[], keys: Item[]): Promise<Item[]> {
  const found = new Map<string, Item>();
  let pending: Item[] = keys;
  for (let round = 0; pending.length > 0; round += 1) {
    if (round > MAX_UNPROCESSED_ROUNDS) throw new Error(`${pending.length} keys of table ${table} stayed unprocessed`);
    if (round > 0) await sleep(backoff(round));
    const RequestItems = { [table]: { Keys: pending, ConsistentRead: true } };
    const answer = await ddb.send(new BatchGetItemCommand({ RequestItems }));
    for (const item of answer.Responses?.[table] ?? []) found.set(matchKey(item, keyNames), item);
    pending = answer.UnprocessedKeys?.[table]?.Keys ?? [];
  }
  return keys.map((key) => found.get(matchKey(key, keyNames))).filter((item): item is Item => item !== undefined);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * A table's items sorted by primary key, so the same items always make the same layer. A table
 * that fits is read once and sorted in memory; of a larger one only the keys are held and
 * sorted, and the items follow in sorted batches of BatchGetItem, a few in flight.
 */
async function* tableItems(ddb: DynamoDBClient, table: TableData): AsyncGenerator<Item> {
  const keyNames = table.keySchema.map((k) => k.AttributeName!);
  const scan = await scanTable(ddb, table.name, keyNames);
  const sorted = scan.rows.sort(compareKeys(keyNames));
  if (!scan.keysOnly) {
    yield* sorted;
    return;
  }
  const batches = mapOrdered(chunks(sorted, GET_BATCH), GET_CONCURRENCY, (batch) => getItems(ddb, table.name, keyNames, batch));
  for await (const items of batches) yield* items;
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const ddb = client(context, region);
    try {
      const tables = mapOrdered(await tableNames(ddb), TABLE_CONCURRENCY, (name) => describeTable(ddb, name));
      for await (const table of tables) {
        if (!table) continue;
        yield { region, type: 'table', id: table.name, data: table as unknown as Record<string, unknown> };
        context.progress(`dynamodb table ${table.name}`);
        const keyNames = table.keySchema.map((k) => k.AttributeName!);
        for await (const item of tableItems(ddb, table)) {
          const id = `${table.name}/${keyId(item, keyNames)}`;
          const data: ItemData = { table: table.name, item: itemToJson(item) };
          yield { region, type: 'item', id, data: data as unknown as Record<string, unknown> };
          context.progress(`dynamodb item ${id}`);
        }
      }
    } finally {
      ddb.destroy();
    }
  }
}

async function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, async (ctx, region) => {
    const ddb = client(ctx, region);
    try {
      return ((await ddb.send(new ListTablesCommand({ Limit: 1 }))).TableNames ?? []).length > 0;
    } finally {
      ddb.destroy();
    }
  });
}

/** Polls DescribeTable until `done` holds for the table (undefined once it is gone). */
async function waitForTable(ddb: DynamoDBClient, name: string, done: (t: TableDescription | undefined) => boolean, what: string) {
  const deadline = Date.now() + TABLE_WAIT_MS;
  for (let round = 0; ; round += 1) {
    const t = await tableDescription(ddb, name);
    if (done(t)) return t;
    if (Date.now() > deadline) throw new Error(`Table ${name} did not become ${what} within ${TABLE_WAIT_MS / 1000} s`);
    await sleep(backoff(round));
  }
}

function isActive(t: TableDescription | undefined): boolean {
  const indexesActive = (t?.GlobalSecondaryIndexes ?? []).every((g) => !g.IndexStatus || g.IndexStatus === 'ACTIVE');
  return t?.TableStatus === 'ACTIVE' && indexesActive;
}

async function deleteTable(ddb: DynamoDBClient, name: string): Promise<void> {
  const t = await tableDescription(ddb, name);
  if (!t) return;
  if (t.DeletionProtectionEnabled) {
    await ddb.send(new UpdateTableCommand({ TableName: name, DeletionProtectionEnabled: false }));
  }
  await unlessMissing(ddb.send(new DeleteTableCommand({ TableName: name })), ['ResourceNotFoundException']);
  // A name is free for CreateTable only once the table is gone.
  await waitForTable(ddb, name, (gone) => gone === undefined, 'deleted');
}

/** Deletes the tables of one region, or those of them named in `only`, with their items. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const ddb = client(context, region);
  try {
    const names = (await tableNames(ddb)).filter((name) => !only || only.has(name));
    await forEachLimit(names, TABLE_CONCURRENCY, (name) => deleteTable(ddb, name));
  } finally {
    ddb.destroy();
  }
}

/** Groups (see `item-groups.ts`) as whole tables, and the items named per table. */
function splitGroups(groups: ReadonlySet<string>) {
  const tables = new Set<string>();
  const items = new Map<string, Record<string, unknown>[]>();
  for (const group of groups) {
    const { table, item } = parseGroup(group);
    if (!item) tables.add(table);
    else items.set(table, [...(items.get(table) ?? []), item]);
  }
  return { tables, items };
}

/**
 * The records a restore of `groups` writes: whole tables with their items, and single items
 * of tables that stay as they are. A table's record comes before its items, and gives the key
 * schema that picks each named item's key out of the attributes its write gave.
 */
function selectGroups(groups: ReadonlySet<string>): (record: PodRecord) => boolean {
  const { tables, items } = splitGroups(groups);
  let keys = new Set<string | undefined>();
  let keyNames: readonly string[] = [];
  return (record) => {
    if (record.type === 'table') {
      const table = record.data as unknown as TableData;
      keyNames = table.keySchema.map((k) => k.AttributeName!);
      keys = new Set((items.get(table.name) ?? []).map((item) => jsonKey(item, keyNames)));
      keys.delete(undefined);
      return tables.has(table.name);
    }
    const { table, item } = record.data as unknown as ItemData;
    return tables.has(table) || keys.has(jsonKey(item, keyNames));
  };
}

/**
 * Deletes the tables of `groups`, and the single items named of other tables (by the key
 * schema the instance reports; a table that is gone has none left to delete).
 */
async function clearGroups(context: ServiceContext, region: string, groups: ReadonlySet<string>): Promise<void> {
  const { tables, items } = splitGroups(groups);
  if (tables.size > 0) await clear(context, region, tables);
  const ddb = client(context, region);
  try {
    await forEachLimit([...items].filter(([table]) => !tables.has(table)), TABLE_CONCURRENCY, async ([table, named]) => {
      const keyNames = (await tableDescription(ddb, table))?.KeySchema?.map((k) => k.AttributeName!);
      if (!keyNames) return;
      const keys = named.filter((item) => jsonKey(item, keyNames) !== undefined);
      await forEachLimit(keys, WRITE_CONCURRENCY, async (item) => {
        await ddb.send(new DeleteItemCommand({ TableName: table, Key: keyOf(itemFromJson(item as JsonItem), keyNames) }));
      });
    });
  } finally {
    ddb.destroy();
  }
}

async function createTable(ddb: DynamoDBClient, t: TableData): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: t.name,
      KeySchema: t.keySchema,
      AttributeDefinitions: t.attributeDefinitions,
      BillingMode: t.billingMode,
      ProvisionedThroughput: t.provisionedThroughput,
      OnDemandThroughput: t.onDemandThroughput,
      LocalSecondaryIndexes: t.localSecondaryIndexes,
      GlobalSecondaryIndexes: t.globalSecondaryIndexes,
      StreamSpecification: t.streamViewType ? { StreamEnabled: true, StreamViewType: t.streamViewType } : undefined,
      SSESpecification: t.sse ? { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: t.sse.kmsKeyId } : undefined,
      TableClass: t.tableClass,
      DeletionProtectionEnabled: t.deletionProtection,
      Tags: t.tags,
    }),
  );
}

/** Makes the table's TTL what the pod says, leaving it alone when it already is. */
async function restoreTtl(ddb: DynamoDBClient, t: TableData): Promise<void> {
  const current = (await ddb.send(new DescribeTimeToLiveCommand({ TableName: t.name }))).TimeToLiveDescription;
  const enabled = current?.TimeToLiveStatus === 'ENABLED' || current?.TimeToLiveStatus === 'ENABLING';
  if (t.ttlAttribute && !(enabled && current?.AttributeName === t.ttlAttribute)) {
    const TimeToLiveSpecification = { Enabled: true, AttributeName: t.ttlAttribute };
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: t.name, TimeToLiveSpecification }));
  } else if (!t.ttlAttribute && enabled) {
    const TimeToLiveSpecification = { Enabled: false, AttributeName: current!.AttributeName };
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: t.name, TimeToLiveSpecification }));
  }
}

/** Brings an active table's TTL, point-in-time recovery and (on an existing table) tags to the pod's. */
async function applySettings(ddb: DynamoDBClient, t: TableData, active: TableDescription, existing: boolean): Promise<void> {
  await restoreTtl(ddb, t);
  if (t.pointInTimeRecovery || existing) {
    await ddb.send(
      new UpdateContinuousBackupsCommand({
        TableName: t.name,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: t.pointInTimeRecovery ?? false },
      }),
    );
  }
  if (existing && t.tags) {
    const current = new Map(((await tableTags(ddb, active.TableArn!)) ?? []).map((tag) => [tag.Key, tag.Value]));
    const changed = t.tags.filter((tag) => current.get(tag.Key) !== tag.Value);
    if (changed.length > 0) await ddb.send(new TagResourceCommand({ ResourceArn: active.TableArn, Tags: changed }));
  }
}

/**
 * Creates the table, or keeps an existing one of that name (its key schema and indexes cannot
 * change in place), then applies its settings. Settings the instance rejects are reported and
 * the items still go in.
 */
async function restoreTable(context: ServiceContext, ddb: DynamoDBClient, t: TableData): Promise<void> {
  const existing = await tableDescription(ddb, t.name);
  if (!existing) await createTable(ddb, t);
  const active = (await waitForTable(ddb, t.name, isActive, 'ACTIVE'))!;
  try {
    await applySettings(ddb, t, active, existing !== undefined);
  } catch (error) {
    context.fail(`table ${t.name} settings`, error);
  }
}

interface PendingItem {
  id: string;
  item: Item;
}

/** Writes one batch, retrying UnprocessedItems with backoff. */
async function writeBatch(ddb: DynamoDBClient, table: string, batch: readonly PendingItem[]): Promise<void> {
  let requests = batch.map(({ item }) => ({ PutRequest: { Item: item } }));
  for (let round = 0; requests.length > 0; round += 1) {
    if (round > MAX_UNPROCESSED_ROUNDS) throw new Error(`${requests.length} items of table ${table} stayed unprocessed`);
    if (round > 0) await sleep(backoff(round));
    const answer = await ddb.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
    requests = (answer.UnprocessedItems?.[table] ?? []).map((r) => ({ PutRequest: { Item: r.PutRequest!.Item! } }));
  }
}

/** A rejected batch is written item by item, so only the items the instance rejects fail. */
async function restoreBatch(context: ServiceContext, ddb: DynamoDBClient, table: string, batch: readonly PendingItem[]) {
  try {
    await writeBatch(ddb, table, batch);
    for (const { id } of batch) context.progress(`dynamodb item ${id}`);
  } catch {
    await Promise.all(
      batch.map(async ({ id, item }) => {
        try {
          await ddb.send(new PutItemCommand({ TableName: table, Item: item }));
          context.progress(`dynamodb item ${id}`);
        } catch (error) {
          context.fail(`item ${id}`, error);
        }
      }),
    );
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const ddb = client(context, region);
  const failedTables = new Set<string>();
  const pending = new Set<Promise<void>>();
  let batch: PendingItem[] = [];
  let batchTable = '';
  const dispatch = async () => {
    if (batch.length === 0) return;
    const task = restoreBatch(context, ddb, batchTable, batch);
    batch = [];
    pending.add(task);
    void task.finally(() => pending.delete(task));
    if (pending.size >= WRITE_CONCURRENCY) await Promise.race(pending);
  };
  try {
    for await (const record of records) {
      if (record.type === 'table') {
        await dispatch();
        await Promise.all(pending);
        const table = record.data as unknown as TableData;
        try {
          await restoreTable(context, ddb, table);
          context.progress(`dynamodb table ${table.name}`);
        } catch (error) {
          failedTables.add(table.name);
          context.fail(`table ${table.name}`, error);
        }
        continue;
      }
      const { table, item } = record.data as unknown as ItemData;
      if (failedTables.has(table)) continue;
      if (table !== batchTable || batch.length >= WRITE_BATCH) await dispatch();
      batchTable = table;
      batch.push({ id: record.id, item: itemFromJson(item) });
    }
    await dispatch();
    await Promise.all(pending);
  } finally {
    ddb.destroy();
  }
}

/** DynamoDB: tables (keys, indexes, billing, streams, SSE, TTL, PITR, tags) and every item, sorted by key. */
export const dynamodb: ServiceModule = {
  name: 'dynamodb',
  dependsOn: ['kms'],
  capture,
  regionsWithState,
  clear,
  // A table with its items, or single items (see `item-groups.ts`).
  partial: { select: selectGroups, clear: clearGroups },
  restore,
  requests: dynamodbRequests,
};
