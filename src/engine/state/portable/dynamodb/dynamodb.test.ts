import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  GetResourcePolicyCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  PutItemCommand,
  PutResourcePolicyCommand,
  TagResourceCommand,
  UpdateContinuousBackupsCommand,
  UntagResourceCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  paginateScan,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { podRecords } from '../../../../test-support/pod-records.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('dynamodb');

let moto: Moto;
let ddb: DynamoDBClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  ddb = new DynamoDBClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  ddb.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const only = { services: 'dynamodb' };
const ORDER_COUNT = 1_200;

/** One item holding every attribute type; sets are listed in the order a restore gives them back. */
const everyType: Record<string, AttributeValue> = {
  pk: { S: 'customer#1' },
  sk: { N: '0' },
  gsiKey: { S: 'open' },
  lsiKey: { B: new Uint8Array([0, 255, 7]) },
  text: { S: 'héllo ✓' },
  precise: { N: '12345678901234567890.000000000000000001' },
  blob: { B: new Uint8Array([1, 2, 3, 250]) },
  words: { SS: ['alpha', 'beta', 'gamma'] },
  numbers: { NS: ['-3.5', '1', '42'] },
  blobs: { BS: [new Uint8Array([1]), new Uint8Array([2, 2])] },
  nested: {
    M: {
      list: { L: [{ S: 'x' }, { N: '1' }, { NULL: true }, { BOOL: false }, { M: { deep: { SS: ['only'] } } }] },
      flag: { BOOL: true },
      none: { NULL: true },
    },
  },
  ttl: { N: '4102444800' },
};

function order(i: number): Record<string, AttributeValue> {
  return {
    pk: { S: `customer#${i % 37}` },
    sk: { N: String(i + 1) },
    gsiKey: { S: i % 2 === 0 ? 'open' : 'closed' },
    amount: { N: `${i}.25` },
    payload: { B: new Uint8Array([i % 256, (i * 7) % 256]) },
  };
}

async function createOrders(): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: 'orders',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
        { AttributeName: 'gsiKey', AttributeType: 'S' },
        { AttributeName: 'lsiKey', AttributeType: 'B' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      LocalSecondaryIndexes: [
        {
          IndexName: 'by-lsi',
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'lsiKey', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'by-status',
          KeySchema: [{ AttributeName: 'gsiKey', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['amount', 'text'] },
          ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 4 },
        },
      ],
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 6 },
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders-key' },
      Tags: [
        { Key: 'team', Value: 'billing' },
        { Key: 'env', Value: 'test' },
      ],
    }),
  );
  await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'orders', TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' } }));
  const PointInTimeRecoverySpecification = { PointInTimeRecoveryEnabled: true };
  await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification }));
}

async function putAll(table: string, items: Record<string, AttributeValue>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    const RequestItems = { [table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) };
    await ddb.send(new BatchWriteItemCommand({ RequestItems }));
  }
}

async function createBlobs(): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: 'blobs',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'B' },
        { AttributeName: 'version', AttributeType: 'N' },
      ],
      KeySchema: [
        { AttributeName: 'id', KeyType: 'HASH' },
        { AttributeName: 'version', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
}

async function scanAll(table: string, client = ddb): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  for await (const page of paginateScan({ client }, { TableName: table })) items.push(...(page.Items ?? []));
  return items;
}

/** Items as comparable text, so two scans in any order compare as sets. */
function canonical(items: Record<string, AttributeValue>[]): string[] {
  const text = (v: unknown): unknown => {
    if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
    if (Array.isArray(v)) return v.map(text);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, x]) => [k, text(x)]),
      );
    }
    return v;
  };
  return items.map((i) => JSON.stringify(text(i))).sort();
}

async function layerDigests(pod: string): Promise<string[]> {
  return (await inspect(pod, options(moto.endpoint, home))).layers.map((l) => l.digest);
}

