import {
  CreateActivityCommand,
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  DeleteStateMachineVersionCommand,
  DescribeStateMachineAliasCommand,
  ListActivitiesCommand,
  ListStateMachineVersionsCommand,
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  SFNClient,
  StartExecutionCommand,
  TagResourceCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startLocalStack } from '../../../../test-support/localstack.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import type { Server } from '../../../../test-support/processes.js';

const { loadState, options, saveState } = engineFor('stepfunctions');

let moto: Moto;
let sfn: SFNClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  sfn = new SFNClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  sfn.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const ACCOUNT = '123456789012';
const role = `arn:aws:iam::${ACCOUNT}:role/sfn`;
const arn = (name: string, region = 'us-east-1') => `arn:aws:states:${region}:${ACCOUNT}:stateMachine:${name}`;
const definition = JSON.stringify({
  Comment: 'order flow',
  StartAt: 'Charge',
  States: {
    Charge: { Type: 'Task', Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:charge`, Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
});
const passOnly = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const logging = {
  level: 'ERROR' as const,
  includeExecutionData: true,
  destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/sfn/orders:*` } }],
};

async function seed(): Promise<void> {
  await sfn.send(
    new CreateStateMachineCommand({
      name: 'orders',
      definition,
      roleArn: role,
      loggingConfiguration: logging,
      tracingConfiguration: { enabled: true },
      tags: [
        { key: 'team', value: 'shop' },
        { key: 'env', value: 'dev' },
      ],
    }),
  );
  await sfn.send(new CreateStateMachineCommand({ name: 'plain', definition: passOnly, roleArn: role }));
  const eu = new SFNClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new CreateStateMachineCommand({ name: 'eu-flow', definition: passOnly, roleArn: role }));
  eu.destroy();
}

async function names(client = sfn): Promise<string[]> {
  return ((await client.send(new ListStateMachinesCommand({}))).stateMachines ?? []).map((s) => s.name!).sort();
}

describe('the stepfunctions module', () => {
  it('restores state machines with definition, role, logging, tracing and tags, in every region', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'sfn-pod', { services: 'stepfunctions' });
    expect(saved.resources).toEqual({ stepfunctions: 3 });
    await moto.reset();
    expect(await names()).toEqual([]);

    await loadState(moto.endpoint, home, 'sfn-pod');

    expect(await names()).toEqual(['orders', 'plain']);
    const orders = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn('orders') }));
    expect(orders).toMatchObject({
      name: 'orders',
      definition,
      roleArn: role,
      type: 'STANDARD',
      loggingConfiguration: logging,
      tracingConfiguration: { enabled: true },
    });
    const tags = (await sfn.send(new ListTagsForResourceCommand({ resourceArn: arn('orders') }))).tags ?? [];
    expect(tags.sort((a, b) => (a.key! < b.key! ? -1 : 1))).toEqual([
      { key: 'env', value: 'dev' },
      { key: 'team', value: 'shop' },
    ]);
    const plain = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn('plain') }));
    expect(plain.definition).toBe(passOnly);
    const eu = new SFNClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    expect(await names(eu)).toEqual(['eu-flow']);
    eu.destroy();
  });

  it('gives the same layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', { services: 'stepfunctions' });
    const second = await saveState(moto.endpoint, home, 'same', { services: 'stepfunctions' });
    const first = await inspect('same:1', options(moto.endpoint, home));
    const again = await inspect('same:2', options(moto.endpoint, home));
    expect(again.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
    expect(second.newBytes).toBeLessThan(2048);
  });

  it('updates an existing state machine in place under deep-merge, keeping its executions and other machines', async () => {
    await sfn.send(new CreateStateMachineCommand({ name: 'shared', definition, roleArn: role, tags: [{ key: 'from', value: 'pod' }] }));
    await saveState(moto.endpoint, home, 'deep', { services: 'stepfunctions' });
    await sfn.send(
      new UpdateStateMachineCommand({
        stateMachineArn: arn('shared'),
        definition: passOnly,
        roleArn: `arn:aws:iam::${ACCOUNT}:role/other`,
        tracingConfiguration: { enabled: true },
      }),
    );
    await sfn.send(new TagResourceCommand({ resourceArn: arn('shared'), tags: [{ key: 'later', value: 'x' }] }));
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arn('shared'), name: 'run-1' }));
    await sfn.send(new CreateStateMachineCommand({ name: 'extra', definition: passOnly, roleArn: role }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await names()).toEqual(['extra', 'shared']);
    const shared = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn('shared') }));
    expect(shared.definition).toBe(definition);
    expect(shared.roleArn).toBe(role);
    expect(shared.tracingConfiguration?.enabled).toBe(false);
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: arn('shared') }))).tags).toEqual([{ key: 'from', value: 'pod' }]);
    const executions = (await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn('shared') }))).executions ?? [];
    expect(executions.map((e) => e.name)).toEqual(['run-1']);
  });

  it('clears every state machine of a region when a merge load replaces the service', async () => {
    await sfn.send(new CreateStateMachineCommand({ name: 'kept', definition: passOnly, roleArn: role }));
    await saveState(moto.endpoint, home, 'merge', { services: 'stepfunctions' });
    await seed();

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(await names()).toEqual(['kept']);
    const eu = new SFNClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    expect(await names(eu)).toEqual([]);
    eu.destroy();
  });

  it('restores activities with their tags, and clears them when a merge load replaces the service', async () => {
    await sfn.send(new CreateActivityCommand({ name: 'pick', tags: [{ key: 'step', value: 'pick' }] }));
    await sfn.send(new CreateActivityCommand({ name: 'pack' }));
    await saveState(moto.endpoint, home, 'activities', { services: 'stepfunctions' });
    await moto.reset();
    await sfn.send(new CreateActivityCommand({ name: 'stray' }));

    await loadState(moto.endpoint, home, 'activities', { strategy: 'merge' });

    const activities = (await sfn.send(new ListActivitiesCommand({}))).activities ?? [];
    expect(activities.map((a) => a.name).sort()).toEqual(['pack', 'pick']);
    const pick = activities.find((a) => a.name === 'pick')!;
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: pick.activityArn }))).tags).toEqual([{ key: 'step', value: 'pick' }]);
  });
});

