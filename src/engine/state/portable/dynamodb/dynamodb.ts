import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { eachRegion, on, recordKind, regionsWhere, reportFailure, restoreContainers } from '../kit/index.js';
import { itemFromJson, itemToJson, keyId, keyNamesOf, keyOf, type JsonItem } from './attributes.js';
import { client, clientsOf } from './clients.js';
import { deleteTable } from './deletion.js';
import { captureGlobalTables, GLOBAL_TABLE, leaveGlobalTables, restoreGlobalTable } from './global-tables.js';
import { jsonKey, parseGroup } from './item-groups.js';
import { ItemWriter } from './item-writes.js';
import { captureTable, restoreReplicas } from './replicas.js';
import { dynamodbRequests } from './requests.js';
import { tableItems } from './scan.js';
import { restoreTable, startStream, tableDescription, tableNames, type TableData } from './tables.js';

/** Tables described at once during capture, and deleted at once by `clear`. */
const TABLE_CONCURRENCY = 4;
/** DeleteItem calls in flight for the single items a partial load clears. */
const DELETE_CONCURRENCY = 8;

type ItemData = {
  table: string;
  item: JsonItem;
};

const TABLE = recordKind<TableData>('table');
const ITEM = recordKind<ItemData>('item');

/**
 * One region's tables, each followed by its items, then the global tables. A table or global
 * table kept in several regions is held by one of the regions the save captures (see
 * `holding-region.ts`), which is why each region's capture is told them all.
 */
async function* captureRegion(context: ServiceContext, region: string, captured: readonly string[]): AsyncGenerator<CapturedRecord> {
  const ddb = client(context, region);
  const clients = clientsOf(context);
  const tables = mapOrdered(await tableNames(ddb), TABLE_CONCURRENCY, (name) => captureTable(clients, region, captured, name));
  for await (const table of tables) {
    if (!table) continue;
    yield TABLE.record(region, table.name, table);
    const keyNames = keyNamesOf(table.keySchema);
    for await (const item of tableItems(ddb, table.name, keyNames)) {
      yield ITEM.record(region, `${table.name}/${keyId(item, keyNames)}`, { table: table.name, item: itemToJson(item) });
    }
  }
  for (const g of await captureGlobalTables(context, ddb, region, captured)) yield GLOBAL_TABLE.record(region, g.name, g);
}

function capture(context: ServiceContext, regions: readonly string[]): AsyncIterable<CapturedRecord> {
  return eachRegion((c, region) => captureRegion(c, region, regions))(context, regions);
}

const regionsWithState = regionsWhere(
  async (context, region) => ((await client(context, region).send(new DynamoDB.ListTablesCommand({ Limit: 1 }))).TableNames ?? []).length > 0,
);

/**
 * Deletes the tables of one region, or those of them named in `only`, with their items, and
 * takes the region out of their global tables' groups.
 */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const ddb = client(context, region);
  await leaveGlobalTables(ddb, region, only);
  const names = (await tableNames(ddb)).filter((name) => !only || only.has(name));
  await forEachLimit(names, TABLE_CONCURRENCY, (name) => deleteTable(context, region, name));
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
 * The records a restore of `groups` writes: whole tables with their items and global tables (of
 * the same name), and single items of tables that stay as they are. A table's record comes before
 * its items, and gives the key schema that picks each named item's key out of the attributes its
 * write gave.
 */
function selectGroups(groups: ReadonlySet<string>): (record: PodRecord) => boolean {
  const { tables, items } = splitGroups(groups);
  let keys = new Set<string | undefined>();
  let keyNames: readonly string[] = [];
  return (record) => {
    if (GLOBAL_TABLE.is(record)) return tables.has(GLOBAL_TABLE.data(record).name);
    if (TABLE.is(record)) {
      const table = TABLE.data(record);
      keyNames = keyNamesOf(table.keySchema);
      keys = new Set((items.get(table.name) ?? []).map((item) => jsonKey(item, keyNames)));
      keys.delete(undefined);
      return tables.has(table.name);
    }
    const { table, item } = ITEM.data(record);
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
  await forEachLimit(
    [...items].filter(([table]) => !tables.has(table)),
    TABLE_CONCURRENCY,
    async ([table, named]) => {
      const schema = (await tableDescription(ddb, table))?.KeySchema;
      if (!schema) return;
      const keyNames = keyNamesOf(schema);
      const keys = named.filter((item) => jsonKey(item, keyNames) !== undefined);
      await forEachLimit(keys, DELETE_CONCURRENCY, async (item) => {
        await ddb.send(new DynamoDB.DeleteItemCommand({ TableName: table, Key: keyOf(itemFromJson(item as JsonItem), keyNames) }));
      });
    },
  );
}

/**
 * Tables, each followed by its items; the items go in batches, and a table's batches finish
 * before its stream is turned on (a table this load made), its replicas are added and the next
 * table starts. Global tables are made again after
 * the whole load, once every region's tables are back.
 */
async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const ddb = client(context, region);
  const items = new ItemWriter(context, ddb);
  await restoreContainers(context, records, {
    container: TABLE,
    content: ITEM,
    containerOf: (item) => item.table,
    async restoreContainer(table) {
      return { table, created: !(await restoreTable(context, ddb, table)) };
    },
    restoreContent: ({ table, item }, _, record) => items.add(table, ITEM.label(record.id), itemFromJson(item)),
    concurrency: 1,
    async finish(restored) {
      await items.flush();
      if (!restored) return;
      if (restored.created) await reportFailure(context, `table ${restored.table.name} stream`, () => startStream(ddb, restored.table));
      await restoreReplicas(context, region, restored.table);
    },
    standalone: [on(GLOBAL_TABLE, async (g) => context.afterRestore(GLOBAL_TABLE.label(g.name), () => restoreGlobalTable(ddb, g)))],
  });
}

/**
 * DynamoDB: tables (keys, indexes, billing, streams, SSE, TTL, PITR, tags, replicas) and every
 * item, sorted by key, and global tables of version 2017.11.29.
 */
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
