import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
  TagResourceCommand,
  UpdateSecretCommand,
} from '@aws-sdk/client-secrets-manager';
import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('secretsmanager,iam,kms,lambda');

let moto: Moto;
let sm: SecretsManagerClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  sm = new SecretsManagerClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  sm.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const services = { services: 'secretsmanager,kms' };

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: 'secretsmanager:GetSecretValue',
      Resource: '*',
    },
  ],
});
const binary = Buffer.from([0, 1, 2, 254, 255]);

async function seed(): Promise<Record<string, string>> {
  const kms = new KMSClient(sdkConfig(moto.endpoint));
  const key = (await kms.send(new CreateKeyCommand({ Description: 'secrets' }))).KeyMetadata!.KeyId!;
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/secrets', TargetKeyId: key }));
  kms.destroy();
  const arns: Record<string, string> = {};
  const create = async (input: ConstructorParameters<typeof CreateSecretCommand>[0], client = sm) => {
    arns[input.Name!] = (await client.send(new CreateSecretCommand(input))).ARN!;
  };
  await create({
    Name: 'app/db',
    SecretString: '{"user":"app","password":"hunter2"}',
    Description: 'database login',
    KmsKeyId: 'alias/secrets',
    Tags: [
      { Key: 'team', Value: 'core' },
      { Key: 'env', Value: 'dev' },
    ],
  });
  await sm.send(new PutSecretValueCommand({ SecretId: 'app/db', SecretString: '{"user":"app","password":"rotated"}' }));
  // A version staged for a rotation to come, under a label of the application's own too.
  await sm.send(
    new PutSecretValueCommand({ SecretId: 'app/db', SecretString: '{"user":"app","password":"next"}', VersionStages: ['AWSPENDING', 'blue'] }),
  );
  await sm.send(new PutResourcePolicyCommand({ SecretId: 'app/db', ResourcePolicy: policy }));
  await create({ Name: 'app/cert', SecretBinary: binary });
  await create({ Name: 'app/empty', Description: 'no value yet' });
  await create({ Name: 'app/doomed', SecretString: 'bye' });
  await sm.send(new DeleteSecretCommand({ SecretId: 'app/doomed', RecoveryWindowInDays: 7 }));
  const eu = new SecretsManagerClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await create({ Name: 'eu/secret', SecretString: 'europe' }, eu);
  eu.destroy();
  return arns;
}

async function names(client = sm): Promise<string[]> {
  const list = await client.send(new ListSecretsCommand({ IncludePlannedDeletion: true }));
  return (list.SecretList ?? []).map((s) => s.Name!).sort();
}

async function secretString(SecretId: string): Promise<string | undefined> {
  return (await sm.send(new GetSecretValueCommand({ SecretId }))).SecretString;
}

