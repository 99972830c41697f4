/**
 * Reading a table's items in primary-key order, so the same items always make the same layer,
 * with a bounded amount of them held in memory.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { mapOrdered } from '../../../util/concurrency.js';
import { chunks, sendUntilDone } from '../kit/index.js';
import { compareKeys, keyOf, matchKey } from './attributes.js';
/** Segments of the parallel Scan that reads a table. */
const SCAN_SEGMENTS = 4;
/**
 * Item data (roughly) a capture holds to sort a table it reads in one Scan. Past it the Scan
 * goes on reading keys only, and the items are read again in key order: twice the requests.
 */
const SORT_IN_MEMORY_BYTES = 32 * 1024 * 1024;
/** BatchGetItem's limit of keys per request. */
const GET_BATCH = 100;
/** BatchGetItem requests in flight for one table. */
const GET_CONCURRENCY = 4;
/** Roughly the bytes an item's attribute names and values hold: what a one-pass capture keeps in memory. */
function itemSize(value) {
    const v = value;
    if (v.S !== undefined)
        return v.S.length;
    if (v.N !== undefined)
        return v.N.length;
    if (v.B !== undefined)
        return v.B.byteLength;
    if (v.SS !== undefined || v.NS !== undefined)
        return (v.SS ?? v.NS ?? []).reduce((sum, t) => sum + t.length, 0);
    if (v.BS !== undefined)
        return v.BS.reduce((sum, b) => sum + b.byteLength, 0);
    if (v.L !== undefined)
        return v.L.reduce((sum, e) => sum + itemSize(e), 0);
    if (v.NULL !== undefined || v.BOOL !== undefined)
        return 1;
    const entries = Object.entries(v.M ?? value);
    return entries.reduce((sum, [name, e]) => sum + name.length + itemSize(e), 0);
}
function take(scan, items) {
    for (const item of items) {
        if (scan.keysOnly) {
            scan.rows.push(keyOf(item, scan.keyNames));
            continue;
        }
        scan.rows.push(item);
        scan.bytes += itemSize(item);
    }
    if (!scan.keysOnly && scan.bytes > SORT_IN_MEMORY_BYTES) {
        scan.keysOnly = true;
        scan.rows = scan.rows.map((item) => keyOf(item, scan.keyNames));
    }
}
async function scanSegment(ddb, table, scan, segment) {
    const names = Object.fromEntries(scan.keyNames.map((name, i) => [`#k${i}`, name]));
    let start;
    do {
        // The projection can change between pages: a page goes on from the last key of the one before.
        const page = await ddb.send(new DynamoDB.ScanCommand({
            TableName: table,
            ...(segment === undefined ? {} : { Segment: segment, TotalSegments: SCAN_SEGMENTS }),
            ConsistentRead: true,
            ...(scan.keysOnly ? { ProjectionExpression: Object.keys(names).join(', '), ExpressionAttributeNames: names } : {}),
            ...(start ? { ExclusiveStartKey: start } : {}),
        }));
        take(scan, page.Items ?? []);
        start = page.LastEvaluatedKey;
    } while (start);
}
/**
 * A table read with a parallel Scan: its whole items while they fit in SORT_IN_MEMORY_BYTES,
 * else only its keys (the items read so far are cut down to theirs). A single Scan takes over
 * when the segmented one fails: moto 5 answers 500 to a segmented Scan of a table whose hash
 * key is binary.
 */
async function scanTable(ddb, table, keyNames) {
    const fresh = () => ({ keyNames, rows: [], bytes: 0, keysOnly: false });
    let scan = fresh();
    try {
        await Promise.all(Array.from({ length: SCAN_SEGMENTS }, (_, i) => scanSegment(ddb, table, scan, i)));
    }
    catch {
        scan = fresh();
        await scanSegment(ddb, table, scan);
    }
    return scan;
}
/** The items of `keys`, in the order of `keys`; an item deleted since the Scan is left out. */
async function getItems(ddb, table, keyNames, keys) {
    const found = new Map();
    await sendUntilDone(keys, async (pending) => {
        const RequestItems = { [table]: { Keys: [...pending], ConsistentRead: true } };
        const answer = await ddb.send(new DynamoDB.BatchGetItemCommand({ RequestItems }));
        for (const item of answer.Responses?.[table] ?? [])
            found.set(matchKey(item, keyNames), item);
        return answer.UnprocessedKeys?.[table]?.Keys ?? [];
    }, (count) => `${count} keys of table ${table} stayed unprocessed`);
    return keys.map((key) => found.get(matchKey(key, keyNames))).filter((item) => item !== undefined);
}
/**
 * A table's items sorted by primary key. A table that fits is read once and sorted in memory;
 * of a larger one only the keys are held and sorted, and the items follow in sorted batches of
 * BatchGetItem, a few in flight.
 */
export async function* tableItems(ddb, table, keyNames) {
    const scan = await scanTable(ddb, table, keyNames);
    const sorted = scan.rows.sort(compareKeys(keyNames));
    if (!scan.keysOnly) {
        yield* sorted;
        return;
    }
    const batches = mapOrdered(chunks(sorted, GET_BATCH), GET_CONCURRENCY, (batch) => getItems(ddb, table, keyNames, batch));
    for await (const items of batches)
        yield* items;
}