describe('the dynamodb module', () => {
  it('restores tables with keys, indexes, throughput, stream, SSE, TTL, PITR and tags, and every item with every attribute type', async () => {
    await createOrders();
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: everyType }));
    await putAll(
      'orders',
      Array.from({ length: ORDER_COUNT }, (_, i) => order(i)),
    );
    await createBlobs();
    await putAll('blobs', [
      { id: { B: new Uint8Array([255]) }, version: { N: '1e3' }, note: { S: 'exponent kept' } },
      { id: { B: new Uint8Array([0, 1]) }, version: { N: '-0.5' } },
    ]);
    const eu = new DynamoDBClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    await eu.send(
      new CreateTableCommand({
        TableName: 'eu-sessions',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    await eu.send(new PutItemCommand({ TableName: 'eu-sessions', Item: { id: { S: 's1' }, user: { S: 'ann' } } }));
    const before = { orders: canonical(await scanAll('orders')), blobs: canonical(await scanAll('blobs')) };

    const saved = await saveState(moto.endpoint, home, 'tables', only);
    expect(saved.resources).toEqual({ dynamodb: 3 + ORDER_COUNT + 1 + 2 + 1 });
    await moto.reset();
    expect((await ddb.send(new ListTablesCommand({}))).TableNames).toEqual([]);

    await loadState(moto.endpoint, home, 'tables');

    expect((await ddb.send(new ListTablesCommand({}))).TableNames?.sort()).toEqual(['blobs', 'orders']);
    const t = (await ddb.send(new DescribeTableCommand({ TableName: 'orders' }))).Table!;
    expect(t.TableStatus).toBe('ACTIVE');
    expect(t.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect([...t.AttributeDefinitions!].sort((a, b) => (a.AttributeName! < b.AttributeName! ? -1 : 1))).toEqual([
      { AttributeName: 'gsiKey', AttributeType: 'S' },
      { AttributeName: 'lsiKey', AttributeType: 'B' },
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'N' },
    ]);
    expect(t.BillingModeSummary?.BillingMode).toBe('PROVISIONED');
    expect(t.ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 5, WriteCapacityUnits: 6 });
    expect(t.LocalSecondaryIndexes).toMatchObject([
      {
        IndexName: 'by-lsi',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'lsiKey', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ]);
    expect(t.GlobalSecondaryIndexes).toMatchObject([
      {
        IndexName: 'by-status',
        KeySchema: [{ AttributeName: 'gsiKey', KeyType: 'HASH' }],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['amount', 'text'] },
        ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 4 },
      },
    ]);
    expect(t.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(t.SSEDescription).toMatchObject({ Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: 'alias/orders-key' });
    expect((await ddb.send(new DescribeTimeToLiveCommand({ TableName: 'orders' }))).TimeToLiveDescription).toEqual({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'ttl',
    });
    const backups = await ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'orders' }));
    expect(backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus).toBe('ENABLED');
    expect((await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: t.TableArn }))).Tags).toEqual(
      expect.arrayContaining([
        { Key: 'env', Value: 'test' },
        { Key: 'team', Value: 'billing' },
      ]),
    );
    const blobs = (await ddb.send(new DescribeTableCommand({ TableName: 'blobs' }))).Table!;
    expect(blobs.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');

    const restored = await ddb.send(new GetItemCommand({ TableName: 'orders', Key: { pk: everyType.pk!, sk: everyType.sk! } }));
    expect(restored.Item).toEqual(everyType);
    expect(canonical(await scanAll('orders'))).toEqual(before.orders);
    expect(canonical(await scanAll('blobs'))).toEqual(before.blobs);
    expect(await scanAll('eu-sessions', eu)).toEqual([{ id: { S: 's1' }, user: { S: 'ann' } }]);
    eu.destroy();
  });

  it('writes items in key order, so the same items inserted in another order give identical layers', async () => {
    const items = Array.from({ length: 300 }, (_, i) => order(i));
    await createBlobs();
    await createOrders();
    await putAll('orders', items);
    const blobs = [
      { id: { B: new Uint8Array([9]) }, version: { N: '2' } },
      { id: { B: new Uint8Array([1]) }, version: { N: '10' } },
    ];
    await putAll('blobs', blobs);
    await saveState(moto.endpoint, home, 'forward', only);
    await saveState(moto.endpoint, home, 'forward', only);
    await moto.reset();
    await createOrders();
    await createBlobs();
    await putAll('orders', [...items].reverse());
    await putAll('blobs', [...blobs].reverse());
    await saveState(moto.endpoint, home, 'backward', only);

    const forward = await layerDigests('forward:1');
    expect(await layerDigests('forward:2')).toEqual(forward);
    expect(await layerDigests('backward')).toEqual(forward);
  });

  it('reads a table too large to sort in memory by its keys, then its items in key order', async () => {
    await ddb.send(
      new CreateTableCommand({
        TableName: 'big',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'N' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    // 90 items of 390 KB: more than the 32 MiB a capture sorts in memory.
    const count = 90;
    for (const i of Array.from({ length: count }, (_, i) => (i * 37) % count)) {
      const Item = { pk: { S: `p${i % 3}` }, sk: { N: String(i) }, blob: { S: String.fromCharCode(97 + (i % 26)).repeat(390_000) } };
      await ddb.send(new PutItemCommand({ TableName: 'big', Item }));
    }
    await saveState(moto.endpoint, home, 'big', only);

    const items = (await podRecords(home, 'big')).dynamodb!.filter((r) => r.type === 'item');
    const expected = Array.from({ length: count }, (_, i) => i).sort((a, b) => (a % 3) - (b % 3) || a - b);
    expect(items.map((r) => r.id)).toEqual(expected.map((i) => `big/${JSON.stringify([`p${i % 3}`, String(i)])}`));
    for (const [n, record] of items.entries()) {
      const blob = (record.data as { item: { blob: { S: string } } }).item.blob.S;
      expect(blob).toBe(String.fromCharCode(97 + (expected[n]! % 26)).repeat(390_000));
    }
  });

  it('writes into an existing table under deep-merge: pod items overwrite, other items, tables and tags stay', async () => {
    await createOrders();
    await putAll('orders', [order(1), order(2)]);
    await saveState(moto.endpoint, home, 'deep', only);
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { ...order(1), amount: { N: '999' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: order(3) }));
    const arn = (await ddb.send(new DescribeTableCommand({ TableName: 'orders' }))).Table!.TableArn!;
    // moto's TagResource appends a tag whose key exists instead of replacing it, so the pod's tag is removed here.
    await ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['team'] }));
    await ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'extra', Value: 'kept' }] }));
    const TimeToLiveSpecification = { Enabled: false, AttributeName: 'ttl' };
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'orders', TimeToLiveSpecification }));
    await createBlobs();

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect((await ddb.send(new ListTablesCommand({}))).TableNames?.sort()).toEqual(['blobs', 'orders']);
    expect(canonical(await scanAll('orders'))).toEqual(canonical([order(1), order(2), order(3)]));
    const tags = (await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags ?? [];
    expect([...tags].sort((a, b) => (a.Key! < b.Key! ? -1 : 1))).toEqual([
      { Key: 'env', Value: 'test' },
      { Key: 'extra', Value: 'kept' },
      { Key: 'team', Value: 'billing' },
    ]);
    expect((await ddb.send(new DescribeTimeToLiveCommand({ TableName: 'orders' }))).TimeToLiveDescription?.TimeToLiveStatus).toBe('ENABLED');
  });

  it('clears deletion-protected tables under merge and restores their deletion protection', async () => {
    const keyed = {
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' as const }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' as const }],
      BillingMode: 'PAY_PER_REQUEST' as const,
    };
    await ddb.send(new CreateTableCommand({ TableName: 'guarded', DeletionProtectionEnabled: true, ...keyed }));
    await ddb.send(new PutItemCommand({ TableName: 'guarded', Item: { id: { S: 'from-pod' } } }));
    await saveState(moto.endpoint, home, 'guarded', only);
    await ddb.send(new PutItemCommand({ TableName: 'guarded', Item: { id: { S: 'later' } } }));
    await ddb.send(new CreateTableCommand({ TableName: 'later', ...keyed }));

    await loadState(moto.endpoint, home, 'guarded', { strategy: 'merge' });

    expect((await ddb.send(new ListTablesCommand({}))).TableNames).toEqual(['guarded']);
    expect((await ddb.send(new DescribeTableCommand({ TableName: 'guarded' }))).Table?.DeletionProtectionEnabled).toBe(true);
    expect(await scanAll('guarded')).toEqual([{ id: { S: 'from-pod' } }]);
  });

  it("restores a table's resource policy", async () => {
    const created = await ddb.send(
      new CreateTableCommand({
        TableName: 'reports',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const ResourceArn = created.TableDescription!.TableArn!;
    const Policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/reporting' }, Action: 'dynamodb:GetItem', Resource: ResourceArn },
      ],
    });
    await ddb.send(new PutResourcePolicyCommand({ ResourceArn, Policy }));
    await saveState(moto.endpoint, home, 'policy', only);
    await moto.reset();

    await loadState(moto.endpoint, home, 'policy');

    const restored = await ddb.send(new GetResourcePolicyCommand({ ResourceArn }));
    expect(JSON.parse(restored.Policy!)).toEqual(JSON.parse(Policy));
  });

  it('round-trips a table moto was asked to replicate unchanged: moto keeps no replicas, so the pod holds none', async () => {
    const StreamSpecification = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const };
    await createBlobs();
    await ddb.send(new UpdateTableCommand({ TableName: 'blobs', StreamSpecification }));
    await ddb.send(new UpdateTableCommand({ TableName: 'blobs', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] }));
    const item = { id: { B: new Uint8Array([7]) }, version: { N: '1' } };
    await ddb.send(new PutItemCommand({ TableName: 'blobs', Item: item }));
    const before = (await ddb.send(new DescribeTableCommand({ TableName: 'blobs' }))).Table!;

    const saved = await saveState(moto.endpoint, home, 'replica-tried', only);
    expect(saved.warnings).toEqual([]);
    const records = (await podRecords(home, 'replica-tried')).dynamodb!;
    expect(records.map((r) => [r.type, r.data.replicas])).toEqual([
      ['table', undefined],
      ['item', undefined],
    ]);
    await moto.reset();
    await loadState(moto.endpoint, home, 'replica-tried');

    const after = (await ddb.send(new DescribeTableCommand({ TableName: 'blobs' }))).Table!;
    expect([after.Replicas, after.StreamSpecification, after.KeySchema]).toEqual([before.Replicas, before.StreamSpecification, before.KeySchema]);
    expect(await scanAll('blobs')).toEqual([item]);
    const eu = new DynamoDBClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    expect((await eu.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    eu.destroy();
  });

  it("turns a table's stream on once its items are in: a reader from the start of the stream gets none of the load's writes", async () => {
    const StreamSpecification = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const };
    await createBlobs();
    for (const id of [1, 2, 3])
      await ddb.send(new PutItemCommand({ TableName: 'blobs', Item: { id: { B: new Uint8Array([id]) }, version: { N: '1' } } }));
    await ddb.send(new UpdateTableCommand({ TableName: 'blobs', StreamSpecification }));
    await saveState(moto.endpoint, home, 'streamed', only);
    await moto.reset();
    await loadState(moto.endpoint, home, 'streamed');

    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'blobs' }))).Table!;
    expect(table.StreamSpecification).toEqual(StreamSpecification);
    expect(await scanAll('blobs')).toHaveLength(3);
    const streams = new DynamoDBStreamsClient(sdkConfig(moto.endpoint));
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: table.LatestStreamArn }));
    const records = [];
    for (const shard of StreamDescription!.Shards ?? []) {
      const iterator = await streams.send(
        new GetShardIteratorCommand({ StreamArn: table.LatestStreamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      records.push(...((await streams.send(new GetRecordsCommand({ ShardIterator: iterator.ShardIterator }))).Records ?? []));
    }
    // A write after the load is streamed: the stream is on, and reads this way.
    await ddb.send(new PutItemCommand({ TableName: 'blobs', Item: { id: { B: new Uint8Array([9]) }, version: { N: '1' } } }));
    const later = [];
    for (const shard of StreamDescription!.Shards ?? []) {
      const iterator = await streams.send(
        new GetShardIteratorCommand({ StreamArn: table.LatestStreamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      later.push(...((await streams.send(new GetRecordsCommand({ ShardIterator: iterator.ShardIterator }))).Records ?? []));
    }
    streams.destroy();
    expect(records).toEqual([]);
    expect(later.map((r) => r.eventName)).toEqual(['INSERT']);
  });
});
