import {
  CreateGlobalTableCommand,
  CreateTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeGlobalTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListGlobalTablesCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  PutItemCommand,
  TagResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  paginateScan,
  type AttributeValue,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startLocalStack } from '../../../../test-support/localstack.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import { podRecords } from '../../../../test-support/pod-records.js';
import type { Server } from '../../../../test-support/processes.js';

const { loadState, saveState } = engineFor('dynamodb');

const only = { services: 'dynamodb' };
const REGIONS = ['ap-south-1', 'eu-west-1', 'us-east-1', 'us-west-2'];
const REPLICA_KEY = 'arn:aws:kms:eu-west-1:000000000000:key/4f2b7c1e-0000-4000-8000-000000000001';

let source: Server;
let target: Server;
let moto: Moto;
const home = tempHome();
const clients = new Map<string, DynamoDBClient>();

/** The client of `region` on `server`, made once. */
function ddb(server: { endpoint: string }, region: string): DynamoDBClient {
  const key = `${server.endpoint} ${region}`;
  let client = clients.get(key);
  if (!client) clients.set(key, (client = new DynamoDBClient(sdkConfig(server.endpoint, region))));
  return client;
}

beforeAll(async () => {
  [source, target, moto] = await Promise.all([startLocalStack(), startLocalStack(), startMoto()]);
}, 300_000);
afterAll(async () => {
  for (const client of clients.values()) client.destroy();
  await Promise.all([source?.stop(), target?.stop(), moto?.stop()]);
});

function keyed(TableName: string, extra: Partial<CreateTableCommandInput> = {}): CreateTableCommandInput {
  return {
    TableName,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...extra,
  };
}

const streamed = { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const } };

async function put(client: DynamoDBClient, TableName: string, id: string): Promise<void> {
  await client.send(new PutItemCommand({ TableName, Item: { id: { S: id }, note: { S: `${id} note` } } }));
}

async function addReplica(client: DynamoDBClient, TableName: string, RegionName: string, KMSMasterKeyId?: string): Promise<void> {
  await client.send(new UpdateTableCommand({ TableName, ReplicaUpdates: [{ Create: { RegionName, KMSMasterKeyId } }] }));
}

/**
 * `orders` made in us-east-1 with a replica in eu-west-1 (its own key, point-in-time recovery and
 * tags), `archive` made in eu-west-1 with a replica in ap-south-1 (in both, the replica's region
 * comes first and holds the table), `sessions` in eu-west-1 alone, and the global table `legacy`
 * of tables in us-east-1 and us-west-2.
 */
async function seed(server: Server): Promise<void> {
  const [us, eu, west] = [ddb(server, 'us-east-1'), ddb(server, 'eu-west-1'), ddb(server, 'us-west-2')];
  await us.send(new CreateTableCommand(keyed('orders', { ...streamed, Tags: [{ Key: 'team', Value: 'billing' }] })));
  await addReplica(us, 'orders', 'eu-west-1', REPLICA_KEY);
  await eu.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
  await eu.send(
    new TagResourceCommand({ ResourceArn: 'arn:aws:dynamodb:eu-west-1:000000000000:table/orders', Tags: [{ Key: 'copy', Value: 'eu' }] }),
  );
  await put(us, 'orders', 'o-1');
  await put(eu, 'orders', 'o-2');

  await eu.send(new CreateTableCommand(keyed('archive')));
  await addReplica(eu, 'archive', 'ap-south-1');
  await put(eu, 'archive', 'a-1');
  await eu.send(new CreateTableCommand(keyed('sessions')));
  await put(eu, 'sessions', 's-1');

  for (const [client, id] of [
    [us, 'l-east'],
    [west, 'l-west'],
  ] as const) {
    await client.send(new CreateTableCommand(keyed('legacy', streamed)));
    await put(client, 'legacy', id);
  }
  await us.send(
    new CreateGlobalTableCommand({ GlobalTableName: 'legacy', ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }),
  );
}

async function items(client: DynamoDBClient, TableName: string): Promise<string[]> {
  const found: Record<string, AttributeValue>[] = [];
  for await (const page of paginateScan({ client }, { TableName })) found.push(...(page.Items ?? []));
  return found.map((item) => item.id!.S!).sort();
}

/** Each region's tables, by region. */
async function tablesOf(server: { endpoint: string }): Promise<Record<string, string[]>> {
  const entries = await Promise.all(REGIONS.map(async (r) => [r, (await ddb(server, r).send(new ListTablesCommand({}))).TableNames ?? []] as const));
  return Object.fromEntries(entries.filter(([, names]) => names.length > 0));
}

