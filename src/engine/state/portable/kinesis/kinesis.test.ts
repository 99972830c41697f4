import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  DescribeStreamSummaryCommand,
  EnableEnhancedMonitoringCommand,
  GetResourcePolicyCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  IncreaseStreamRetentionPeriodCommand,
  KinesisClient,
  ListShardsCommand,
  ListStreamConsumersCommand,
  ListStreamsCommand,
  ListTagsForStreamCommand,
  PutRecordsCommand,
  PutResourcePolicyCommand,
  RegisterStreamConsumerCommand,
  RemoveTagsFromStreamCommand,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('kinesis');

let moto: Moto;
let kin: KinesisClient;
let home: string;

/** The SDK's default HTTP/2 handler for Kinesis is refused by moto's HTTP/1.1 server. */
function kinesisClient(region = 'us-east-1'): KinesisClient {
  return new KinesisClient({ ...sdkConfig(moto.endpoint, region), requestHandler: new NodeHttpHandler() });
}

beforeAll(async () => {
  moto = await startMoto();
  kin = kinesisClient();
});
afterAll(async () => {
  kin.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const only = { services: 'kinesis' };

interface Written {
  partitionKey: string;
  data: Buffer;
  shardId: string;
}

const arn = (name: string) => `arn:aws:kinesis:us-east-1:123456789012:stream/${name}`;

type Put = { partitionKey: string; data: Buffer; explicitHashKey?: string };

async function put(stream: string, records: Put[]): Promise<Written[]> {
  const answer = await kin.send(
    new PutRecordsCommand({
      StreamName: stream,
      Records: records.map((r) => ({ PartitionKey: r.partitionKey, Data: r.data, ExplicitHashKey: r.explicitHashKey })),
    }),
  );
  expect(answer.FailedRecordCount ?? 0).toBe(0);
  return records.map((r, i) => ({ partitionKey: r.partitionKey, data: r.data, shardId: answer.Records![i]!.ShardId! }));
}

/** Every record of a stream, shard by shard, with the shard it sits in. */
async function readAll(stream: string, client = kin): Promise<Written[]> {
  const shards = (await client.send(new ListShardsCommand({ StreamName: stream }))).Shards ?? [];
  const out: Written[] = [];
  for (const shard of shards) {
    const start = { StreamName: stream, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' as const };
    let iterator = (await client.send(new GetShardIteratorCommand(start))).ShardIterator;
    while (iterator) {
      const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      for (const r of page.Records ?? []) {
        out.push({ partitionKey: r.PartitionKey!, data: Buffer.from(r.Data!), shardId: shard.ShardId! });
      }
      if ((page.Records ?? []).length === 0) break;
      iterator = page.NextShardIterator;
    }
  }
  return out;
}

/** Records per partition key, in stream order: what Kinesis promises to keep. */
function byKey(records: Written[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const r of records) keys.set(r.partitionKey, [...(keys.get(r.partitionKey) ?? []), r.data.toString('base64')]);
  return keys;
}

async function streamNames(client = kin): Promise<string[]> {
  return ((await client.send(new ListStreamsCommand({}))).StreamNames ?? []).sort();
}

async function seed(): Promise<Written[]> {
  await kin.send(new CreateStreamCommand({ StreamName: 'events', ShardCount: 3 }));
  await kin.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'events', RetentionPeriodHours: 48 }));
  await kin.send(new StartStreamEncryptionCommand({ StreamName: 'events', EncryptionType: 'KMS', KeyId: 'alias/events-key' }));
  const ShardLevelMetrics = ['IncomingBytes' as const, 'OutgoingRecords' as const];
  await kin.send(new EnableEnhancedMonitoringCommand({ StreamName: 'events', ShardLevelMetrics }));
  const tags = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`tag-${String(i).padStart(2, '0')}`, `value-${i}`]));
  await kin.send(new AddTagsToStreamCommand({ StreamName: 'events', Tags: Object.fromEntries(Object.entries(tags).slice(0, 10)) }));
  await kin.send(new AddTagsToStreamCommand({ StreamName: 'events', Tags: Object.fromEntries(Object.entries(tags).slice(10)) }));
  await kin.send(new RegisterStreamConsumerCommand({ StreamARN: arn('events'), ConsumerName: 'analytics' }));
  const written: Written[] = [];
  for (let batch = 0; batch < 3; batch += 1) {
    const records = Array.from({ length: 200 }, (_, i) => ({
      partitionKey: `device-${(batch * 200 + i) % 23}`,
      data: Buffer.from([batch, i, 0, 255, (i * 13) % 256]),
    }));
    written.push(...(await put('events', records)));
  }
  // An explicit hash key of 1 puts the record in the first shard whatever its partition key hashes to.
  written.push(...(await put('events', [{ partitionKey: 'pinned', data: Buffer.from('pinned'), explicitHashKey: '1' }])));
  await kin.send(new CreateStreamCommand({ StreamName: 'on-demand', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
  await put('on-demand', [{ partitionKey: 'k', data: Buffer.from('{"hello":"world"}') }]);
  return written;
}

describe('the kinesis module', () => {
  it('restores streams with mode, shard count, retention, encryption, shard metrics, consumers and tags, and their records in order per partition key', async () => {
    const written = await seed();
    const eu = kinesisClient('eu-west-1');
    await eu.send(new CreateStreamCommand({ StreamName: 'eu-audit', ShardCount: 1 }));

    const saved = await saveState(moto.endpoint, home, 'streams', only);
    expect(saved.resources).toEqual({ kinesis: 3 + written.length + 1 });
    await moto.reset();
    expect(await streamNames()).toEqual([]);

    await loadState(moto.endpoint, home, 'streams');

    expect(await streamNames()).toEqual(['events', 'on-demand']);
    expect(await streamNames(eu)).toEqual(['eu-audit']);
    const events = (await kin.send(new DescribeStreamSummaryCommand({ StreamName: 'events' }))).StreamDescriptionSummary!;
    expect(events).toMatchObject({
      StreamStatus: 'ACTIVE',
      OpenShardCount: 3,
      RetentionPeriodHours: 48,
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      EncryptionType: 'KMS',
      KeyId: 'alias/events-key',
    });
    expect(events.EnhancedMonitoring?.[0]?.ShardLevelMetrics?.sort()).toEqual(['IncomingBytes', 'OutgoingRecords']);
    const tags = (await kin.send(new ListTagsForStreamCommand({ StreamName: 'events' }))).Tags ?? [];
    expect(tags).toHaveLength(12);
    expect(tags).toContainEqual({ Key: 'tag-11', Value: 'value-11' });
    const consumers = (await kin.send(new ListStreamConsumersCommand({ StreamARN: arn('events') }))).Consumers ?? [];
    expect(consumers.map((c) => c.ConsumerName)).toEqual(['analytics']);
    const onDemand = (await kin.send(new DescribeStreamSummaryCommand({ StreamName: 'on-demand' }))).StreamDescriptionSummary!;
    expect(onDemand.StreamModeDetails?.StreamMode).toBe('ON_DEMAND');

    const restored = await readAll('events');
    expect(restored).toHaveLength(written.length);
    expect(byKey(restored)).toEqual(byKey(written));
    // Same shard layout, same hash keys: every record sits in the shard it sat in, the pinned one too.
    const shardOf = (records: Written[]) => new Map(records.map((r) => [r.data.toString('base64'), r.shardId]));
    expect(shardOf(restored)).toEqual(shardOf(written));
    expect((await readAll('on-demand')).map((r) => r.data.toString())).toEqual(['{"hello":"world"}']);
    eu.destroy();
  });

  it('reads without consuming, and gives identical layers for unchanged state', async () => {
    const written = await seed();
    await saveState(moto.endpoint, home, 'same', only);
    await saveState(moto.endpoint, home, 'same', only);

    const digests = async (pod: string) => (await inspect(pod, options(moto.endpoint, home))).layers.map((l) => l.digest);
    expect(await digests('same:2')).toEqual(await digests('same:1'));
    expect(await readAll('events')).toEqual(await readAll('events'));
    expect(await readAll('events')).toHaveLength(written.length);
  });

  it('updates an existing stream under deep-merge without repeating its records, and keeps other streams', async () => {
    await kin.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 2 }));
    await kin.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'orders', RetentionPeriodHours: 72 }));
    await kin.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { owner: 'shop' } }));
    await put('orders', [{ partitionKey: 'o', data: Buffer.from('first') }]);
    await saveState(moto.endpoint, home, 'deep', only);
    await kin.send(new RemoveTagsFromStreamCommand({ StreamName: 'orders', TagKeys: ['owner'] }));
    await kin.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'orders', RetentionPeriodHours: 24 }));
    await kin.send(new CreateStreamCommand({ StreamName: 'other', ShardCount: 1 }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await streamNames()).toEqual(['orders', 'other']);
    const tags = (await kin.send(new ListTagsForStreamCommand({ StreamName: 'orders' }))).Tags;
    expect(tags).toEqual([{ Key: 'owner', Value: 'shop' }]);
    const orders = (await kin.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary;
    expect(orders?.RetentionPeriodHours).toBe(72);
    expect((await readAll('orders')).map((r) => r.data.toString())).toEqual(['first']);
  });

  it('deletes streams under merge and recreates them with their records', async () => {
    await kin.send(new CreateStreamCommand({ StreamName: 'jobs', ShardCount: 1 }));
    await put('jobs', [{ partitionKey: 'j', data: Buffer.from('job-1') }]);
    await saveState(moto.endpoint, home, 'merge', only);
    await put('jobs', [{ partitionKey: 'j', data: Buffer.from('job-2') }]);
    await kin.send(new CreateStreamCommand({ StreamName: 'later', ShardCount: 1 }));

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(await streamNames()).toEqual(['jobs']);
    expect((await readAll('jobs')).map((r) => r.data.toString())).toEqual(['job-1']);
  });

  it("restores a stream's resource policy", async () => {
    await kin.send(new CreateStreamCommand({ StreamName: 'readings', ShardCount: 1 }));
    const Policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kinesis:GetRecords', Resource: arn('readings') }],
    });
    await kin.send(new PutResourcePolicyCommand({ ResourceARN: arn('readings'), Policy }));
    await saveState(moto.endpoint, home, 'policy', only);
    await moto.reset();

    await loadState(moto.endpoint, home, 'policy');

    const restored = await kin.send(new GetResourcePolicyCommand({ ResourceARN: arn('readings') }));
    expect(JSON.parse(restored.Policy!)).toEqual(JSON.parse(Policy));
  });
});
