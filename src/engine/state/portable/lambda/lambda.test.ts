import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  AddLayerVersionPermissionCommand,
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  GetPolicyCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
  ListLayerVersionsCommand,
  ListVersionsByFunctionCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, STATUS_BUCKET } from '../../../index.js';
import { sortBy } from '../kit/index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { logRequests } from '../../../../test-support/request-log.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('lambda,iam,s3,sqs,dynamodb');

let moto: Moto;
let iam: IAMClient;
let lambda: LambdaClient;
let sqs: SQSClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  iam = new IAMClient(sdkConfig(moto.endpoint));
  lambda = new LambdaClient(sdkConfig(moto.endpoint));
  sqs = new SQSClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  iam.destroy();
  lambda.destroy();
  sqs.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const account = '123456789012';
const queueArn = `arn:aws:sqs:us-east-1:${account}:jobs`;
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** A deployment package holding one index.js. */
async function zip(source: string): Promise<Buffer> {
  const file = new yazl.ZipFile();
  file.addBuffer(Buffer.from(source), 'index.js', { mtime: new Date(0) });
  file.end();
  return buffer(file.outputStream);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

async function createRole(): Promise<string> {
  const created = await iam.send(new CreateRoleCommand({ RoleName: 'fn-role', AssumeRolePolicyDocument: trust }));
  return created.Role!.Arn!;
}

/** Saves IAM with Lambda: functions need their role back before they can be created. */
function save(pod: string) {
  return saveState(moto.endpoint, home, pod, { services: 'iam,lambda' });
}

/** What the pod does not hold (the SQS queue a mapping reads) comes back as the sqs module would bring it. */
async function loadWithQueue(pod: string, raw: Record<string, string> = {}) {
  await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
  return loadState(moto.endpoint, home, pod, raw);
}

async function seed(): Promise<{ v1: Buffer; v2: Buffer }> {
  const role = await createRole();
  const v1 = await zip('exports.handler = async () => 1;');
  const v2 = await zip('exports.handler = async () => 2;');
  const layer = await lambda.send(
    new PublishLayerVersionCommand({
      LayerName: 'shared',
      Description: 'helpers',
      Content: { ZipFile: v1 },
      CompatibleRuntimes: ['nodejs20.x'],
      LicenseInfo: 'MIT',
    }),
  );
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'orders',
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: role,
      Code: { ZipFile: v1 },
      MemorySize: 256,
      Timeout: 30,
      Description: 'takes orders',
      Environment: { Variables: { TABLE: 'orders', STAGE: 'dev' } },
      Architectures: ['arm64'],
      Layers: [layer.LayerVersionArn!],
      Tags: { team: 'core', app: 'shop' },
    }),
  );
  await lambda.send(new PublishVersionCommand({ FunctionName: 'orders', Description: 'first' }));
  await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'orders', ZipFile: v2 }));
  await lambda.send(new PublishVersionCommand({ FunctionName: 'orders', Description: 'second' }));
  await lambda.send(
    new CreateAliasCommand({
      FunctionName: 'orders',
      Name: 'live',
      FunctionVersion: '1',
      Description: 'production',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.25 } },
    }),
  );
  await lambda.send(
    new AddPermissionCommand({
      FunctionName: 'orders',
      StatementId: 's3-invoke',
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      SourceArn: 'arn:aws:s3:::uploads',
      SourceAccount: account,
    }),
  );
  await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
  await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'orders', EventSourceArn: queueArn, BatchSize: 7, Enabled: false }));
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'billing',
      Runtime: 'python3.12',
      Handler: 'app.handler',
      Role: role,
      Code: { ZipFile: v1 },
    }),
  );
  return { v1, v2 };
}

async function functionNames(): Promise<string[]> {
  return ((await lambda.send(new ListFunctionsCommand({}))).Functions ?? []).map((f) => f.FunctionName!).sort();
}

