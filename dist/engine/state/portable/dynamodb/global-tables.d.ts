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
/** A global table as the pod keeps it: its name (its tables') and the regions of its group, sorted. */
export type GlobalTableData = {
    name: string;
    regions: string[];
};
export declare const GLOBAL_TABLE: import("../kit/records.js").RecordKind<GlobalTableData>;
/**
 * The global tables the capture of `region` holds. One whose group names regions the save leaves
 * out is kept with them, and said so: their tables are not in the pod.
 */
export declare function captureGlobalTables(context: ServiceContext, ddb: DynamoDB.DynamoDBClient, region: string, captured: readonly string[]): Promise<GlobalTableData[]>;
/**
 * Makes the global table's group the pod's. Run after the whole load: the tables of all its
 * regions must exist (AWS wants them empty too; LocalStack checks neither).
 */
export declare function restoreGlobalTable(ddb: DynamoDB.DynamoDBClient, g: GlobalTableData): Promise<void>;
/**
 * Takes `region` out of the groups of the global tables that name it (those named in `only`, when
 * given), before its tables are deleted: a group would otherwise go on naming the region, and a
 * load that recreates it finds it there already.
 */
export declare function leaveGlobalTables(ddb: DynamoDB.DynamoDBClient, region: string, only?: ReadonlySet<string>): Promise<void>;
