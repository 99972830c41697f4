/**
 * Global tables of version 2017.11.29 (CreateGlobalTable, Terraform's `aws_dynamodb_global_table`):
 * tables of one name, each created in its region, grouped under that name. Each region's layer
 * keeps its own table with its items; the group is kept once (see `holding-region.ts`), and a load
 * makes it again once the tables of every region are back.
 *
 * LocalStack keeps the group only (it checks no table, and copies no item), and never forgets a
 * name: with every region taken out, a group stays listed, empty, which is read as no group.
 * moto does not implement these at all.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import { collect, createOrUpdate, isUnimplemented, pagesOf, recordKind, sortBy, unlessUnimplemented } from '../kit/index.js';
import { holdingRegion } from './holding-region.js';

/** A global table as the pod keeps it: its name (its tables') and the regions of its group, sorted. */
export type GlobalTableData = {
  name: string;
  regions: string[];
};

export const GLOBAL_TABLE = recordKind<GlobalTableData>('global-table');

/** The global tables whose group names `region`, sorted by name. */
async function globalTables(ddb: DynamoDB.DynamoDBClient, region: string): Promise<GlobalTableData[]> {
  const pages = pagesOf(
    (ExclusiveStartGlobalTableName) => ddb.send(new DynamoDB.ListGlobalTablesCommand({ RegionName: region, ExclusiveStartGlobalTableName })),
    (page) => page.LastEvaluatedGlobalTableName,
  );
  const listed = (await unlessUnimplemented(ddb, 'ListGlobalTables', () => collect(pages, (page) => page.GlobalTables))) ?? [];
  const tables = listed.map((g) => ({
    name: g.GlobalTableName!,
    regions: sortBy(
      (g.ReplicationGroup ?? []).map((r) => r.RegionName!),
      (r) => r,
    ),
  }));
  // LocalStack lists the global tables of every region, whatever the region asked.
  return sortBy(
    tables.filter((g) => g.regions.includes(region)),
    (g) => g.name,
  );
}

/**
 * The global tables the capture of `region` holds. One whose group names regions the save leaves
 * out is kept with them, and said so: their tables are not in the pod.
 */
export async function captureGlobalTables(
  context: ServiceContext,
  ddb: DynamoDB.DynamoDBClient,
  region: string,
  captured: readonly string[],
): Promise<GlobalTableData[]> {
  const held = (await globalTables(ddb, region)).filter((g) => holdingRegion(g.regions, captured) === region);
  for (const g of held) {
    const left = g.regions.filter((r) => !captured.includes(r));
    if (left.length > 0) {
      context.warn(
        GLOBAL_TABLE.label(g.name),
        `its group names ${left.join(', ')}, which this save does not capture: a load recreates the group only where a table ${g.name} is there`,
      );
    }
  }
  return held;
}

/** Brings an existing global table's group to the pod's: regions added, and others taken out. */
async function regroup(ddb: DynamoDB.DynamoDBClient, g: GlobalTableData): Promise<void> {
  const described = await ddb.send(new DynamoDB.DescribeGlobalTableCommand({ GlobalTableName: g.name }));
  const current = (described.GlobalTableDescription?.ReplicationGroup ?? []).map((r) => r.RegionName!);
  const ReplicaUpdates = [
    ...g.regions.filter((r) => !current.includes(r)).map((RegionName) => ({ Create: { RegionName } })),
    ...current.filter((r) => !g.regions.includes(r)).map((RegionName) => ({ Delete: { RegionName } })),
  ];
  if (ReplicaUpdates.length > 0) await ddb.send(new DynamoDB.UpdateGlobalTableCommand({ GlobalTableName: g.name, ReplicaUpdates }));
}

/**
 * Makes the global table's group the pod's. Run after the whole load: the tables of all its
 * regions must exist (AWS wants them empty too; LocalStack checks neither).
 */
export async function restoreGlobalTable(ddb: DynamoDB.DynamoDBClient, g: GlobalTableData): Promise<void> {
  const ReplicationGroup = g.regions.map((RegionName) => ({ RegionName }));
  try {
    await createOrUpdate(
      () => ddb.send(new DynamoDB.CreateGlobalTableCommand({ GlobalTableName: g.name, ReplicationGroup })),
      () => regroup(ddb, g),
    );
  } catch (error) {
    if (!isUnimplemented(error)) throw error;
    throw new Error('The instance does not implement global tables of version 2017.11.29 (moto does not): its tables are restored, each on its own', {
      cause: error,
    });
  }
}

/**
 * Takes `region` out of the groups of the global tables that name it (those named in `only`, when
 * given), before its tables are deleted: a group would otherwise go on naming the region, and a
 * load that recreates it finds it there already.
 */
export async function leaveGlobalTables(ddb: DynamoDB.DynamoDBClient, region: string, only?: ReadonlySet<string>): Promise<void> {
  for (const g of await globalTables(ddb, region)) {
    if (only && !only.has(g.name)) continue;
    const ReplicaUpdates = [{ Delete: { RegionName: region } }];
    await ddb.send(new DynamoDB.UpdateGlobalTableCommand({ GlobalTableName: g.name, ReplicaUpdates }));
  }
}
