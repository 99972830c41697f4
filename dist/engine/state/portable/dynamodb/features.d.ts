/**
 * Table settings that not every emulator implements (moto: no Kinesis streaming destinations, no
 * global tables; LocalStack 4.14: no resource policies): read as unset where the instance lacks
 * them, asked of each client once (`unlessUnimplemented`).
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
/** The table's resource policy, or undefined when it has none. */
export declare function resourcePolicy(ddb: DynamoDB.DynamoDBClient, ResourceArn: string): Promise<string | undefined>;
/** Makes the table's resource policy the pod's: set, or removed from a table that has one. */
export declare function restoreResourcePolicy(ddb: DynamoDB.DynamoDBClient, ResourceArn: string, Policy: string | undefined): Promise<void>;
/** The Kinesis streams the table's changes go to, sorted; undefined when none. */
export declare function streamingDestinations(ddb: DynamoDB.DynamoDBClient, TableName: string): Promise<string[] | undefined>;
/**
 * Makes the streams the table's changes go to the pod's, each new one waited for until ACTIVE.
 * Run after the whole load: the streams must exist, and the table's restored items must not be
 * streamed into them.
 */
export declare function restoreStreamingDestinations(ddb: DynamoDB.DynamoDBClient, TableName: string, wanted?: readonly string[]): Promise<void>;
