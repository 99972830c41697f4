import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';
import { aws } from '../../src/test-support/cli.js';

/** The account both emulators are used in (moto's default; LocalStack takes it from the access key). */
export const ACCOUNT = '123456789012';
/** The regions the state is made in. */
export const REGIONS = ['us-east-1', 'eu-west-1'] as const;

/** AWS CLI processes at once: each is a Python start-up, and the machine has two cores. */
const CLI_CONCURRENCY = 4;

/** At most `size` tasks at once; the others wait their turn in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

type Run = (args: string[], region?: string) => Promise<any>;

/**
 * Makes state in every service with the AWS CLI, as users do: several regions, many settings per
 * resource. `lambda` is false where the emulator cannot create functions (LocalStack offline).
 */
export async function createRichState(endpoint: string, work: string, { lambda = true } = {}): Promise<void> {
  const slots = new Slots(CLI_CONCURRENCY);
  const run: Run = (args, region = 'us-east-1') =>
    slots.use(async () => (await aws(endpoint, args, { env: { AWS_ACCESS_KEY_ID: ACCOUNT, AWS_DEFAULT_REGION: region } })).json);
  // Keys first: parameters, secrets and queues name them.
  const keys = await kms(run);
  const queues = await sqs(run, keys);
  await Promise.all([
    s3(run, work, queues),
    sns(run, queues),
    ssm(run),
    secrets(run, keys),
    // Functions run as a role.
    iam(run).then(() => (lambda ? functions(run, work, queues) : undefined)),
    dynamodb(run),
    events(run, queues),
    streams(run),
    logs(run),
    stepfunctions(run),
  ]);
}

const json = (value: unknown) => JSON.stringify(value);

async function kms(run: Run) {
  const app = (await run(['kms', 'create-key', '--description', 'app key', '--tags', 'TagKey=team,TagValue=platform'])).KeyMetadata;
  await run(['kms', 'create-alias', '--alias-name', 'alias/app', '--target-key-id', app.KeyId]);
  await run(['kms', 'create-alias', '--alias-name', 'alias/app-secondary', '--target-key-id', app.KeyId]);
  await run(['kms', 'enable-key-rotation', '--key-id', app.KeyId]);
  const old = (await run(['kms', 'create-key', '--description', 'retired key'])).KeyMetadata;
  await run(['kms', 'disable-key', '--key-id', old.KeyId]);
  const signing = (await run(['kms', 'create-key', '--description', 'signing', '--key-usage', 'SIGN_VERIFY', '--key-spec', 'ECC_NIST_P256']))
    .KeyMetadata;
  await run(['kms', 'create-alias', '--alias-name', 'alias/signing', '--target-key-id', signing.KeyId]);
  const eu = (await run(['kms', 'create-key', '--description', 'eu key'], 'eu-west-1')).KeyMetadata;
  await run(['kms', 'create-alias', '--alias-name', 'alias/eu', '--target-key-id', eu.KeyId], 'eu-west-1');
  return { app: app.Arn as string, eu: eu.Arn as string };
}

