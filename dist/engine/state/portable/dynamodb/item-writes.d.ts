/**
 * Writing a pod's items back: gathered into batches of BatchWriteItem, several batches in
 * flight, each item reported by itself.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import type { Item } from './attributes.js';
/** The items of a restore, taken in one after another and written in batches of one table each. */
export declare class ItemWriter {
    private readonly batches;
    constructor(context: ServiceContext, ddb: DynamoDB.DynamoDBClient);
    /** Takes an item of `table` in, reported as `label`. */
    add(table: string, label: string, item: Item): Promise<void>;
    /** Sends what is left, and waits for every batch in flight. */
    flush(): Promise<void>;
}
