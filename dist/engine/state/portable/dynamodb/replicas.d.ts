/**
 * Replicas (global tables of version 2019.11.21: Terraform's `replica` blocks and
 * `aws_dynamodb_table_replica`): one table kept in several regions, an item written in one seen
 * in all, DescribeTable in each listing the others. The pod keeps such a table once, in the layer
 * of one of its regions (see `holding-region.ts`), its items once, and per other region what that
 * replica has of its own. A load creates the table there, writes its items, then adds the
 * replicas. moto keeps none (it answers UpdateTable's ReplicaUpdates and ignores them), so a save
 * from moto never holds any, and a load into moto reports each replica of the pod.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import { type RegionClients } from './clients.js';
import { type TableData } from './tables.js';
/** A replica's own read capacity beside the table's (provisioned), or its own read limit (on demand). */
type Overrides = Pick<DynamoDB.ReplicaGlobalSecondaryIndex, 'ProvisionedThroughputOverride' | 'OnDemandThroughputOverride'>;
/** What a replica has of its own, as the pod keeps it. */
export type ReplicaData = Pick<TableData, 'tableClass' | 'ttlAttribute' | 'pointInTimeRecovery' | 'tags' | 'resourcePolicy' | 'kinesisDestinations'> & {
    region: string;
    /** The KMS key of its encryption, when not the AWS-owned one. */
    kmsKeyId?: string;
    throughput?: Overrides;
    /** Its own capacity of the table's global secondary indexes, by index. */
    indexThroughput?: DynamoDB.ReplicaGlobalSecondaryIndex[];
};
/**
 * A table's settings with its replicas', as the capture of `region` holds it; undefined when the
 * table is gone, or another region's capture holds it.
 */
export declare function captureTable(clients: RegionClients, region: string, captured: readonly string[], name: string): Promise<TableData | undefined>;
/**
 * Adds the table's replicas from `region`, where the table was just restored with its items
 * (which a new replica copies), one after the other. A replica that is there already is kept,
 * with its own settings brought to the pod's.
 */
export declare function restoreReplicas(context: ServiceContext, region: string, t: TableData): Promise<void>;
export {};
