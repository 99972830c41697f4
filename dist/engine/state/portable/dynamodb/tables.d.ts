/**
 * DynamoDB tables and their settings: listing, reading a table's settings as the pod keeps them,
 * and creating a table or bringing an existing one's settings to the pod's.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import type { ReplicaData } from './replicas.js';
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
    sse?: {
        kmsKeyId?: string;
    };
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
export declare function tableNames(ddb: DynamoDB.DynamoDBClient): Promise<string[]>;
/** The table's description, or undefined when there is no such table. */
export declare function tableDescription(ddb: DynamoDB.DynamoDBClient, name: string): Promise<DynamoDB.TableDescription | undefined>;
/** The settings of the table `t` describes, as the pod keeps them (without its replicas). */
export declare function settingsOf(ddb: DynamoDB.DynamoDBClient, t: DynamoDB.TableDescription): Promise<TableData>;
/** Polls DescribeTable until `done` holds for the table (undefined once it is gone). */
export declare function waitForTable(ddb: DynamoDB.DynamoDBClient, name: string, done: (t: DynamoDB.TableDescription | undefined) => boolean, what: string): Promise<DynamoDB.TableDescription | undefined>;
/** Ready for the next UpdateTable: a table whose indexes or replicas are still being made refuses it. */
export declare function isActive(t: DynamoDB.TableDescription | undefined): boolean;
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
export declare function ensureTable(context: ServiceContext, ddb: DynamoDB.DynamoDBClient, t: TableData, how: Creation): Promise<boolean>;
/**
 * Restores the table in the region of `ddb` (its replicas come after its items: see
 * `replicas.ts`); says whether it existed already.
 */
export declare function restoreTable(context: ServiceContext, ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<boolean>;
/**
 * Turns on the stream of a table this load created, once its items are in: the load's own
 * writes are then no changes in the stream, and a reader from its start (an event source
 * mapping at TRIM_HORIZON) gets none of them.
 */
export declare function startStream(ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<void>;