// moto answers neither ListStateMachineVersions nor ListStateMachineAliases.
describe('the stepfunctions module on LocalStack', () => {
  let source: Server;
  let target: Server;
  beforeAll(async () => {
    [source, target] = await Promise.all([startLocalStack(), startLocalStack()]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()]);
  });

  it('publishes the versions again under their numbers, a deleted one left out, with the aliases routing to them', async () => {
    const client = new SFNClient(sdkConfig(source.endpoint));
    const { stateMachineArn } = await client.send(
      new CreateStateMachineCommand({ name: 'payments', definition: passOnly, roleArn: role, publish: true, versionDescription: 'first' }),
    );
    const second = JSON.stringify({ StartAt: 'Two', States: { Two: { Type: 'Pass', End: true } } });
    await client.send(new UpdateStateMachineCommand({ stateMachineArn, definition: second, publish: true }));
    await client.send(new UpdateStateMachineCommand({ stateMachineArn, definition, publish: true, versionDescription: 'third' }));
    await client.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${stateMachineArn}:2` }));
    await client.send(new UpdateStateMachineCommand({ stateMachineArn, definition: second }));
    await client.send(
      new CreateStateMachineAliasCommand({
        name: 'live',
        description: 'checkout',
        routingConfiguration: [
          { stateMachineVersionArn: `${stateMachineArn}:1`, weight: 90 },
          { stateMachineVersionArn: `${stateMachineArn}:3`, weight: 10 },
        ],
      }),
    );
    client.destroy();
    const pod = tempHome();
    await saveState(source.endpoint, pod, 'versions', { services: 'stepfunctions' });
    await loadState(target.endpoint, pod, 'versions');

    const restored = new SFNClient(sdkConfig(target.endpoint));
    const versions = (await restored.send(new ListStateMachineVersionsCommand({ stateMachineArn }))).stateMachineVersions ?? [];
    expect(versions.map((v) => v.stateMachineVersionArn).sort()).toEqual([`${stateMachineArn}:1`, `${stateMachineArn}:3`]);
    const describe = (arn: string) => restored.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(await describe(`${stateMachineArn}:1`)).toMatchObject({ definition: passOnly, description: 'first' });
    expect(await describe(`${stateMachineArn}:3`)).toMatchObject({ definition, description: 'third' });
    expect((await describe(stateMachineArn!)).definition).toBe(second);
    const alias = await restored.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: `${stateMachineArn}:live` }));
    expect(alias).toMatchObject({ description: 'checkout' });
    expect(alias.routingConfiguration?.map((r) => [r.stateMachineVersionArn, r.weight])).toEqual([
      [`${stateMachineArn}:1`, 90],
      [`${stateMachineArn}:3`, 10],
    ]);
    restored.destroy();
  }, 300_000);
});
