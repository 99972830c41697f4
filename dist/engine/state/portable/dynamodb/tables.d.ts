/**
 * DynamoDB tables and their settings: listing, reading a table's settings as the pod keeps them,
 * creating a table or bringing an existing one's settings to the pod's, and deleting one.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
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
};
/** The names of a region's tables, sorted. */
export declare function tableNames(ddb: DynamoDB.DynamoDBClient): Promise<string[]>;
/** The table's description, or undefined when there is no such table. */
export declare function tableDescription(ddb: DynamoDB.DynamoDBClient, name: string): Promise<DynamoDB.TableDescription | undefined>;
/** A table's settings as the pod keeps them; undefined when the table is gone. */
export declare function describeTable(ddb: DynamoDB.DynamoDBClient, name: string): Promise<TableData | undefined>;
/** Deletes a table with its items, deletion protection or not, and waits until it is gone. */
export declare function deleteTable(ddb: DynamoDB.DynamoDBClient, name: string): Promise<void>;
/**
 * Creates the table, or keeps an existing one of that name (its key schema and indexes cannot
 * change in place), then applies its settings. Settings the instance rejects are reported and
 * the items still go in.
 */
export declare function restoreTable(context: ServiceContext, ddb: DynamoDB.DynamoDBClient, t: TableData): Promise<void>;