async function sqs(run: Run, keys: { app: string }) {
  const arnOf = async (url: string, region = 'us-east-1') =>
    (await run(['sqs', 'get-queue-attributes', '--queue-url', url, '--attribute-names', 'QueueArn'], region)).Attributes.QueueArn as string;
  const dlq = (await run(['sqs', 'create-queue', '--queue-name', 'orders-dlq', '--attributes', json({ MessageRetentionPeriod: '1209600' })]))
    .QueueUrl;
  const dlqArn = await arnOf(dlq);
  const orders = (
    await run([
      'sqs',
      'create-queue',
      '--queue-name',
      'orders',
      '--tags',
      json({ team: 'orders', env: 'test' }),
      '--attributes',
      json({
        VisibilityTimeout: '45',
        DelaySeconds: '2',
        MaximumMessageSize: '131072',
        ReceiveMessageWaitTimeSeconds: '5',
        RedrivePolicy: json({ deadLetterTargetArn: dlqArn, maxReceiveCount: '4' }),
        KmsMasterKeyId: keys.app,
        KmsDataKeyReusePeriodSeconds: '600',
      }),
    ])
  ).QueueUrl;
  const ordersArn = await arnOf(orders);
  await run([
    'sqs',
    'set-queue-attributes',
    '--queue-url',
    orders,
    '--attributes',
    json({
      Policy: json({
        Version: '2012-10-17',
        Statement: [{ Sid: 'topic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: ordersArn }],
      }),
    }),
  ]);
  const fifo = (
    await run([
      'sqs',
      'create-queue',
      '--queue-name',
      'ledger.fifo',
      '--attributes',
      json({ FifoQueue: 'true', ContentBasedDeduplication: 'true', DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' }),
    ])
  ).QueueUrl;
  for (const body of ['one', 'two', 'three'])
    await run(['sqs', 'send-message', '--queue-url', fifo, '--message-body', body, '--message-group-id', 'g1']);
  await run([
    'sqs',
    'send-message',
    '--queue-url',
    dlq,
    '--message-body',
    'dead letter',
    '--message-attributes',
    json({ origin: { DataType: 'String', StringValue: 'orders' } }),
  ]);
  const eu = (await run(['sqs', 'create-queue', '--queue-name', 'eu-jobs', '--attributes', json({ SqsManagedSseEnabled: 'true' })], 'eu-west-1'))
    .QueueUrl;
  await run(['sqs', 'send-message', '--queue-url', eu, '--message-body', 'eu job'], 'eu-west-1');
  const jobs = (await run(['sqs', 'create-queue', '--queue-name', 'jobs'])).QueueUrl;
  return { orders: ordersArn, jobs: await arnOf(jobs), jobsUrl: jobs as string, eu: await arnOf(eu, 'eu-west-1') };
}

async function s3(run: Run, work: string, queues: { jobs: string }) {
  writeFileSync(join(work, 'v1.csv'), 'id,total\n1,42\n');
  writeFileSync(join(work, 'v2.csv'), 'id,total\n1,42\n2,7\n');
  await run(['s3api', 'create-bucket', '--bucket', 'app-data']);
  await run(['s3api', 'put-bucket-versioning', '--bucket', 'app-data', '--versioning-configuration', 'Status=Enabled']);
  await run(['s3api', 'put-bucket-tagging', '--bucket', 'app-data', '--tagging', 'TagSet=[{Key=team,Value=data},{Key=env,Value=test}]']);
  await run([
    's3api',
    'put-bucket-cors',
    '--bucket',
    'app-data',
    '--cors-configuration',
    json({ CORSRules: [{ AllowedMethods: ['GET', 'PUT'], AllowedOrigins: ['https://app.example.com'], AllowedHeaders: ['*'], MaxAgeSeconds: 300 }] }),
  ]);
  await run([
    's3api',
    'put-bucket-lifecycle-configuration',
    '--bucket',
    'app-data',
    '--lifecycle-configuration',
    json({ Rules: [{ ID: 'expire-tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } }] }),
  ]);
  await run([
    's3api',
    'put-bucket-encryption',
    '--bucket',
    'app-data',
    '--server-side-encryption-configuration',
    json({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] }),
  ]);
  await run([
    's3api',
    'put-public-access-block',
    '--bucket',
    'app-data',
    '--public-access-block-configuration',
    'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=false,RestrictPublicBuckets=false',
  ]);
  await run([
    's3api',
    'put-bucket-policy',
    '--bucket',
    'app-data',
    '--policy',
    json({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'read',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::app-data/*',
        },
      ],
    }),
  ]);
  await run([
    's3api',
    'put-bucket-notification-configuration',
    '--bucket',
    'app-data',
    '--notification-configuration',
    json({
      QueueConfigurations: [
        {
          Id: 'uploads',
          QueueArn: queues.jobs,
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
        },
      ],
    }),
  ]);
  await run([
    's3api',
    'put-object',
    '--bucket',
    'app-data',
    '--key',
    'reports/2026.csv',
    '--body',
    join(work, 'v1.csv'),
    '--content-type',
    'text/csv',
    '--metadata',
    'owner=finance',
    '--tagging',
    'year=2026',
  ]);
  await run([
    's3api',
    'put-object',
    '--bucket',
    'app-data',
    '--key',
    'reports/2026.csv',
    '--body',
    join(work, 'v2.csv'),
    '--content-type',
    'text/csv',
    '--cache-control',
    'max-age=60',
    '--content-disposition',
    'attachment',
  ]);
  await run(['s3api', 'put-object', '--bucket', 'app-data', '--key', 'tmp/scratch.txt', '--body', join(work, 'v1.csv')]);
  await run(['s3api', 'delete-object', '--bucket', 'app-data', '--key', 'tmp/scratch.txt']);
  await run(
    ['s3api', 'create-bucket', '--bucket', 'app-site', '--region', 'eu-west-1', '--create-bucket-configuration', 'LocationConstraint=eu-west-1'],
    'eu-west-1',
  );
  await run(
    [
      's3api',
      'put-bucket-website',
      '--bucket',
      'app-site',
      '--website-configuration',
      json({ IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'error.html' } }),
    ],
    'eu-west-1',
  );
  await run(
    ['s3api', 'put-bucket-ownership-controls', '--bucket', 'app-site', '--ownership-controls', 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'],
    'eu-west-1',
  );
  await run(
    [
      's3api',
      'put-object',
      '--bucket',
      'app-site',
      '--key',
      'index.html',
      '--body',
      join(work, 'v1.csv'),
      '--content-type',
      'text/html',
      '--content-encoding',
      'identity',
      '--content-language',
      'en',
    ],
    'eu-west-1',
  );
}

async function sns(run: Run, queues: { orders: string; eu: string }) {
  const topic = (
    await run(['sns', 'create-topic', '--name', 'order-events', '--attributes', json({ DisplayName: 'Orders' }), '--tags', 'Key=team,Value=orders'])
  ).TopicArn;
  await run([
    'sns',
    'subscribe',
    '--topic-arn',
    topic,
    '--protocol',
    'sqs',
    '--notification-endpoint',
    queues.orders,
    '--attributes',
    json({ FilterPolicy: json({ kind: ['order'] }), RawMessageDelivery: 'true' }),
  ]);
  await run([
    'sns',
    'subscribe',
    '--topic-arn',
    topic,
    '--protocol',
    'sqs',
    '--notification-endpoint',
    queues.eu,
    '--attributes',
    json({ FilterPolicy: json({ region: ['eu'] }), FilterPolicyScope: 'MessageBody' }),
  ]);
  const fifo = (
    await run(['sns', 'create-topic', '--name', 'ledger.fifo', '--attributes', json({ FifoTopic: 'true', ContentBasedDeduplication: 'true' })])
  ).TopicArn;
  await run(['sns', 'set-topic-attributes', '--topic-arn', fifo, '--attribute-name', 'DisplayName', '--attribute-value', 'Ledger']);
  await run(['sns', 'create-topic', '--name', 'eu-alerts'], 'eu-west-1');
}

async function ssm(run: Run) {
  await run([
    'ssm',
    'put-parameter',
    '--name',
    '/app/url',
    '--type',
    'String',
    '--value',
    'api.example.com',
    '--description',
    'API address',
    '--tags',
    'Key=team,Value=api',
  ]);
  await run(['ssm', 'put-parameter', '--name', '/app/url', '--type', 'String', '--value', 'api2.example.com', '--overwrite']);
  await run(['ssm', 'put-parameter', '--name', '/app/hosts', '--type', 'StringList', '--value', 'a.example.com,b.example.com']);
  await run(['ssm', 'put-parameter', '--name', '/app/token', '--type', 'SecureString', '--value', 's3cr3t']);
  await run(['ssm', 'put-parameter', '--name', '/app/key-token', '--type', 'SecureString', '--value', 'k3y', '--key-id', 'alias/app']);
  await run(['ssm', 'put-parameter', '--name', '/app/port', '--type', 'String', '--value', '8080', '--allowed-pattern', '^[0-9]+$']);
  await run(['ssm', 'put-parameter', '--name', '/eu/flag', '--type', 'String', '--value', 'on'], 'eu-west-1');
}

async function secrets(run: Run, keys: { app: string }) {
  const db = (
    await run([
      'secretsmanager',
      'create-secret',
      '--name',
      'db/password',
      '--secret-string',
      'hunter2',
      '--description',
      'database',
      '--kms-key-id',
      keys.app,
      '--tags',
      'Key=team,Value=db',
    ])
  ).ARN;
  await run(['secretsmanager', 'put-secret-value', '--secret-id', db, '--secret-string', 'hunter3']);
  await run([
    'secretsmanager',
    'put-resource-policy',
    '--secret-id',
    db,
    '--resource-policy',
    json({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
    }),
  ]);
  await run(['secretsmanager', 'create-secret', '--name', 'certs/blob', '--secret-binary', Buffer.from([0, 1, 2, 250]).toString('base64')]);
  await run(['secretsmanager', 'create-secret', '--name', 'api/config', '--secret-string', json({ user: 'app', port: 5432 })], 'eu-west-1');
}

async function iam(run: Run) {
  const trust = (service: string) =>
    json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });
  const allow = (action: string) => json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
  const policy = (
    await run([
      'iam',
      'create-policy',
      '--policy-name',
      'read-orders',
      '--path',
      '/app/',
      '--description',
      'reads orders',
      '--policy-document',
      allow('sqs:ReceiveMessage'),
      '--tags',
      'Key=team,Value=orders',
    ])
  ).Policy.Arn;
  await run(['iam', 'create-policy-version', '--policy-arn', policy, '--policy-document', allow('sqs:*'), '--set-as-default']);
  const boundary = (await run(['iam', 'create-policy', '--policy-name', 'boundary', '--policy-document', allow('*')])).Policy.Arn;
  await run([
    'iam',
    'create-role',
    '--role-name',
    'app-runner',
    '--path',
    '/service/',
    '--description',
    'runs the app',
    '--max-session-duration',
    '7200',
    '--assume-role-policy-document',
    trust('lambda.amazonaws.com'),
    '--tags',
    'Key=team,Value=app',
    '--permissions-boundary',
    boundary,
  ]);
  await run(['iam', 'put-role-policy', '--role-name', 'app-runner', '--policy-name', 'logs', '--policy-document', allow('logs:*')]);
  await run(['iam', 'attach-role-policy', '--role-name', 'app-runner', '--policy-arn', policy]);
  await run(['iam', 'create-role', '--role-name', 'workflow', '--assume-role-policy-document', trust('states.amazonaws.com')]);
  await run(['iam', 'create-instance-profile', '--instance-profile-name', 'app-hosts']);
  await run(['iam', 'add-role-to-instance-profile', '--instance-profile-name', 'app-hosts', '--role-name', 'app-runner']);
  await run(['iam', 'create-group', '--group-name', 'developers', '--path', '/teams/']);
  await run(['iam', 'put-group-policy', '--group-name', 'developers', '--policy-name', 'read', '--policy-document', allow('s3:GetObject')]);
  await run(['iam', 'attach-group-policy', '--group-name', 'developers', '--policy-arn', policy]);
  await run(['iam', 'create-user', '--user-name', 'alice', '--tags', 'Key=team,Value=app']);
  await run(['iam', 'add-user-to-group', '--user-name', 'alice', '--group-name', 'developers']);
  await run(['iam', 'put-user-policy', '--user-name', 'alice', '--policy-name', 'own', '--policy-document', allow('iam:GetUser')]);
  await run(['iam', 'attach-user-policy', '--user-name', 'alice', '--policy-arn', policy]);
  await run(['iam', 'create-user', '--user-name', 'ci', '--path', '/machines/']);
  await run(['iam', 'create-access-key', '--user-name', 'ci']);
  await run(['iam', 'create-login-profile', '--user-name', 'alice', '--password', 'Passw0rd!Passw0rd']);
}

async function dynamodb(run: Run) {
  await run([
    'dynamodb',
    'create-table',
    '--table-name',
    'customers',
    '--attribute-definitions',
    'AttributeName=pk,AttributeType=S',
    'AttributeName=sk,AttributeType=N',
    'AttributeName=email,AttributeType=S',
    '--key-schema',
    'AttributeName=pk,KeyType=HASH',
    'AttributeName=sk,KeyType=RANGE',
    '--billing-mode',
    'PAY_PER_REQUEST',
    '--global-secondary-indexes',
    json([{ IndexName: 'by-email', KeySchema: [{ AttributeName: 'email', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }]),
    '--local-secondary-indexes',
    json([
      {
        IndexName: 'by-email-local',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'email', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['name'] },
      },
    ]),
    '--stream-specification',
    'StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES',
    '--tags',
    'Key=team,Value=crm',
    '--deletion-protection-enabled',
  ]);
  await run(['dynamodb', 'wait', 'table-exists', '--table-name', 'customers']);
  await run(['dynamodb', 'update-time-to-live', '--table-name', 'customers', '--time-to-live-specification', 'Enabled=true,AttributeName=expires']);
  await run([
    'dynamodb',
    'update-continuous-backups',
    '--table-name',
    'customers',
    '--point-in-time-recovery-specification',
    'PointInTimeRecoveryEnabled=true',
  ]);
  const items = [
    {
      pk: { S: 'c#1' },
      sk: { N: '1' },
      email: { S: 'a@example.com' },
      name: { S: 'Ann' },
      tags: { SS: ['vip', 'eu'] },
      scores: { NS: ['1', '2.5'] },
      raw: { B: 'AAEC' },
      active: { BOOL: true },
      nothing: { NULL: true },
    },
    {
      pk: { S: 'c#1' },
      sk: { N: '2' },
      address: { M: { city: { S: 'Oslo' }, lines: { L: [{ S: 'x' }, { N: '3' }] } } },
      blobs: { BS: ['AQ==', 'Ag=='] },
    },
    { pk: { S: 'c#2' }, sk: { N: '1' }, email: { S: 'b@example.com' } },
  ];
  for (const item of items) await run(['dynamodb', 'put-item', '--table-name', 'customers', '--item', json(item)]);
  await run(
    [
      'dynamodb',
      'create-table',
      '--table-name',
      'sessions',
      '--attribute-definitions',
      'AttributeName=id,AttributeType=S',
      '--key-schema',
      'AttributeName=id,KeyType=HASH',
      '--provisioned-throughput',
      'ReadCapacityUnits=3,WriteCapacityUnits=2',
      '--sse-specification',
      'Enabled=true,SSEType=KMS',
    ],
    'eu-west-1',
  );
  await run(['dynamodb', 'wait', 'table-exists', '--table-name', 'sessions'], 'eu-west-1');
  await run(['dynamodb', 'put-item', '--table-name', 'sessions', '--item', json({ id: { S: 's-1' }, n: { N: '-0.5' } })], 'eu-west-1');
}

async function events(run: Run, queues: { orders: string; jobs: string }) {
  await run(['events', 'create-event-bus', '--name', 'orders-bus', '--tags', 'Key=team,Value=orders']);
  await run([
    'events',
    'put-rule',
    '--name',
    'order-placed',
    '--event-bus-name',
    'orders-bus',
    '--event-pattern',
    json({ source: ['shop'], 'detail-type': ['OrderPlaced'] }),
    '--description',
    'new orders',
    '--tags',
    'Key=team,Value=orders',
  ]);
  await run([
    'events',
    'put-targets',
    '--rule',
    'order-placed',
    '--event-bus-name',
    'orders-bus',
    '--targets',
    json([
      { Id: 'queue', Arn: queues.orders, InputPath: '$.detail' },
      { Id: 'jobs', Arn: queues.jobs, InputTransformer: { InputPathsMap: { id: '$.detail.id' }, InputTemplate: '{"order": <id>}' } },
    ]),
  ]);
  await run(['events', 'put-rule', '--name', 'nightly', '--schedule-expression', 'cron(0 3 * * ? *)', '--state', 'DISABLED']);
  await run(['events', 'put-targets', '--rule', 'nightly', '--targets', json([{ Id: 'jobs', Arn: queues.jobs, Input: json({ job: 'cleanup' }) }])]);
  await run([
    'events',
    'put-permission',
    '--event-bus-name',
    'orders-bus',
    '--action',
    'events:PutEvents',
    '--principal',
    '111122223333',
    '--statement-id',
    'partner',
  ]);
  await run(['events', 'put-rule', '--name', 'eu-hourly', '--schedule-expression', 'rate(1 hour)'], 'eu-west-1');
}

async function streams(run: Run) {
  await run(['kinesis', 'create-stream', '--stream-name', 'clicks', '--shard-count', '2']);
  await run(['kinesis', 'wait', 'stream-exists', '--stream-name', 'clicks']);
  await run(['kinesis', 'add-tags-to-stream', '--stream-name', 'clicks', '--tags', 'team=web']);
  await run(['kinesis', 'increase-stream-retention-period', '--stream-name', 'clicks', '--retention-period-hours', '48']);
  for (const [key, data] of [
    ['user-1', 'a'],
    ['user-2', 'b'],
    ['user-1', 'c'],
  ] as const)
    await run(['kinesis', 'put-record', '--stream-name', 'clicks', '--partition-key', key, '--data', Buffer.from(data).toString('base64')]);
  await run(['kinesis', 'create-stream', '--stream-name', 'eu-audit', '--stream-mode-details', 'StreamMode=ON_DEMAND'], 'eu-west-1');
}

async function logs(run: Run) {
  await run(['logs', 'create-log-group', '--log-group-name', '/app/api', '--tags', 'team=api']);
  await run(['logs', 'put-retention-policy', '--log-group-name', '/app/api', '--retention-in-days', '14']);
  await run([
    'logs',
    'put-metric-filter',
    '--log-group-name',
    '/app/api',
    '--filter-name',
    'errors',
    '--filter-pattern',
    'ERROR',
    '--metric-transformations',
    'metricName=Errors,metricNamespace=App,metricValue=1',
  ]);
  for (const stream of ['web', 'worker']) await run(['logs', 'create-log-stream', '--log-group-name', '/app/api', '--log-stream-name', stream]);
  const now = Date.now();
  await run([
    'logs',
    'put-log-events',
    '--log-group-name',
    '/app/api',
    '--log-stream-name',
    'web',
    '--log-events',
    json([
      { timestamp: now - 2000, message: 'started' },
      { timestamp: now - 1000, message: 'ERROR boom' },
      { timestamp: now, message: 'ready' },
    ]),
  ]);
  await run([
    'logs',
    'put-resource-policy',
    '--policy-name',
    'events-to-logs',
    '--policy-document',
    json({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'logs:PutLogEvents', Resource: '*' }],
    }),
  ]);
  await run(['logs', 'create-log-group', '--log-group-name', '/eu/batch'], 'eu-west-1');
  await run(['logs', 'create-log-stream', '--log-group-name', '/eu/batch', '--log-stream-name', 'run-1'], 'eu-west-1');
  await run(
    [
      'logs',
      'put-log-events',
      '--log-group-name',
      '/eu/batch',
      '--log-stream-name',
      'run-1',
      '--log-events',
      json([{ timestamp: now, message: 'eu run' }]),
    ],
    'eu-west-1',
  );
}

async function stepfunctions(run: Run) {
  const role = `arn:aws:iam::${ACCOUNT}:role/workflow`;
  const definition = json({
    Comment: 'fulfil',
    StartAt: 'Reserve',
    States: { Reserve: { Type: 'Pass', Result: { ok: true }, Next: 'Wait' }, Wait: { Type: 'Wait', Seconds: 1, End: true } },
  });
  await run([
    'stepfunctions',
    'create-state-machine',
    '--name',
    'fulfil',
    '--definition',
    definition,
    '--role-arn',
    role,
    '--tags',
    'key=team,value=ops',
  ]);
  await run(
    [
      'stepfunctions',
      'create-state-machine',
      '--name',
      'quick',
      '--type',
      'EXPRESS',
      '--definition',
      json({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } }),
      '--role-arn',
      role,
    ],
    'eu-west-1',
  );
}

async function functions(run: Run, work: string, queues: { jobs: string }) {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('exports.handler = async (event) => ({ ok: true, event });\n'), 'index.js', { mtime: new Date(0), mode: 0o644 });
  zip.end();
  writeFileSync(join(work, 'handler.zip'), await buffer(zip.outputStream));
  const code = `fileb://${join(work, 'handler.zip')}`;
  const role = `arn:aws:iam::${ACCOUNT}:role/service/app-runner`;
  const layer = (
    await run([
      'lambda',
      'publish-layer-version',
      '--layer-name',
      'shared',
      '--description',
      'shared code',
      '--zip-file',
      code,
      '--compatible-runtimes',
      'nodejs20.x',
    ])
  ).LayerVersionArn;
  await run([
    'lambda',
    'create-function',
    '--function-name',
    'handle-order',
    '--runtime',
    'nodejs20.x',
    '--handler',
    'index.handler',
    '--role',
    role,
    '--zip-file',
    code,
    '--description',
    'handles orders',
    '--timeout',
    '30',
    '--memory-size',
    '256',
    '--environment',
    json({ Variables: { STAGE: 'test', TABLE: 'customers' } }),
    '--tags',
    'team=orders',
    '--layers',
    layer,
  ]);
  await run(['lambda', 'wait', 'function-active-v2', '--function-name', 'handle-order']);
  const version = (await run(['lambda', 'publish-version', '--function-name', 'handle-order', '--description', 'first'])).Version;
  await run([
    'lambda',
    'create-alias',
    '--function-name',
    'handle-order',
    '--name',
    'live',
    '--function-version',
    version,
    '--description',
    'production',
  ]);
  await run([
    'lambda',
    'add-permission',
    '--function-name',
    'handle-order',
    '--statement-id',
    'events',
    '--action',
    'lambda:InvokeFunction',
    '--principal',
    'events.amazonaws.com',
  ]);
  await run(['lambda', 'put-function-concurrency', '--function-name', 'handle-order', '--reserved-concurrent-executions', '5']);
  await run([
    'lambda',
    'put-function-event-invoke-config',
    '--function-name',
    'handle-order',
    '--maximum-retry-attempts',
    '1',
    '--maximum-event-age-in-seconds',
    '600',
  ]);
  await run(['lambda', 'create-function-url-config', '--function-name', 'handle-order', '--auth-type', 'AWS_IAM']);
  await run([
    'lambda',
    'create-event-source-mapping',
    '--function-name',
    'handle-order',
    '--event-source-arn',
    queues.jobs,
    '--batch-size',
    '5',
    '--filter-criteria',
    json({ Filters: [{ Pattern: json({ body: { kind: ['order'] } }) }] }),
  ]);
}
