import * as Kinesis from '@aws-sdk/client-kinesis';
import { all, clientConfig, keyed, plain, read, tagObject, type DumpTarget, type Json } from './read.js';

/**
 * Every stream by name: its summary, shards, tags, consumers (by name) and, per shard in order,
 * every record from the trim horizon (reading moves nothing).
 */
export async function dumpKinesis(target: DumpTarget, region: string): Promise<Json> {
  const kinesis = new Kinesis.KinesisClient(clientConfig(target, region));
  const names = await all<string>(
    async (ExclusiveStartStreamName) => {
      const page = await kinesis.send(new Kinesis.ListStreamsCommand({ ExclusiveStartStreamName }));
      return { ...page, next: page.HasMoreStreams ? page.StreamNames?.at(-1) : undefined };
    },
    'StreamNames',
    'next',
  );
  return keyed(
    names,
    (n) => n,
    async (StreamName) => {
      const summary = ((await read(kinesis, new Kinesis.DescribeStreamSummaryCommand({ StreamName }))) as any).StreamDescriptionSummary ?? {};
      const shards = await all<Kinesis.Shard>(
        (NextToken) => kinesis.send(new Kinesis.ListShardsCommand(NextToken ? { NextToken } : { StreamName })),
        'Shards',
        'NextToken',
      );
      const consumers = await all<Kinesis.Consumer>(
        (NextToken) => kinesis.send(new Kinesis.ListStreamConsumersCommand({ StreamARN: summary.StreamARN, NextToken })),
        'Consumers',
        'NextToken',
      ).catch(() => []);
      return {
        summary,
        tags: tagObject(((await read(kinesis, new Kinesis.ListTagsForStreamCommand({ StreamName }))) as any).Tags),
        consumers: await keyed(
          consumers,
          (c) => c.ConsumerName!,
          (c) => c,
        ),
        shards: await Promise.all(shards.map(async (shard) => ({ shard: shard, records: await records(kinesis, StreamName, shard.ShardId!) }))),
      };
    },
  );
}

async function records(kinesis: Kinesis.KinesisClient, StreamName: string, ShardId: string): Promise<Json> {
  let ShardIterator = (await kinesis.send(new Kinesis.GetShardIteratorCommand({ StreamName, ShardId, ShardIteratorType: 'TRIM_HORIZON' })))
    .ShardIterator;
  const found: Kinesis._Record[] = [];
  while (ShardIterator) {
    const page = await kinesis.send(new Kinesis.GetRecordsCommand({ ShardIterator }));
    found.push(...(page.Records ?? []));
    if (!page.Records?.length || !page.MillisBehindLatest) break;
    ShardIterator = page.NextShardIterator;
  }
  return plain(found.map((r) => ({ ...r, Data: Buffer.from(r.Data!).toString('base64') })));
}
