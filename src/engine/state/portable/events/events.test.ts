import { GetSecretValueCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  CreateApiDestinationCommand,
  CreateArchiveCommand,
  CreateConnectionCommand,
  CreateEventBusCommand,
  DescribeApiDestinationCommand,
  DescribeArchiveCommand,
  DescribeConnectionCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  EventBridgeClient,
  ListConnectionsCommand,
  ListEventBusesCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutPermissionCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, RestoreIncompleteError } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('events,secretsmanager');

let moto: Moto;
let eb: EventBridgeClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  eb = new EventBridgeClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  eb.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const ACCOUNT = '123456789012';
const ordersArn = `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/orders`;
const busPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'partner',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:root' },
      Action: 'events:PutEvents',
      Resource: ordersArn,
    },
  ],
};
const defaultPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'other',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::222222222222:root' },
      Action: 'events:PutEvents',
      Resource: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/default`,
    },
  ],
};
const pattern = JSON.stringify({ source: ['shop.orders'], 'detail-type': ['OrderPlaced'] });
const role = `arn:aws:iam::${ACCOUNT}:role/events`;
const orderTargets = [
  {
    Id: 'fifo',
    Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders.fifo`,
    InputPath: '$.detail',
    SqsParameters: { MessageGroupId: 'orders' },
    DeadLetterConfig: { Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-dlq` },
    RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 },
  },
  {
    Id: 'lambda',
    Arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:notify`,
    InputTransformer: { InputPathsMap: { id: '$.detail.id', at: '$.time' }, InputTemplate: '{"order": <id>, "at": <at>}' },
  },
  {
    Id: 'sfn',
    Arn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:fulfil`,
    RoleArn: role,
    Input: '{"fixed":true}',
  },
];

async function seed(): Promise<void> {
  await eb.send(new CreateEventBusCommand({ Name: 'orders', Description: 'order events', Tags: [{ Key: 'team', Value: 'shop' }] }));
  await eb.send(
    new CreateConnectionCommand({
      Name: 'hook',
      AuthorizationType: 'BASIC',
      AuthParameters: { BasicAuthParameters: { Username: 'u', Password: 'p' } },
    }),
  );
  await eb.send(new PutPermissionCommand({ EventBusName: 'orders', Policy: JSON.stringify(busPolicy) }));
  await eb.send(new PutPermissionCommand({ Policy: JSON.stringify(defaultPolicy) }));
  await eb.send(
    new PutRuleCommand({
      Name: 'placed',
      EventBusName: 'orders',
      EventPattern: pattern,
      State: 'DISABLED',
      Description: 'orders placed',
      RoleArn: role,
      Tags: [
        { Key: 'stage', Value: 'dev' },
        { Key: 'owner', Value: 'shop' },
      ],
    }),
  );
  await eb.send(new PutTargetsCommand({ Rule: 'placed', EventBusName: 'orders', Targets: orderTargets }));
  await eb.send(new PutRuleCommand({ Name: 'nightly', ScheduleExpression: 'cron(0 3 * * ? *)' }));
  await eb.send(
    new PutTargetsCommand({
      Rule: 'nightly',
      Targets: [{ Id: 'stream', Arn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/jobs`, RoleArn: role }],
    }),
  );
  const eu = new EventBridgeClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new PutRuleCommand({ Name: 'eu-rule', EventPattern: JSON.stringify({ source: ['eu'] }) }));
  eu.destroy();
}

async function busNames(client = eb): Promise<string[]> {
  return ((await client.send(new ListEventBusesCommand({}))).EventBuses ?? []).map((b) => b.Name!).sort();
}

async function ruleNames(bus?: string): Promise<string[]> {
  return ((await eb.send(new ListRulesCommand({ EventBusName: bus }))).Rules ?? []).map((r) => r.Name!).sort();
}

async function targets(rule: string, bus?: string) {
  const listed = (await eb.send(new ListTargetsByRuleCommand({ Rule: rule, EventBusName: bus }))).Targets ?? [];
  return listed.sort((a, b) => (a.Id! < b.Id! ? -1 : 1));
}