describe('the lambda module', () => {
  it('restores functions with configuration, tags, resource policy, versions, aliases, layers and event source mappings', async () => {
    await seed();
    const saved = await save('lambda-pod');
    // layer version, two versions, two functions, alias, mapping
    expect(saved.resources).toEqual({ iam: 1, lambda: 7 });
    await moto.reset();
    expect(await functionNames()).toEqual([]);

    await loadWithQueue('lambda-pod');

    expect(await functionNames()).toEqual(['billing', 'orders']);
    const layer = await lambda.send(new GetLayerVersionCommand({ LayerName: 'shared', VersionNumber: 1 }));
    expect(layer.Description).toBe('helpers');
    expect(layer.CompatibleRuntimes).toEqual(['nodejs20.x']);
    expect(layer.LicenseInfo).toBe('MIT');

    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'orders' }));
    const config = fn.Configuration!;
    expect(config.Runtime).toBe('nodejs20.x');
    expect(config.Handler).toBe('index.handler');
    expect(config.Role).toBe(`arn:aws:iam::${account}:role/fn-role`);
    expect(config.MemorySize).toBe(256);
    expect(config.Timeout).toBe(30);
    expect(config.Description).toBe('takes orders');
    expect(config.Environment?.Variables).toEqual({ STAGE: 'dev', TABLE: 'orders' });
    expect(config.Architectures).toEqual(['arm64']);
    expect(config.Layers?.map((l) => l.Arn)).toEqual([layer.LayerVersionArn]);
    expect(fn.Tags).toEqual({ app: 'shop', team: 'core' });

    const versions = (await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'orders' }))).Versions!;
    expect(versions.map((v) => [v.Version, v.Description])).toEqual([
      ['$LATEST', 'takes orders'],
      ['1', 'first'],
      ['2', 'second'],
    ]);
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: 'orders', Name: 'live' }));
    expect(alias.FunctionVersion).toBe('1');
    expect(alias.Description).toBe('production');
    expect(alias.RoutingConfig?.AdditionalVersionWeights).toEqual({ '2': 0.25 });

    const policy = JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: 'orders' }))).Policy!);
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({
      Sid: 's3-invoke',
      Action: 'lambda:InvokeFunction',
      Principal: { Service: 's3.amazonaws.com' },
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' }, StringEquals: { 'AWS:SourceAccount': account } },
    });

    const mappings = (await lambda.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings!;
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({
      EventSourceArn: queueArn,
      FunctionArn: `arn:aws:lambda:us-east-1:${account}:function:orders`,
      BatchSize: 7,
      State: 'Disabled',
    });
  });

  it('brings back URLs, asynchronous destinations, reserved concurrency, alias, version and layer permissions', async () => {
    const role = await createRole();
    const code = await zip('exports.handler = async () => 1;');
    const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'helpers', Content: { ZipFile: code } }));
    await lambda.send(
      new AddLayerVersionPermissionCommand({
        LayerName: 'helpers',
        VersionNumber: layer.Version,
        StatementId: 'organization-read',
        Action: 'lambda:GetLayerVersion',
        Principal: '*',
        OrganizationId: 'o-abcd123456',
      }),
    );
    const fn = { Runtime: 'nodejs20.x', Handler: 'index.handler', Role: role, Code: { ZipFile: code } } as const;
    await lambda.send(new CreateFunctionCommand({ FunctionName: 'api', ...fn, Publish: true }));
    await lambda.send(new CreateFunctionCommand({ FunctionName: 'worker', ...fn }));
    await lambda.send(new CreateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '1' }));
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'api',
        Qualifier: '1',
        StatementId: 'pinned-schedule',
        Action: 'lambda:InvokeFunction',
        Principal: 'events.amazonaws.com',
      }),
    );
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'api',
        Qualifier: 'live',
        StatementId: 'public-url',
        Action: 'lambda:InvokeFunctionUrl',
        Principal: '*',
        FunctionUrlAuthType: 'NONE',
      }),
    );
    await lambda.send(
      new CreateFunctionUrlConfigCommand({
        FunctionName: 'api',
        AuthType: 'NONE',
        Cors: { AllowOrigins: ['https://shop.example.com'], AllowMethods: ['GET', 'POST'], MaxAge: 300 },
      }),
    );
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'api', ReservedConcurrentExecutions: 20 }));
    const destinations = {
      OnSuccess: { Destination: `arn:aws:sqs:us-east-1:${account}:done` },
      OnFailure: { Destination: `arn:aws:sqs:us-east-1:${account}:failed` },
    };
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'worker',
        MaximumRetryAttempts: 1,
        MaximumEventAgeInSeconds: 600,
        DestinationConfig: destinations,
      }),
    );
    const saved = await save('settings');
    expect(saved.warnings).toContainEqual({ service: 'lambda', resource: 'function api', message: expect.stringContaining('function URL') });
    await moto.reset();

    await loadState(moto.endpoint, home, 'settings');

    const layerPolicy = JSON.parse((await lambda.send(new GetLayerVersionPolicyCommand({ LayerName: 'helpers', VersionNumber: 1 }))).Policy!);
    expect(layerPolicy.Statement).toEqual([expect.objectContaining({ Sid: 'organization-read', Principal: '*', OrganizationId: 'o-abcd123456' })]);
    // moto keeps one policy for a function, its versions and aliases, naming the qualifier in each statement's resource.
    const policy = JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: 'api', Qualifier: 'live' }))).Policy!);
    expect(sortBy(policy.Statement as { Sid: string }[], (s) => s.Sid)).toEqual([
      expect.objectContaining({ Sid: 'pinned-schedule', Resource: `arn:aws:lambda:us-east-1:${account}:function:api:1` }),
      expect.objectContaining({ Sid: 'public-url', Resource: `arn:aws:lambda:us-east-1:${account}:function:api:live`, FunctionUrlAuthType: 'NONE' }),
    ]);
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: 'api', Name: 'live' }));
    expect(alias.RoutingConfig).toBeUndefined();
    const url = await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'api' }));
    expect(url.AuthType).toBe('NONE');
    expect(url.Cors).toMatchObject({ AllowOrigins: ['https://shop.example.com'], AllowMethods: ['GET', 'POST'], MaxAge: 300 });
    const concurrency = await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'api' }));
    expect(concurrency.ReservedConcurrentExecutions).toBe(20);
    const invoke = await lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'worker' }));
    expect(invoke).toMatchObject({ MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 600, DestinationConfig: destinations });
  });

  it('warns that an event source mapping comes back under another UUID', async () => {
    await seed();
    const saved = await save('mappings');
    expect(saved.warnings).toContainEqual({
      service: 'lambda',
      resource: `event source mapping orders ${queueArn}`,
      message: expect.stringContaining('UUID'),
    });
  });

  it('restores the code byte for byte when the emulator serves Code.Location', async () => {
    // moto answers Code.Location with the package's S3 key on a real-AWS host, which the module
    // asks of the emulator's own S3 instead: with that bucket and key in moto, the code is there.
    const role = await createRole();
    const code = await zip('exports.handler = async () => "from s3";');
    const s3 = new S3Client(sdkConfig(moto.endpoint));
    await s3.send(new CreateBucketCommand({ Bucket: 'awslambda-us-east-1-tasks' }));
    await s3.send(new PutObjectCommand({ Bucket: 'awslambda-us-east-1-tasks', Key: 'served.zip', Body: code }));
    s3.destroy();
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'served',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: role,
        Code: { S3Bucket: 'awslambda-us-east-1-tasks', S3Key: 'served.zip' },
        Publish: true,
      }),
    );
    await save('served');
    await moto.reset();

    await loadState(moto.endpoint, home, 'served');

    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'served' }));
    expect(fn.Configuration!.CodeSha256).toBe(sha256(code));
    expect(fn.Configuration!.CodeSize).toBe(code.length);
    const version = await lambda.send(new GetFunctionCommand({ FunctionName: 'served', Qualifier: '1' }));
    expect(version.Configuration!.CodeSha256).toBe(sha256(code));
  });

  it('brings a function back with an empty placeholder package when moto cannot give its code', async () => {
    const { v2 } = await seed();
    const saved = await save('no-code');
    expect(saved.warnings).toContainEqual({
      service: 'lambda',
      resource: 'function orders',
      message: expect.stringContaining('the emulator does not serve its code'),
    });
    await moto.reset();

    await loadWithQueue('no-code');

    // moto keeps uploaded zips to itself: Code.Location names a real-AWS host it does not serve.
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'orders' }));
    expect(fn.Configuration!.CodeSha256).not.toBe(sha256(v2));
    expect(fn.Configuration!.CodeSize).toBe(22);
  });

  it('gives identical layers for unchanged state', async () => {
    await seed();
    await save('same');
    await save('same');
    const first = await inspect('same:1', options(moto.endpoint, home));
    const second = await inspect('same:2', options(moto.endpoint, home));
    expect(first.layers.map((l) => l.service)).toEqual(['iam', 'lambda']);
    expect(second.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
  });

  it('updates an existing function under deep-merge, keeping other functions and not publishing versions twice', async () => {
    await seed();
    await save('deep');
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'orders', MemorySize: 1024, Environment: { Variables: { NEW: '1' } } }));
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'extra',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: `arn:aws:iam::${account}:role/fn-role`,
        Code: { ZipFile: await zip('exports.handler = async () => 3;') },
      }),
    );

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await functionNames()).toEqual(['billing', 'extra', 'orders']);
    const config = (await lambda.send(new GetFunctionCommand({ FunctionName: 'orders' }))).Configuration!;
    expect(config.MemorySize).toBe(256);
    expect(config.Environment?.Variables).toEqual({ STAGE: 'dev', TABLE: 'orders' });
    const versions = (await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'orders' }))).Versions!;
    expect(versions.map((v) => v.Version)).toEqual(['$LATEST', '1', '2']);
    expect((await lambda.send(new ListLayerVersionsCommand({ LayerName: 'shared' }))).LayerVersions).toHaveLength(1);
    expect((await lambda.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings).toHaveLength(1);
  });
});