/** The global tables with a group (LocalStack lists one it was asked to forget with an empty group). */
async function globalTablesOf(server: Server): Promise<[string, string[]][]> {
  const listed = (await ddb(server, 'us-east-1').send(new ListGlobalTablesCommand({}))).GlobalTables ?? [];
  return listed
    .map((g) => [g.GlobalTableName!, (g.ReplicationGroup ?? []).map((r) => r.RegionName!).sort()] as [string, string[]])
    .filter(([, regions]) => regions.length > 0);
}

async function tableIn(server: Server, region: string, TableName: string) {
  return (await ddb(server, region).send(new DescribeTableCommand({ TableName }))).Table!;
}

async function replicasOf(server: Server, region: string, TableName: string) {
  return (await tableIn(server, region, TableName)).Replicas?.map((r) => r.RegionName);
}

/**
 * The KMS key of the table's copy in `region`: its own, or as its `other` region lists it.
 * LocalStack reports the key of a replica in the region that made the table only.
 */
async function keyOf(server: Server, region: string, TableName: string, other: string) {
  const [own, elsewhere] = await Promise.all([tableIn(server, region, TableName), tableIn(server, other, TableName)]);
  return own.SSEDescription?.KMSMasterKeyArn ?? elsewhere.Replicas?.find((r) => r.RegionName === region)?.KMSMasterKeyId;
}

async function pitr(server: Server, region: string, TableName: string) {
  const backups = await ddb(server, region).send(new DescribeContinuousBackupsCommand({ TableName }));
  return backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
}

async function tags(server: Server, region: string, TableName: string) {
  const ResourceArn = `arn:aws:dynamodb:${region}:000000000000:table/${TableName}`;
  return (await ddb(server, region).send(new ListTagsOfResourceCommand({ ResourceArn }))).Tags;
}

/** What the seeded state looks like wherever it is loaded into LocalStack. */
async function expectSeeded(server: Server): Promise<void> {
  expect(await tablesOf(server)).toEqual({
    'ap-south-1': ['archive'],
    'eu-west-1': expect.arrayContaining(['archive', 'orders', 'sessions']),
    'us-east-1': ['legacy', 'orders'],
    'us-west-2': ['legacy'],
  });
  expect(await replicasOf(server, 'us-east-1', 'orders')).toEqual(['eu-west-1']);
  expect(await replicasOf(server, 'eu-west-1', 'orders')).toEqual(['us-east-1']);
  expect(await replicasOf(server, 'eu-west-1', 'archive')).toEqual(['ap-south-1']);
  expect(await replicasOf(server, 'ap-south-1', 'archive')).toEqual(['eu-west-1']);
  expect(await keyOf(server, 'eu-west-1', 'orders', 'us-east-1')).toBe(REPLICA_KEY);
  expect(await keyOf(server, 'us-east-1', 'orders', 'eu-west-1')).toBeUndefined();
  expect((await tableIn(server, 'us-east-1', 'orders')).StreamSpecification).toEqual(streamed.StreamSpecification);
  for (const region of ['us-east-1', 'eu-west-1']) expect(await items(ddb(server, region), 'orders')).toEqual(['o-1', 'o-2']);
  for (const region of ['eu-west-1', 'ap-south-1']) expect(await items(ddb(server, region), 'archive')).toEqual(['a-1']);
  expect([await pitr(server, 'us-east-1', 'orders'), await pitr(server, 'eu-west-1', 'orders')]).toEqual(['DISABLED', 'ENABLED']);
  expect(await tags(server, 'us-east-1', 'orders')).toEqual([{ Key: 'team', Value: 'billing' }]);
  expect(await tags(server, 'eu-west-1', 'orders')).toEqual([{ Key: 'copy', Value: 'eu' }]);
  expect(await items(ddb(server, 'us-east-1'), 'legacy')).toEqual(['l-east']);
  expect(await items(ddb(server, 'us-west-2'), 'legacy')).toEqual(['l-west']);
  expect(await globalTablesOf(server)).toEqual([['legacy', ['us-east-1', 'us-west-2']]]);
  const described = await ddb(server, 'us-west-2').send(new DescribeGlobalTableCommand({ GlobalTableName: 'legacy' }));
  expect(described.GlobalTableDescription?.ReplicationGroup?.map((r) => r.RegionName).sort()).toEqual(['us-east-1', 'us-west-2']);
}

