import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { aws } from '../../src/test-support/cli.js';

/** Creates state in every service LocalStack serves offline, with the AWS CLI as users do. */
export async function createState(endpoint: string, work: string): Promise<void> {
  const run = (args: string[]) => aws(endpoint, args);

  writeFileSync(join(work, 'report.csv'), 'id,total\n1,42\n');
  await run(['s3', 'mb', 's3://reports']);
  await run(['s3', 'cp', join(work, 'report.csv'), 's3://reports/2026/report.csv', '--content-type', 'text/csv', '--metadata', 'owner=finance']);
  await run(['s3api', 'put-bucket-tagging', '--bucket', 'reports', '--tagging', 'TagSet=[{Key=team,Value=finance}]']);

  const dlq = (await run(['sqs', 'create-queue', '--queue-name', 'jobs-dlq'])).json.QueueUrl as string;
  const dlqArn = (await run(['sqs', 'get-queue-attributes', '--queue-url', dlq, '--attribute-names', 'QueueArn'])).json.Attributes.QueueArn;
  const jobs = (
    await run([
      'sqs',
      'create-queue',
      '--queue-name',
      'jobs',
      '--attributes',
      JSON.stringify({ VisibilityTimeout: '45', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: '3' }) }),
    ])
  ).json.QueueUrl as string;
  await run(['sqs', 'send-message', '--queue-url', jobs, '--message-body', 'first job']);
  await run(['sqs', 'send-message', '--queue-url', jobs, '--message-body', 'second job']);
  const jobsArn = (await run(['sqs', 'get-queue-attributes', '--queue-url', jobs, '--attribute-names', 'QueueArn'])).json.Attributes.QueueArn;

  const topic = (await run(['sns', 'create-topic', '--name', 'orders'])).json.TopicArn as string;
  await run([
    'sns',
    'subscribe',
    '--topic-arn',
    topic,
    '--protocol',
    'sqs',
    '--notification-endpoint',
    jobsArn,
    '--attributes',
    JSON.stringify({ FilterPolicy: JSON.stringify({ kind: ['order'] }), RawMessageDelivery: 'true' }),
  ]);

  await run(['ssm', 'put-parameter', '--name', '/app/url', '--type', 'String', '--value', 'api.example.com']);
  await run(['ssm', 'put-parameter', '--name', '/app/token', '--type', 'SecureString', '--value', 's3cr3t-token']);
  await run(['secretsmanager', 'create-secret', '--name', 'db/password', '--secret-string', 'hunter2', '--description', 'database']);

  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  });
  const role = (await run(['iam', 'create-role', '--role-name', 'workflow-role', '--assume-role-policy-document', trust])).json.Role.Arn;
  await run([
    'iam',
    'put-role-policy',
    '--role-name',
    'workflow-role',
    '--policy-name',
    'inline',
    '--policy-document',
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] }),
  ]);

  const key = (await run(['kms', 'create-key', '--description', 'app key'])).json.KeyMetadata.KeyId as string;
  await run(['kms', 'create-alias', '--alias-name', 'alias/app', '--target-key-id', key]);

  await run(['events', 'put-rule', '--name', 'nightly', '--schedule-expression', 'rate(1 day)']);
  await run(['events', 'put-targets', '--rule', 'nightly', '--targets', JSON.stringify([{ Id: 'jobs', Arn: jobsArn }])]);

  await run(['logs', 'create-log-group', '--log-group-name', '/app/api', '--tags', 'team=api']);
  await run(['logs', 'put-retention-policy', '--log-group-name', '/app/api', '--retention-in-days', '7']);
  await run(['logs', 'create-log-stream', '--log-group-name', '/app/api', '--log-stream-name', 'web']);
  const now = Date.now();
  await run([
    'logs',
    'put-log-events',
    '--log-group-name',
    '/app/api',
    '--log-stream-name',
    'web',
    '--log-events',
    JSON.stringify([
      { timestamp: now - 1000, message: 'started' },
      { timestamp: now, message: 'ready' },
    ]),
  ]);

  const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
  await run(['stepfunctions', 'create-state-machine', '--name', 'workflow', '--definition', definition, '--role-arn', role]);

  await run([
    'dynamodb',
    'create-table',
    '--table-name',
    'orders',
    '--attribute-definitions',
    'AttributeName=id,AttributeType=S',
    '--key-schema',
    'AttributeName=id,KeyType=HASH',
    '--billing-mode',
    'PAY_PER_REQUEST',
  ]);
  await run(['dynamodb', 'wait', 'table-exists', '--table-name', 'orders']);
  await run([
    'dynamodb',
    'put-item',
    '--table-name',
    'orders',
    '--item',
    JSON.stringify({ id: { S: 'o-1' }, total: { N: '42.5' }, tags: { SS: ['a', 'b'] }, paid: { BOOL: true } }),
  ]);
  // LocalStack keeps a table's stream as a Kinesis stream of its own, which is the table's.
  await run([
    'dynamodb',
    'create-table',
    '--table-name',
    'events',
    '--attribute-definitions',
    'AttributeName=id,AttributeType=S',
    '--key-schema',
    'AttributeName=id,KeyType=HASH',
    '--billing-mode',
    'PAY_PER_REQUEST',
    '--stream-specification',
    'StreamEnabled=true,StreamViewType=NEW_IMAGE',
    '--tags',
    'Key=team,Value=data',
  ]);
  await run(['dynamodb', 'wait', 'table-exists', '--table-name', 'events']);
  await run(['dynamodb', 'update-time-to-live', '--table-name', 'events', '--time-to-live-specification', 'Enabled=true,AttributeName=expires']);
  await run(['dynamodb', 'put-item', '--table-name', 'events', '--item', JSON.stringify({ id: { S: 'e-1' } })]);

  await run(['kinesis', 'create-stream', '--stream-name', 'clicks', '--shard-count', '1']);
  await run(['kinesis', 'wait', 'stream-exists', '--stream-name', 'clicks']);
  await run(['kinesis', 'put-record', '--stream-name', 'clicks', '--partition-key', 'user-1', '--data', 'click']);

  await run([
    'cloudwatch',
    'put-metric-alarm',
    '--alarm-name',
    'api-errors',
    '--namespace',
    'App',
    '--metric-name',
    'Errors',
    '--dimensions',
    'Name=Service,Value=api',
    '--statistic',
    'Sum',
    '--period',
    '60',
    '--evaluation-periods',
    '2',
    '--threshold',
    '5',
    '--comparison-operator',
    'GreaterThanThreshold',
    '--treat-missing-data',
    'notBreaching',
    '--alarm-description',
    'too many API errors',
  ]);
  await run([
    'cloudwatch',
    'put-dashboard',
    '--dashboard-name',
    'api',
    '--dashboard-body',
    JSON.stringify({ widgets: [{ type: 'text', x: 0, y: 0, width: 6, height: 2, properties: { markdown: 'API' } }] }),
  ]);
}