describe('event source mappings', () => {
  it('are created disabled and enabled once everything else is restored, so the load itself invokes no function', async () => {
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'queue-role', AssumeRolePolicyDocument: trust }))).Role!.Arn!;
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'worker',
        Runtime: 'python3.12',
        Handler: 'app.handler',
        Role: role,
        Code: { ZipFile: await zip('exports.handler = async () => 1;') },
      }),
    );
    await sqs.send(new CreateQueueCommand({ QueueName: 'work' }));
    await lambda.send(
      new CreateEventSourceMappingCommand({ FunctionName: 'worker', EventSourceArn: `arn:aws:sqs:us-east-1:${account}:work`, BatchSize: 5 }),
    );
    await saveState(moto.endpoint, home, 'enabled', { services: 'lambda,sqs,iam' });
    await moto.reset();
    const log = await logRequests(moto.endpoint);

    await loadState(log.endpoint, home, 'enabled');

    await log.close();
    const mappingCalls = log.requests.filter((r) => r.includes('/event-source-mappings'));
    const writes = mappingCalls.filter((r) => !r.startsWith('GET '));
    expect(writes.map((r) => r.split(' ')[0])).toEqual(['POST', 'PUT']);
    // The load's record for `status` (the instance's clock, then the object) comes after the restore, which ends here.
    const restore = log.requests.filter((r) => r !== 'HEAD /' && !r.includes(`/${STATUS_BUCKET}`));
    expect(restore.at(-1)).toBe(mappingCalls.at(-1));
    const [mapping] = (await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'worker' }))).EventSourceMappings!;
    expect(mapping!.State).toBe('Enabled');
  });

  it('come back with their settings, and one on a DynamoDB stream reads the stream of the restored table', async () => {
    const { DynamoDBClient, CreateTableCommand, DescribeTableCommand } = await import('@aws-sdk/client-dynamodb');
    const ddb = new DynamoDBClient(sdkConfig(moto.endpoint));
    const tableStream = async () => (await ddb.send(new DescribeTableCommand({ TableName: 'orders' }))).Table!.LatestStreamArn!;
    await ddb.send(
      new CreateTableCommand({
        TableName: 'orders',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'stream-role', AssumeRolePolicyDocument: trust }))).Role!.Arn!;
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'on-order',
        Runtime: 'python3.12',
        Handler: 'app.handler',
        Role: role,
        Code: { ZipFile: await zip('exports.handler = async () => 1;') },
      }),
    );
    await sqs.send(new CreateQueueCommand({ QueueName: 'failed-orders' }));
    await lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: 'on-order',
        EventSourceArn: await tableStream(),
        StartingPosition: 'LATEST',
        BatchSize: 50,
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        MaximumRetryAttempts: 3,
        BisectBatchOnFunctionError: true,
        DestinationConfig: { OnFailure: { Destination: `arn:aws:sqs:us-east-1:${account}:failed-orders` } },
      }),
    );
    const settings = async () => {
      const [m] = (await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'on-order' }))).EventSourceMappings!;
      return {
        source: m!.EventSourceArn,
        batch: m!.BatchSize,
        filters: m!.FilterCriteria?.Filters,
        responses: m!.FunctionResponseTypes,
        retries: m!.MaximumRetryAttempts,
        bisect: m!.BisectBatchOnFunctionError,
        onFailure: m!.DestinationConfig?.OnFailure?.Destination,
      };
    };
    const before = await settings();
    await saveState(moto.endpoint, home, 'streams', { services: 'lambda,dynamodb,sqs,iam' });
    await moto.reset();

    await loadState(moto.endpoint, home, 'streams');

    const after = await settings();
    // The restored table has a stream of its own, named by when it was made.
    expect(after.source).toBe(await tableStream());
    expect(after.source).not.toBe(before.source);
    expect({ ...after, source: undefined }).toEqual({ ...before, source: undefined });
    ddb.destroy();
  });
});