describe('dynamodb replicas and global tables on LocalStack 4.14', { timeout: 300_000 }, () => {
  it('saves a replicated table once, in the first of its regions, with what each region’s copy has of its own', async () => {
    await seed(source);

    const saved = await saveState(source.endpoint, home, 'replicated', only);

    expect(saved.warnings).toEqual([]);
    const records = (await podRecords(home, 'replicated')).dynamodb!;
    const tables = records.filter((r) => r.type === 'table');
    expect(tables.map((r) => r.id).sort()).toEqual(['archive', 'legacy', 'legacy', 'orders', 'sessions']);
    expect(records.filter((r) => r.type === 'item' && r.data.table === 'orders').map((r) => r.id)).toEqual(['orders/["o-1"]', 'orders/["o-2"]']);
    // eu-west-1 comes first: its layer holds `orders`, with the key of its copy, which LocalStack lists in us-east-1 only.
    const orders = tables.find((r) => r.id === 'orders')!.data;
    expect(orders).toMatchObject({ sse: { kmsKeyId: REPLICA_KEY }, pointInTimeRecovery: true, tags: [{ Key: 'copy', Value: 'eu' }] });
    expect(orders.replicas).toEqual([{ region: 'us-east-1', tags: [{ Key: 'team', Value: 'billing' }] }]);
    expect(tables.find((r) => r.id === 'archive')!.data.replicas).toEqual([{ region: 'eu-west-1' }]);
    expect(records.filter((r) => r.type === 'global-table').map((r) => r.data)).toEqual([{ name: 'legacy', regions: ['us-east-1', 'us-west-2'] }]);
  });

  it('loads them into a fresh LocalStack: the table in every region with its items, the replicas’ settings, the global table', async () => {
    await loadState(target.endpoint, home, 'replicated');

    await expectSeeded(target);
    await saveState(target.endpoint, home, 'replicated-again', only);
    const [before, after] = await Promise.all([podRecords(home, 'replicated'), podRecords(home, 'replicated-again')]);
    expect(after.dynamodb).toEqual(before.dynamodb);
  });

  it('loads them again over themselves, and an overwrite load leaves no replicated table behind', async () => {
    const [west, eu] = [ddb(target, 'us-west-2'), ddb(target, 'eu-west-1')];
    await west.send(new CreateTableCommand(keyed('stale')));
    await addReplica(west, 'stale', 'eu-west-1');
    await put(eu, 'orders', 'o-later');

    await loadState(target.endpoint, home, 'replicated', { strategy: 'overwrite' });
    await expectSeeded(target);

    await ddb(moto, 'us-east-1').send(new CreateTableCommand(keyed('plain')));
    await saveState(moto.endpoint, home, 'plain', only);
    await loadState(target.endpoint, home, 'plain', { strategy: 'overwrite' });
    expect(await tablesOf(target)).toEqual({ 'us-east-1': ['plain'] });
    expect(await globalTablesOf(target)).toEqual([]);
  });

  it('a save limited to one region holds the replicated tables there, and loads them back over copies in regions it leaves alone', async () => {
    const saved = await saveState(source.endpoint, home, 'eu-only', { ...only, regions: 'eu-west-1' });
    expect(saved.warnings).toEqual([]);
    const tables = (await podRecords(home, 'eu-only')).dynamodb!.filter((r) => r.type === 'table');
    expect(tables.map((r) => [r.id, (r.data.replicas as { region: string }[] | undefined)?.map((x) => x.region)])).toEqual([
      ['archive', ['ap-south-1']],
      ['orders', ['us-east-1']],
      ['sessions', undefined],
    ]);

    // Only eu-west-1 is cleared: `orders`, made in us-east-1, stays there on its own, and gives way to the replica.
    await loadState(source.endpoint, home, 'eu-only');
    await expectSeeded(source);
  });

  it('warns when a global table’s group names a region the save leaves out', async () => {
    const saved = await saveState(source.endpoint, home, 'east-only', { ...only, regions: 'us-east-1' });
    expect(saved.warnings).toEqual([
      {
        service: 'dynamodb',
        resource: 'global table legacy',
        message: 'its group names us-west-2, which this save does not capture: a load recreates the group only where a table legacy is there',
      },
    ]);
  });

  it('loads them into moto, which keeps neither: the tables and items come back, each replica and global table is reported', async () => {
    const loading = loadState(moto.endpoint, home, 'replicated', { strategy: 'overwrite' });

    await expect(loading).rejects.toThrow(/table orders replica us-east-1: The instance keeps no replicas/);
    await expect(loading).rejects.toThrow(/table archive replica eu-west-1: The instance keeps no replicas/);
    await expect(loading).rejects.toThrow(/global table legacy: The instance does not implement global tables/);
    expect(await tablesOf(moto)).toEqual({
      'ap-south-1': ['archive'],
      'eu-west-1': ['orders', 'sessions'],
      'us-east-1': ['legacy'],
      'us-west-2': ['legacy'],
    });
    expect(await items(ddb(moto, 'eu-west-1'), 'orders')).toEqual(['o-1', 'o-2']);
  });
});