/**
 * Reads the state back with the AWS CLI and checks what a load must have restored, but for
 * what `missing` names: what the emulator the pod came through could not keep.
 */
export async function checkState(endpoint: string, missing: readonly 'dashboards'[] = []): Promise<void> {
  const run = async (args: string[]) => (await aws(endpoint, args)).json;
  const out = async (args: string[]) => (await aws(endpoint, args)).stdout;

  expect(await out(['s3', 'cp', 's3://reports/2026/report.csv', '-']), 's3 object').toBe('id,total\n1,42\n');
  expect((await run(['s3api', 'head-object', '--bucket', 'reports', '--key', '2026/report.csv'])).Metadata, 's3 metadata').toEqual({
    owner: 'finance',
  });
  expect((await run(['s3api', 'get-bucket-tagging', '--bucket', 'reports'])).TagSet, 's3 tags').toEqual([{ Key: 'team', Value: 'finance' }]);

  const jobs = (await run(['sqs', 'get-queue-url', '--queue-name', 'jobs'])).QueueUrl;
  const attributes = (await run(['sqs', 'get-queue-attributes', '--queue-url', jobs, '--attribute-names', 'All'])).Attributes;
  expect(attributes.VisibilityTimeout, 'sqs visibility').toBe('45');
  expect(JSON.parse(attributes.RedrivePolicy).deadLetterTargetArn, 'sqs redrive').toContain(':jobs-dlq');
  const received = await run(['sqs', 'receive-message', '--queue-url', jobs, '--max-number-of-messages', '10', '--visibility-timeout', '0']);
  expect((received?.Messages ?? []).map((m: { Body: string }) => m.Body).sort(), 'sqs messages').toEqual(['first job', 'second job']);

  const topics = (await run(['sns', 'list-topics'])).Topics.map((t: { TopicArn: string }) => t.TopicArn);
  const topic = topics.find((t: string) => t.endsWith(':orders'));
  const subscription = (await run(['sns', 'list-subscriptions-by-topic', '--topic-arn', topic])).Subscriptions[0];
  const subAttributes = (await run(['sns', 'get-subscription-attributes', '--subscription-arn', subscription.SubscriptionArn])).Attributes;
  expect(JSON.parse(subAttributes.FilterPolicy), 'sns filter').toEqual({ kind: ['order'] });
  expect(subAttributes.RawMessageDelivery, 'sns raw').toBe('true');

  expect((await run(['ssm', 'get-parameter', '--name', '/app/token', '--with-decryption'])).Parameter.Value, 'ssm secure').toBe('s3cr3t-token');
  expect((await run(['ssm', 'get-parameter', '--name', '/app/url'])).Parameter.Value, 'ssm string').toBe('api.example.com');
  expect((await run(['secretsmanager', 'get-secret-value', '--secret-id', 'db/password'])).SecretString, 'secret').toBe('hunter2');

  const role = (await run(['iam', 'get-role', '--role-name', 'workflow-role'])).Role;
  expect(JSON.stringify(role.AssumeRolePolicyDocument), 'iam trust').toContain('states.amazonaws.com');
  expect((await run(['iam', 'list-role-policies', '--role-name', 'workflow-role'])).PolicyNames, 'iam inline').toEqual(['inline']);

  const alias = (await run(['kms', 'list-aliases'])).Aliases.find((a: { AliasName: string }) => a.AliasName === 'alias/app');
  expect((await run(['kms', 'describe-key', '--key-id', alias.TargetKeyId])).KeyMetadata.Description, 'kms key').toBe('app key');

  expect((await run(['events', 'describe-rule', '--name', 'nightly'])).ScheduleExpression, 'events rule').toBe('rate(1 day)');
  expect((await run(['events', 'list-targets-by-rule', '--rule', 'nightly'])).Targets[0].Arn, 'events target').toContain(':jobs');

  const alarm = (await run(['cloudwatch', 'describe-alarms', '--alarm-names', 'api-errors'])).MetricAlarms[0];
  expect([alarm.AlarmDescription, alarm.Threshold, alarm.EvaluationPeriods, alarm.Dimensions], 'cloudwatch alarm').toEqual([
    'too many API errors',
    5,
    2,
    [{ Name: 'Service', Value: 'api' }],
  ]);
  if (!missing.includes('dashboards')) {
    expect(
      JSON.parse((await run(['cloudwatch', 'get-dashboard', '--dashboard-name', 'api'])).DashboardBody).widgets[0].properties,
      'cloudwatch dashboard',
    ).toEqual({ markdown: 'API' });
  }

  const group = (await run(['logs', 'describe-log-groups'])).logGroups[0];
  expect(group.retentionInDays, 'logs retention').toBe(7);
  expect((await run(['logs', 'list-tags-log-group', '--log-group-name', '/app/api'])).tags, 'logs tags').toEqual({ team: 'api' });
  const events = (await run(['logs', 'get-log-events', '--log-group-name', '/app/api', '--log-stream-name', 'web', '--start-from-head'])).events;
  expect(
    events.map((e: { message: string }) => e.message),
    'log events',
  ).toEqual(['started', 'ready']);

  const machines = (await run(['stepfunctions', 'list-state-machines'])).stateMachines;
  expect(
    machines.map((m: { name: string }) => m.name),
    'state machines',
  ).toEqual(['workflow']);

  const item = (await run(['dynamodb', 'get-item', '--table-name', 'orders', '--key', JSON.stringify({ id: { S: 'o-1' } })])).Item;
  expect(item, 'dynamodb item').toEqual({ id: { S: 'o-1' }, total: { N: '42.5' }, tags: { SS: ['a', 'b'] }, paid: { BOOL: true } });

  const eventsTable = (await run(['dynamodb', 'describe-table', '--table-name', 'events'])).Table;
  expect(eventsTable.StreamSpecification, 'dynamodb stream').toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  expect((await run(['dynamodb', 'describe-time-to-live', '--table-name', 'events'])).TimeToLiveDescription.AttributeName, 'dynamodb ttl').toBe(
    'expires',
  );
  expect((await run(['dynamodb', 'list-tags-of-resource', '--resource-arn', eventsTable.TableArn])).Tags, 'dynamodb tags').toEqual([
    { Key: 'team', Value: 'data' },
  ]);
  expect(
    (await run(['dynamodb', 'get-item', '--table-name', 'events', '--key', JSON.stringify({ id: { S: 'e-1' } })])).Item,
    'dynamodb item with a stream',
  ).toEqual({ id: { S: 'e-1' } });

  const shard = (await run(['kinesis', 'list-shards', '--stream-name', 'clicks'])).Shards[0].ShardId;
  const iterator = (
    await run(['kinesis', 'get-shard-iterator', '--stream-name', 'clicks', '--shard-id', shard, '--shard-iterator-type', 'TRIM_HORIZON'])
  ).ShardIterator;
  const records = (await run(['kinesis', 'get-records', '--shard-iterator', iterator])).Records;
  expect(
    records.map((r: { Data: string }) => Buffer.from(r.Data, 'base64').toString()),
    'kinesis records',
  ).toEqual(['click']);
}