describe('the secretsmanager module', () => {
  it('restores secrets with their ARN, labelled versions, description, KMS key, tags and policy, skipping those scheduled for deletion', async () => {
    const arns = await seed();
    const versions = (await sm.send(new DescribeSecretCommand({ SecretId: 'app/db' }))).VersionIdsToStages;
    expect(Object.values(versions!).map((stages) => [...stages].sort())).toEqual(
      expect.arrayContaining([['AWSCURRENT'], ['AWSPREVIOUS'], ['AWSPENDING', 'blue']]),
    );
    const saved = await saveState(moto.endpoint, home, 'sm-pod', services);
    expect(saved.resources).toEqual({ kms: 1, secretsmanager: 4 });
    await moto.reset();

    await loadState(moto.endpoint, home, 'sm-pod');

    expect(await names()).toEqual(['app/cert', 'app/db', 'app/empty']);
    const db = await sm.send(new DescribeSecretCommand({ SecretId: 'app/db' }));
    expect(db).toMatchObject({ ARN: arns['app/db'], Description: 'database login', KmsKeyId: 'alias/secrets' });
    expect([...(db.Tags ?? [])].sort((a, b) => (a.Key! < b.Key! ? -1 : 1))).toEqual([
      { Key: 'env', Value: 'dev' },
      { Key: 'team', Value: 'core' },
    ]);
    const sorted = (byId: Record<string, string[]> | undefined) =>
      Object.fromEntries(Object.entries(byId ?? {}).map(([id, stages]) => [id, [...stages].sort()]));
    expect(sorted(db.VersionIdsToStages)).toEqual(sorted(versions));
    expect(await secretString('app/db')).toBe('{"user":"app","password":"rotated"}');
    const pending = await sm.send(new GetSecretValueCommand({ SecretId: 'app/db', VersionStage: 'AWSPENDING' }));
    expect(pending.SecretString).toBe('{"user":"app","password":"next"}');
    const previous = await sm.send(new GetSecretValueCommand({ SecretId: 'app/db', VersionStage: 'AWSPREVIOUS' }));
    expect(previous.SecretString).toBe('{"user":"app","password":"hunter2"}');
    expect(JSON.parse((await sm.send(new GetResourcePolicyCommand({ SecretId: 'app/db' }))).ResourcePolicy!)).toEqual(JSON.parse(policy));
    const cert = await sm.send(new GetSecretValueCommand({ SecretId: 'app/cert' }));
    expect(cert.ARN).toBe(arns['app/cert']);
    expect(Buffer.from(cert.SecretBinary!).equals(binary)).toBe(true);
    const empty = await sm.send(new DescribeSecretCommand({ SecretId: 'app/empty' }));
    expect(empty).toMatchObject({ ARN: arns['app/empty'], Description: 'no value yet' });
    expect(empty.Tags ?? []).toEqual([]);
    expect(empty.VersionIdsToStages ?? {}).toEqual({});
    const eu = new SecretsManagerClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    expect(await names(eu)).toEqual(['eu/secret']);
    eu.destroy();
  });

  it('gives identical layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', services);
    await saveState(moto.endpoint, home, 'same', services);
    const store = options(moto.endpoint, home);
    const first = await inspect('same:1', store);
    const second = await inspect('same:2', store);
    expect(second.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
    expect(first.layers.filter((l) => l.service === 'secretsmanager')).toHaveLength(2);
  });

  it('overwrites a secret in place under deep-merge, taking it back from deletion, and deletes nothing', async () => {
    await sm.send(
      new CreateSecretCommand({
        Name: 'shared',
        SecretString: 'from pod',
        Description: 'from pod',
        Tags: [{ Key: 'kept', Value: 'yes' }],
      }),
    );
    await sm.send(new CreateSecretCommand({ Name: 'revived', SecretString: 'alive' }));
    await saveState(moto.endpoint, home, 'deep', services);
    const shared = (await sm.send(new DescribeSecretCommand({ SecretId: 'shared' }))).ARN;
    await sm.send(new PutSecretValueCommand({ SecretId: 'shared', SecretString: 'changed' }));
    await sm.send(new UpdateSecretCommand({ SecretId: 'shared', Description: 'changed' }));
    await sm.send(new TagResourceCommand({ SecretId: 'shared', Tags: [{ Key: 'extra', Value: 'x' }] }));
    await sm.send(new PutResourcePolicyCommand({ SecretId: 'shared', ResourcePolicy: policy }));
    await sm.send(new DeleteSecretCommand({ SecretId: 'revived', RecoveryWindowInDays: 7 }));
    await sm.send(new CreateSecretCommand({ Name: 'extra', SecretString: 'stays' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    const after = await sm.send(new DescribeSecretCommand({ SecretId: 'shared' }));
    expect(after.ARN).toBe(shared);
    // Moto's UpdateSecret ignores an empty description, so a description is replaced here, never removed.
    expect(after.Description).toBe('from pod');
    expect(after.Tags).toEqual([{ Key: 'kept', Value: 'yes' }]);
    expect(await secretString('shared')).toBe('from pod');
    expect((await sm.send(new GetResourcePolicyCommand({ SecretId: 'shared' }))).ResourcePolicy).toBeUndefined();
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'revived' }))).DeletedDate).toBeUndefined();
    expect(await secretString('revived')).toBe('alive');
    expect(await secretString('extra')).toBe('stays');
  });

  it('deletes the secrets of a region a merge load clears, those scheduled for deletion included', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'kept', SecretString: 'v' }));
    await saveState(moto.endpoint, home, 'merge', services);
    await sm.send(new CreateSecretCommand({ Name: 'later', SecretString: 'v' }));
    await sm.send(new CreateSecretCommand({ Name: 'pending', SecretString: 'v' }));
    await sm.send(new DeleteSecretCommand({ SecretId: 'pending', RecoveryWindowInDays: 7 }));

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(await names()).toEqual(['kept']);
  });
});