describe('the events module', () => {
  it('restores custom buses with description, policy and tags, the default bus policy, and rules with their targets', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'events-pod', { services: 'events' });
    // a connection, orders bus, default bus policy, two rules in us-east-1; one rule in eu-west-1.
    expect(saved.resources).toEqual({ events: 6 });
    expect(saved.regions).toEqual(['eu-west-1', 'us-east-1']);
    await moto.reset();
    expect(await busNames()).toEqual(['default']);

    await loadState(moto.endpoint, home, 'events-pod');

    expect(await busNames()).toEqual(['default', 'orders']);
    const orders = await eb.send(new DescribeEventBusCommand({ Name: 'orders' }));
    expect(orders.Description).toBe('order events');
    expect(JSON.parse(orders.Policy!)).toEqual(busPolicy);
    expect((await eb.send(new ListTagsForResourceCommand({ ResourceARN: ordersArn }))).Tags).toEqual([{ Key: 'team', Value: 'shop' }]);
    expect(JSON.parse((await eb.send(new DescribeEventBusCommand({}))).Policy!)).toEqual(defaultPolicy);

    const placed = await eb.send(new DescribeRuleCommand({ Name: 'placed', EventBusName: 'orders' }));
    expect(placed).toMatchObject({ EventPattern: pattern, State: 'DISABLED', Description: 'orders placed', RoleArn: role });
    const placedTags = (await eb.send(new ListTagsForResourceCommand({ ResourceARN: placed.Arn }))).Tags ?? [];
    expect(placedTags.sort((a, b) => (a.Key! < b.Key! ? -1 : 1))).toEqual([
      { Key: 'owner', Value: 'shop' },
      { Key: 'stage', Value: 'dev' },
    ]);
    expect(await targets('placed', 'orders')).toEqual([...orderTargets].sort((a, b) => (a.Id < b.Id ? -1 : 1)));

    const nightly = await eb.send(new DescribeRuleCommand({ Name: 'nightly' }));
    expect(nightly).toMatchObject({ ScheduleExpression: 'cron(0 3 * * ? *)', State: 'ENABLED', EventBusName: 'default' });
    expect(await targets('nightly')).toEqual([{ Id: 'stream', Arn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/jobs`, RoleArn: role }]);

    const eu = new EventBridgeClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const euRules = (await eu.send(new ListRulesCommand({}))).Rules ?? [];
    eu.destroy();
    expect(euRules.map((r) => [r.Name, r.EventPattern])).toEqual([['eu-rule', JSON.stringify({ source: ['eu'] })]]);
  });

  it('gives the same layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', { services: 'events' });
    const second = await saveState(moto.endpoint, home, 'same', { services: 'events' });
    const first = await inspect('same:1', options(moto.endpoint, home));
    const again = await inspect('same:2', options(moto.endpoint, home));
    expect(again.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
    expect(second.newBytes).toBeLessThan(2048);
  });

  it('overwrites a changed rule under deep-merge, dropping targets the pod does not have, and keeps other rules', async () => {
    await eb.send(new PutRuleCommand({ Name: 'shared', EventPattern: pattern, Description: 'from pod' }));
    await eb.send(new PutTargetsCommand({ Rule: 'shared', Targets: [{ Id: 'a', Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:a` }] }));
    await saveState(moto.endpoint, home, 'deep', { services: 'events' });
    await eb.send(new PutRuleCommand({ Name: 'shared', EventPattern: pattern, Description: 'changed', State: 'DISABLED' }));
    await eb.send(new PutTargetsCommand({ Rule: 'shared', Targets: [{ Id: 'b', Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:b` }] }));
    await eb.send(new PutRuleCommand({ Name: 'extra', ScheduleExpression: 'rate(1 hour)' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await ruleNames()).toEqual(['extra', 'shared']);
    expect(await eb.send(new DescribeRuleCommand({ Name: 'shared' }))).toMatchObject({ Description: 'from pod', State: 'ENABLED' });
    expect(await targets('shared')).toEqual([{ Id: 'a', Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:a` }]);
  });

  it('replaces a bus policy under deep-merge instead of adding the pod statements to it', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'orders' }));
    await eb.send(new PutPermissionCommand({ EventBusName: 'orders', Policy: JSON.stringify(busPolicy) }));
    await saveState(moto.endpoint, home, 'policy', { services: 'events' });
    const other = { ...busPolicy, Statement: [{ ...busPolicy.Statement[0]!, Sid: 'later', Principal: { AWS: 'arn:aws:iam::333333333333:root' } }] };
    await eb.send(new PutPermissionCommand({ EventBusName: 'orders', Policy: JSON.stringify(other) }));

    await loadState(moto.endpoint, home, 'policy', { strategy: 'deep-merge' });

    expect(JSON.parse((await eb.send(new DescribeEventBusCommand({ Name: 'orders' }))).Policy!)).toEqual(busPolicy);
  });

  it('reports a bus whose description moto cannot change (no UpdateEventBus) and still restores its rules', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'orders', Description: 'from pod' }));
    await eb.send(new PutRuleCommand({ Name: 'placed', EventBusName: 'orders', EventPattern: pattern }));
    await saveState(moto.endpoint, home, 'described', { services: 'events' });
    await moto.reset();
    await eb.send(new CreateEventBusCommand({ Name: 'orders', Description: 'changed' }));

    const loaded = loadState(moto.endpoint, home, 'described', { strategy: 'deep-merge' });

    await expect(loaded).rejects.toBeInstanceOf(RestoreIncompleteError);
    const failures = ((await loaded.catch((e: unknown) => e)) as RestoreIncompleteError).failures;
    expect(failures.map((f) => [f.service, f.resource])).toEqual([['events', 'event bus orders']]);
    expect(await ruleNames('orders')).toEqual(['placed']);
  });

  it('restores archives, connections with their secrets and API destinations, and points targets at the API destination the load made', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'audit' }));
    const auditArn = `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/audit`;
    const archive = {
      ArchiveName: 'audit-all',
      EventSourceArn: auditArn,
      Description: 'every audit event',
      EventPattern: JSON.stringify({ source: ['audit'] }),
      RetentionDays: 30,
    };
    await eb.send(new CreateArchiveCommand(archive));
    const auth = {
      ApiKeyAuthParameters: { ApiKeyName: 'x-api-key', ApiKeyValue: 'k3y' },
      InvocationHttpParameters: { HeaderParameters: [{ Key: 'x-source', Value: 'audit', IsValueSecret: false }] },
    };
    const { ConnectionArn } = await eb.send(
      new CreateConnectionCommand({ Name: 'webhook', Description: 'the audit webhook', AuthorizationType: 'API_KEY', AuthParameters: auth }),
    );
    const destination = {
      Name: 'webhook',
      Description: 'audit sink',
      InvocationEndpoint: 'https://example.com/audit',
      HttpMethod: 'POST' as const,
      InvocationRateLimitPerSecond: 20,
    };
    const { ApiDestinationArn } = await eb.send(new CreateApiDestinationCommand({ ...destination, ConnectionArn }));
    await eb.send(new PutRuleCommand({ Name: 'forward', EventBusName: 'audit', EventPattern: JSON.stringify({ source: ['audit'] }) }));
    const http = { HeaderParameters: { 'x-trail': 'audit' }, QueryStringParameters: { stage: 'dev' } };
    await eb.send(
      new PutTargetsCommand({
        Rule: 'forward',
        EventBusName: 'audit',
        Targets: [{ Id: 'webhook', Arn: ApiDestinationArn, RoleArn: role, HttpParameters: http }],
      }),
    );
    // The connection's own secret is the connection's: saved with Secrets Manager's state, it would come back twice.
    const saved = await saveState(moto.endpoint, home, 'audit', { services: 'events,secretsmanager' });
    expect(saved.warnings.map((w) => w.resource)).toEqual(['event connection webhook', 'API destination webhook']);
    await moto.reset();

    await loadState(moto.endpoint, home, 'audit');

    const connection = await eb.send(new DescribeConnectionCommand({ Name: 'webhook' }));
    expect(connection).toMatchObject({ Description: 'the audit webhook', AuthorizationType: 'API_KEY' });
    expect(connection.AuthParameters?.ApiKeyAuthParameters).toEqual({ ApiKeyName: 'x-api-key' });
    const sm = new SecretsManagerClient(sdkConfig(moto.endpoint));
    const secret = await sm.send(new GetSecretValueCommand({ SecretId: connection.SecretArn }));
    expect((await sm.send(new ListSecretsCommand({}))).SecretList?.map((s) => s.ARN)).toEqual([connection.SecretArn]);
    sm.destroy();
    expect(JSON.parse(secret.SecretString!)).toMatchObject({ api_key_value: 'k3y' });
    const restored = await eb.send(new DescribeApiDestinationCommand({ Name: 'webhook' }));
    expect(restored).toMatchObject({ ...destination, ConnectionArn: connection.ConnectionArn });
    expect(await eb.send(new DescribeArchiveCommand({ ArchiveName: 'audit-all' }))).toMatchObject(archive);
    // The archive's own rule comes back with the archive, not as a rule of the pod's.
    expect((await ruleNames('audit')).filter((r) => r.startsWith('Events-Archive-'))).toHaveLength(1);
    expect(await targets('forward', 'audit')).toEqual([{ Id: 'webhook', Arn: restored.ApiDestinationArn, RoleArn: role, HttpParameters: http }]);
  });

  it('clears custom buses and every rule but keeps the default bus when a merge load replaces the service', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'kept' }));
    await saveState(moto.endpoint, home, 'merge', { services: 'events' });
    await seed();

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(await busNames()).toEqual(['default', 'kept']);
    expect(await ruleNames()).toEqual([]);
    expect((await eb.send(new DescribeEventBusCommand({}))).Policy).toBeUndefined();
    expect((await eb.send(new ListConnectionsCommand({}))).Connections).toEqual([]);
    const eu = new EventBridgeClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const euRules = (await eu.send(new ListRulesCommand({}))).Rules ?? [];
    eu.destroy();
    expect(euRules).toEqual([]);
  });
});
