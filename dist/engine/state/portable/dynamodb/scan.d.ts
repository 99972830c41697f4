/**
 * Reading a table's items in primary-key order, so the same items always make the same layer,
 * with a bounded amount of them held in memory.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { type Item } from './attributes.js';
/**
 * A table's items sorted by primary key. A table that fits is read once and sorted in memory;
 * of a larger one only the keys are held and sorted, and the items follow in sorted batches of
 * BatchGetItem, a few in flight.
 */
export declare function tableItems(ddb: DynamoDB.DynamoDBClient, table: string, keyNames: readonly string[]): AsyncGenerator<Item>;
