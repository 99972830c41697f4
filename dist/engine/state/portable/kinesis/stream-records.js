/**
 * Reading a stream's records, shard by shard, in the form the pod keeps them: with what a
 * PutRecords needs to put each back into the same part of the hash space.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
import { createHash } from 'node:crypto';
import { collect, pagesOf, sortBy } from '../kit/index.js';
/** All shards, closed parents included (their records are still within retention), parents first. */
async function shards(kin, name) {
    const pages = pagesOf(
    // ListShards takes either the stream name or a page token, not both.
    (NextToken) => kin.send(new Kinesis.ListShardsCommand(NextToken ? { NextToken } : { StreamName: name })), (page) => page.NextToken);
    // Shard ids grow with creation, so a parent sorts before its children.
    return sortBy(await collect(pages, (page) => page.Shards), (shard) => shard.ShardId);
}
/** The hash a partition key maps to: MD5 as a 128-bit unsigned integer. */
function partitionHash(partitionKey) {
    return BigInt(`0x${createHash('md5').update(partitionKey, 'utf8').digest('hex')}`);
}
/**
 * GetRecords does not return a record's ExplicitHashKey. When the partition key's own hash lies
 * outside the shard the record sits in, the producer must have given one: the shard's first hash
 * key stands in for it, so the record lands in the same part of the hash space again.
 */
function explicitHashKey(partitionKey, shard) {
    const range = shard.HashKeyRange;
    if (!range?.StartingHashKey || !range.EndingHashKey)
        return undefined;
    const hash = partitionHash(partitionKey);
    if (hash >= BigInt(range.StartingHashKey) && hash <= BigInt(range.EndingHashKey))
        return undefined;
    return range.StartingHashKey;
}
/**
 * Every record of a stream, shard after shard from TRIM_HORIZON until caught up. Reading moves
 * no checkpoint in Kinesis, so the stream is left as it was.
 */
export async function* streamRecords(kin, name) {
    for (const shard of await shards(kin, name)) {
        let iterator = (await kin.send(new Kinesis.GetShardIteratorCommand({ StreamName: name, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
        while (iterator) {
            const page = await kin.send(new Kinesis.GetRecordsCommand({ ShardIterator: iterator }));
            for (const r of page.Records ?? []) {
                yield {
                    stream: name,
                    partitionKey: r.PartitionKey,
                    data: Buffer.from(r.Data ?? new Uint8Array()).toString('base64'),
                    explicitHashKey: explicitHashKey(r.PartitionKey, shard),
                };
            }
            if ((page.Records ?? []).length === 0 && (page.MillisBehindLatest ?? 0) === 0)
                break;
            iterator = page.NextShardIterator;
        }
    }
}