describe('replicated secrets', () => {
  it('save from the primary region alone, and come back replicated, whatever the load clears', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'shared/db', SecretString: 'primary', AddReplicaRegions: [{ Region: 'eu-west-1' }] }));
    const eu = new SecretsManagerClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    // A replica refuses most calls made in its own region (GetResourcePolicy among them).
    await expect(eu.send(new GetResourcePolicyCommand({ SecretId: 'shared/db' }))).rejects.toThrow(/replica/);

    const saved = await saveState(moto.endpoint, home, 'replicated', services);
    expect(saved.regions).toEqual(['us-east-1']);
    await loadState(moto.endpoint, home, 'replicated', { strategy: 'merge' });
    await moto.reset();
    await loadState(moto.endpoint, home, 'replicated');

    const primary = await sm.send(new DescribeSecretCommand({ SecretId: 'shared/db' }));
    expect(primary.ReplicationStatus?.map((r) => r.Region)).toEqual(['eu-west-1']);
    expect((await eu.send(new GetSecretValueCommand({ SecretId: 'shared/db' }))).SecretString).toBe('primary');
    eu.destroy();
  });
});

describe('rotated secrets', () => {
  it('come back with their function and schedule, without rotating, their versions as they were', async () => {
    const { CreateRoleCommand, IAMClient } = await import('@aws-sdk/client-iam');
    const { CreateFunctionCommand, LambdaClient } = await import('@aws-sdk/client-lambda');
    const iam = new IAMClient(sdkConfig(moto.endpoint));
    const lambda = new LambdaClient(sdkConfig(moto.endpoint));
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'rotator', AssumeRolePolicyDocument: trust }))).Role!.Arn!;
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('exports.handler = async () => ({});\n'), 'index.js', { mtime: new Date(0) });
    zip.end();
    const fn = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'rotator',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: role,
        Code: { ZipFile: await buffer(zip.outputStream) },
      }),
    );
    await sm.send(new CreateSecretCommand({ Name: 'rotated', SecretString: 'initial' }));
    await sm.send(
      new RotateSecretCommand({
        SecretId: 'rotated',
        RotationLambdaARN: fn.FunctionArn,
        RotationRules: { AutomaticallyAfterDays: 30 },
        RotateImmediately: false,
      }),
    );
    const before = await sm.send(new DescribeSecretCommand({ SecretId: 'rotated' }));
    await saveState(moto.endpoint, home, 'rotated', { services: 'secretsmanager,iam,lambda' });
    await moto.reset();

    await loadState(moto.endpoint, home, 'rotated');

    const after = await sm.send(new DescribeSecretCommand({ SecretId: 'rotated' }));
    expect([after.RotationEnabled, after.RotationLambdaARN, after.RotationRules?.AutomaticallyAfterDays]).toEqual([true, fn.FunctionArn, 30]);
    const labelled = (byId: Record<string, string[]> | undefined) =>
      Object.entries(byId ?? {})
        .filter(([, stages]) => stages.length > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1));
    expect(labelled(after.VersionIdsToStages)).toEqual(labelled(before.VersionIdsToStages));
    expect(await secretString('rotated')).toBe('initial');
    iam.destroy();
    lambda.destroy();
  });
});
