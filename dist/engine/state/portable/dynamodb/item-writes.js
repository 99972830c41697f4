/**
 * Writing a pod's items back: gathered into batches of BatchWriteItem, several batches in
 * flight, each item reported by itself.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { attempt, Batches, sendUntilDone } from '../kit/index.js';
/** BatchWriteItem's limit of requests per call, and the calls in flight during restore. */
const WRITE_LIMITS = { entries: 25, inFlight: 8 };
/** Writes one batch, sending UnprocessedItems again with backoff. */
async function writeBatch(ddb, table, batch) {
    await sendUntilDone(batch.map(({ item }) => ({ PutRequest: { Item: item } })), async (requests) => {
        const answer = await ddb.send(new DynamoDB.BatchWriteItemCommand({ RequestItems: { [table]: [...requests] } }));
        return (answer.UnprocessedItems?.[table] ?? []).map((r) => ({ PutRequest: { Item: r.PutRequest.Item } }));
    }, (count) => `${count} items of table ${table} stayed unprocessed`);
}
/** A rejected batch is written item by item, so only the items the instance rejects fail. */
async function restoreBatch(context, ddb, table, batch) {
    try {
        await writeBatch(ddb, table, batch);
        for (const { label } of batch)
            context.progress(label);
    }
    catch {
        const put = (item) => ddb.send(new DynamoDB.PutItemCommand({ TableName: table, Item: item }));
        await Promise.all(batch.map(({ label, item }) => attempt(context, label, () => put(item))));
    }
}
/** The items of a restore, taken in one after another and written in batches of one table each. */
export class ItemWriter {
    batches;
    constructor(context, ddb) {
        this.batches = new Batches(WRITE_LIMITS, (batch, table) => restoreBatch(context, ddb, table, batch));
    }
    /** Takes an item of `table` in, reported as `label`. */
    add(table, label, item) {
        return this.batches.add({ label, item }, 0, table);
    }
    /** Sends what is left, and waits for every batch in flight. */
    flush() {
        return this.batches.flush();
    }
}
