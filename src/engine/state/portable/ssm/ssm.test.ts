import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  AddTagsToResourceCommand,
  CreateMaintenanceWindowCommand,
  DescribeMaintenanceWindowsCommand,
  DescribeMaintenanceWindowTargetsCommand,
  DescribeMaintenanceWindowTasksCommand,
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  RegisterTargetWithMaintenanceWindowCommand,
  RegisterTaskWithMaintenanceWindowCommand,
  CreateDocumentCommand,
  DescribeDocumentCommand,
  DescribeDocumentPermissionCommand,
  GetDocumentCommand,
  ListDocumentsCommand,
  ModifyDocumentPermissionCommand,
  UpdateDocumentCommand,
  UpdateDocumentDefaultVersionCommand,
  DescribeParametersCommand,
  GetParametersCommand,
  ListTagsForResourceCommand,
  PutParameterCommand,
  SSMClient,
  type ParameterMetadata,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect, load } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';
import { rewritePod } from '../../../../test-support/pod-records.js';
import { ssm as ssmModule } from './ssm.js';

const { loadState, options, saveState } = engineFor('ssm,kms');

let moto: Moto;
let ssm: SSMClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  ssm = new SSMClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  ssm.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const services = { services: 'ssm,kms' };

const expiration = JSON.stringify([{ Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: '2030-01-01T00:00:00.000Z' } }]);

async function seed(): Promise<void> {
  const kms = new KMSClient(sdkConfig(moto.endpoint));
  const key = (await kms.send(new CreateKeyCommand({ Description: 'parameters' }))).KeyMetadata!.KeyId!;
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/params', TargetKeyId: key }));
  kms.destroy();
  await ssm.send(
    new PutParameterCommand({
      Name: '/app/port',
      Value: '8080',
      Type: 'String',
      Description: 'listen port',
      AllowedPattern: '^[0-9]+$',
      Tags: [
        { Key: 'team', Value: 'core' },
        { Key: 'env', Value: 'dev' },
      ],
    }),
  );
  await ssm.send(new PutParameterCommand({ Name: '/app/hosts', Value: 'a.example,b.example', Type: 'StringList' }));
  await ssm.send(new PutParameterCommand({ Name: '/app/db/password', Value: 'hunter2', Type: 'SecureString' }));
  await ssm.send(new PutParameterCommand({ Name: '/app/db/token', Value: 'tok-123', Type: 'SecureString', KeyId: 'alias/params' }));
  await ssm.send(new PutParameterCommand({ Name: '/app/ami', Value: 'ami-12345678', Type: 'String', DataType: 'aws:ec2:image' }));
  await ssm.send(
    new PutParameterCommand({
      Name: 'plain-name',
      Value: 'v'.repeat(5000),
      Type: 'String',
      Tier: 'Advanced',
      Policies: expiration,
    }),
  );
  // Overwritten twice: a load puts the three versions again.
  await ssm.send(new PutParameterCommand({ Name: '/app/port', Value: '8081', Overwrite: true }));
  await ssm.send(new PutParameterCommand({ Name: '/app/port', Value: '8082', Overwrite: true }));
  const eu = new SSMClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new PutParameterCommand({ Name: '/eu/region', Value: 'eu-west-1', Type: 'String' }));
  eu.destroy();
}

async function metadata(client = ssm): Promise<Record<string, ParameterMetadata>> {
  const params = (await client.send(new DescribeParametersCommand({ MaxResults: 50 }))).Parameters ?? [];
  return Object.fromEntries(params.map((p) => [p.Name!, p]));
}

async function values(names: string[]): Promise<Record<string, string>> {
  const got = await ssm.send(new GetParametersCommand({ Names: names, WithDecryption: true }));
  return Object.fromEntries((got.Parameters ?? []).map((p) => [p.Name!, p.Value!]));
}

async function tags(name: string) {
  const list = (await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name }))).TagList ?? [];
  return [...list].sort((a, b) => (a.Key! < b.Key! ? -1 : 1));
}

/** A parameter's versions as GetParameterHistory answers them, without the dates and users a load cannot keep. */
async function history(Name: string) {
  const got = await ssm.send(new GetParameterHistoryCommand({ Name, WithDecryption: true, MaxResults: 50 }));
  let versions = got.Parameters ?? [];
  for (let NextToken = got.NextToken; NextToken;) {
    const page = await ssm.send(new GetParameterHistoryCommand({ Name, WithDecryption: true, MaxResults: 50, NextToken }));
    versions = [...versions, ...(page.Parameters ?? [])];
    NextToken = page.NextToken;
  }
  return versions.map(({ LastModifiedDate: _date, LastModifiedUser: _user, ...kept }) => kept);
}

const windowSettings = { Schedule: 'rate(1 day)', Duration: 2, Cutoff: 0, AllowUnassociatedTargets: false };

/**
 * The region's maintenance windows with their targets, tasks and tags, without the ids the
 * instance draws: a target goes by its name, in the tasks' targets too.
 */
async function windows() {
  const listed = (await ssm.send(new DescribeMaintenanceWindowsCommand({}))).WindowIdentities ?? [];
  const described = await Promise.all(
    listed.map(async ({ WindowId, ...window }) => {
      const targets = (await ssm.send(new DescribeMaintenanceWindowTargetsCommand({ WindowId }))).Targets ?? [];
      const tasks = (await ssm.send(new DescribeMaintenanceWindowTasksCommand({ WindowId }))).Tasks ?? [];
      const tags = (await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'MaintenanceWindow', ResourceId: WindowId! }))).TagList;
      const nameOf = new Map(targets.map((t) => [t.WindowTargetId!, t.Name]));
      return {
        ...window,
        tags,
        targets: targets.map(({ WindowId: _w, WindowTargetId: _t, ...target }) => target).sort((a, b) => (a.Name! < b.Name! ? -1 : 1)),
        tasks: tasks
          .map(({ WindowId: _w, WindowTaskId: _t, Targets, ...task }) => ({
            ...task,
            Targets: Targets?.map((t) => (t.Key === 'WindowTargetIds' ? { ...t, Values: t.Values?.map((id) => nameOf.get(id)) } : t)),
          }))
          .sort((a, b) => (a.Name! < b.Name! ? -1 : 1)),
      };
    }),
  );
  return described.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

describe('the ssm module', () => {
  it('restores parameters of every type with their values, descriptions, patterns, tiers, data types, KMS keys and tags', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'ssm-pod', services);
    expect(saved.resources).toEqual({ kms: 1, ssm: 7 });
    await moto.reset();
    expect(await metadata()).toEqual({});

    await loadState(moto.endpoint, home, 'ssm-pod');

    const names = ['/app/ami', '/app/db/password', '/app/db/token', '/app/hosts', '/app/port', 'plain-name'];
    expect(Object.keys(await metadata()).sort()).toEqual(names);
    expect(await values(names)).toEqual({
      '/app/ami': 'ami-12345678',
      '/app/db/password': 'hunter2',
      '/app/db/token': 'tok-123',
      '/app/hosts': 'a.example,b.example',
      '/app/port': '8082',
      'plain-name': 'v'.repeat(5000),
    });
    const meta = await metadata();
    expect(meta['/app/port']).toMatchObject({
      Type: 'String',
      Description: 'listen port',
      AllowedPattern: '^[0-9]+$',
      Tier: 'Standard',
      DataType: 'text',
      Version: 3,
    });
    expect(meta['/app/hosts']!.Type).toBe('StringList');
    expect(meta['/app/db/password']).toMatchObject({ Type: 'SecureString', KeyId: 'alias/aws/ssm' });
    expect(meta['/app/db/token']).toMatchObject({ Type: 'SecureString', KeyId: 'alias/params' });
    expect(meta['/app/ami']!.DataType).toBe('aws:ec2:image');
    expect(meta['plain-name']!.Tier).toBe('Advanced');
    // Moto answers each policy's text as a JSON object where AWS answers a string.
    expect(meta['plain-name']!.Policies?.map((p) => p.PolicyText)).toEqual(JSON.parse(expiration));
    expect(await tags('/app/port')).toEqual([
      { Key: 'env', Value: 'dev' },
      { Key: 'team', Value: 'core' },
    ]);
    expect(await tags('/app/hosts')).toEqual([]);
    const eu = new SSMClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    expect(Object.keys(await metadata(eu))).toEqual(['/eu/region']);
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
    expect(first.layers.filter((l) => l.service === 'ssm')).toHaveLength(2);
  });

  it('makes a parameter as the pod has it under deep-merge, description and tags included, and deletes nothing else', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/shared', Value: 'from pod', Type: 'String', Tags: [{ Key: 'kept', Value: 'yes' }] }));
    await saveState(moto.endpoint, home, 'deep', services);
    await ssm.send(new PutParameterCommand({ Name: '/shared', Value: 'changed', Description: 'changed', Overwrite: true }));
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/shared', Tags: [{ Key: 'extra', Value: 'x' }] }));
    await ssm.send(new PutParameterCommand({ Name: '/extra', Value: 'stays', Type: 'String' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await values(['/shared', '/extra'])).toEqual({ '/shared': 'from pod', '/extra': 'stays' });
    expect((await metadata())['/shared']!.Description).toBeUndefined();
    expect(await tags('/shared')).toEqual([{ Key: 'kept', Value: 'yes' }]);
  });

  it('deletes the parameters and maintenance windows of a region a merge load clears', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/kept', Value: 'v', Type: 'String' }));
    await saveState(moto.endpoint, home, 'merge', services);
    await ssm.send(new PutParameterCommand({ Name: '/later', Value: 'v', Type: 'String' }));
    await ssm.send(new CreateMaintenanceWindowCommand({ ...windowSettings, Name: 'later' }));

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(Object.keys(await metadata())).toEqual(['/kept']);
    expect(await windows()).toEqual([]);
  });
});

describe('documents', () => {
  const content = (step: string) =>
    JSON.stringify({
      schemaVersion: '2.2',
      description: step,
      mainSteps: [{ action: 'aws:runShellScript', name: step, inputs: { runCommand: [step] } }],
    });

  it('come back with every version under its number and name, the default version, sharing and tags; a merge load deletes the others', async () => {
    await ssm.send(
      new CreateDocumentCommand({
        Name: 'restart',
        Content: content('restart'),
        DocumentType: 'Command',
        VersionName: 'first',
        TargetType: '/AWS::EC2::Instance',
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    );
    await ssm.send(
      new UpdateDocumentCommand({ Name: 'restart', Content: content('restart-gently'), DocumentVersion: '$LATEST', VersionName: 'second' }),
    );
    await ssm.send(new UpdateDocumentDefaultVersionCommand({ Name: 'restart', DocumentVersion: '1' }));
    await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'restart', PermissionType: 'Share', AccountIdsToAdd: ['111122223333'] }));
    const before = (await ssm.send(new DescribeDocumentCommand({ Name: 'restart' }))).Document!;
    await saveState(moto.endpoint, home, 'docs', services);
    await ssm.send(new UpdateDocumentCommand({ Name: 'restart', Content: content('restart-later'), DocumentVersion: '$LATEST' }));
    await ssm.send(new UpdateDocumentDefaultVersionCommand({ Name: 'restart', DocumentVersion: '3' }));
    await ssm.send(new CreateDocumentCommand({ Name: 'later', Content: content('later'), DocumentType: 'Command' }));

    await loadState(moto.endpoint, home, 'docs', { strategy: 'merge' });

    const after = (await ssm.send(new DescribeDocumentCommand({ Name: 'restart' }))).Document!;
    for (const field of ['DocumentType', 'TargetType', 'LatestVersion', 'DefaultVersion', 'VersionName', 'Tags'] as const) {
      expect(after[field]).toEqual(before[field]);
    }
    const second = await ssm.send(new GetDocumentCommand({ Name: 'restart', DocumentVersion: '2' }));
    expect([second.Content, second.VersionName]).toEqual([content('restart-gently'), 'second']);
    const shared = await ssm.send(new DescribeDocumentPermissionCommand({ Name: 'restart', PermissionType: 'Share' }));
    expect(shared.AccountIds).toEqual(['111122223333']);
    const owned = await ssm.send(new ListDocumentsCommand({ Filters: [{ Key: 'Owner', Values: ['Self'] }] }));
    expect(owned.DocumentIdentifiers?.map((d) => d.Name)).toEqual(['restart']);
  });
});

describe('parameter history', () => {
  const expiration2 = JSON.stringify([{ Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: '2031-01-01T00:00:00.000Z' } }]);

  async function seedHistory(): Promise<void> {
    const kms = new KMSClient(sdkConfig(moto.endpoint));
    const key = (await kms.send(new CreateKeyCommand({ Description: 'parameters' }))).KeyMetadata!.KeyId!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/params', TargetKeyId: key }));
    kms.destroy();
    await ssm.send(
      new PutParameterCommand({ Name: '/app/mode', Value: 'one', Type: 'String', Description: 'first', Tags: [{ Key: 'team', Value: 'core' }] }),
    );
    await ssm.send(new PutParameterCommand({ Name: '/app/mode', Value: 'two', AllowedPattern: '^[a-z,]+$', Overwrite: true }));
    await ssm.send(
      new PutParameterCommand({ Name: '/app/mode', Value: 'three', Description: '', Tier: 'Advanced', Policies: expiration2, Overwrite: true }),
    );
    await ssm.send(new PutParameterCommand({ Name: '/app/mode', Value: 'a,b', Type: 'StringList', Overwrite: true }));
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/mode', ParameterVersion: 1, Labels: ['old', 'first'] }));
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/mode', ParameterVersion: 2, Labels: ['moving'] }));
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/mode', ParameterVersion: 4, Labels: ['moving', 'current'] }));
    await ssm.send(new PutParameterCommand({ Name: '/app/secret', Value: 's1', Type: 'SecureString' }));
    await ssm.send(new PutParameterCommand({ Name: '/app/secret', Value: 's2', KeyId: 'alias/params', Overwrite: true }));
    // SSM keeps the last 100 versions: this one's history starts at version 3.
    await ssm.send(new PutParameterCommand({ Name: '/app/counter', Value: '1', Type: 'String' }));
    for (let i = 2; i <= 102; i += 1) await ssm.send(new PutParameterCommand({ Name: '/app/counter', Value: String(i), Overwrite: true }));
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/counter', ParameterVersion: 3, Labels: ['oldest-kept'] }));
  }

  const names = ['/app/mode', '/app/secret', '/app/counter'];

  it('comes back with every version kept under its number, with its value, type, description, pattern, tier, policies, key and labels', async () => {
    await seedHistory();
    const before = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await history(n)] as const)));
    expect(before['/app/counter']!.map((v) => v.Version)).toEqual(Array.from({ length: 100 }, (_, i) => i + 3));
    expect(before['/app/mode']!.map((v) => v.Labels)).toEqual([['old', 'first'], [], [], ['moving', 'current']]);
    await saveState(moto.endpoint, home, 'history', services);
    await moto.reset();

    await loadState(moto.endpoint, home, 'history');

    // Labels come back sorted: a version's labels have no order.
    const sortLabels = (versions: Awaited<ReturnType<typeof history>>) => versions.map((v) => ({ ...v, Labels: [...(v.Labels ?? [])].sort() }));
    for (const name of names) expect(sortLabels(await history(name))).toEqual(sortLabels(before[name]!));
    expect(await tags('/app/mode')).toEqual([{ Key: 'team', Value: 'core' }]);
  });

  it('loads a pod saved before versions were kept as the current version alone', async () => {
    await seedHistory();
    await saveState(moto.endpoint, home, 'history', services);
    await rewritePod(home, 'history', 'current-only', (record, service) => {
      if (service !== 'ssm' || record.type !== 'parameter') return record;
      const { version: _version, history: _history, labels: _labels, ...data } = record.data;
      return { ...record, data };
    });
    await moto.reset();

    await loadState(moto.endpoint, home, 'current-only');

    const mode = await history('/app/mode');
    expect(mode).toHaveLength(1);
    expect(mode[0]).toMatchObject({ Version: 1, Value: 'a,b', Type: 'StringList', Tier: 'Advanced', Labels: [] });
    expect(await values(names)).toEqual({ '/app/mode': 'a,b', '/app/secret': 's2', '/app/counter': '102' });
  });
});

describe('maintenance windows', () => {
  async function seedWindows(): Promise<string> {
    const { WindowId } = await ssm.send(
      new CreateMaintenanceWindowCommand({
        Name: 'nightly',
        Description: 'patching',
        Schedule: 'cron(0 2 ? * SUN *)',
        ScheduleTimezone: 'Europe/Paris',
        ScheduleOffset: 2,
        Duration: 4,
        Cutoff: 1,
        AllowUnassociatedTargets: true,
        StartDate: '2030-01-01T00:00:00Z',
        EndDate: '2031-01-01T00:00:00Z',
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    );
    const register = async (Name: string, ResourceType: 'INSTANCE' | 'RESOURCE_GROUP', Key: string, value: string) =>
      (
        await ssm.send(
          new RegisterTargetWithMaintenanceWindowCommand({
            WindowId,
            ResourceType,
            Targets: [{ Key, Values: [value] }],
            Name,
            Description: `${Name} hosts`,
            OwnerInformation: 'ops',
          }),
        )
      ).WindowTargetId!;
    const web = await register('web', 'INSTANCE', 'tag:Role', 'web');
    const db = await register('db', 'RESOURCE_GROUP', 'resource-groups:Name', 'databases');
    await ssm.send(
      new RegisterTaskWithMaintenanceWindowCommand({
        WindowId,
        Name: 'patch',
        Description: 'patch the hosts',
        TaskArn: 'AWS-RunPatchBaseline',
        TaskType: 'RUN_COMMAND',
        Targets: [{ Key: 'WindowTargetIds', Values: [web, db] }],
        ServiceRoleArn: 'arn:aws:iam::123456789012:role/maintenance',
        Priority: 1,
        MaxConcurrency: '2',
        MaxErrors: '1',
        CutoffBehavior: 'CANCEL_TASK',
        LoggingInfo: { S3BucketName: 'maintenance-logs', S3KeyPrefix: 'patch', S3Region: 'us-east-1' },
      }),
    );
    await ssm.send(
      new RegisterTaskWithMaintenanceWindowCommand({
        WindowId,
        Name: 'notify',
        TaskArn: 'arn:aws:lambda:us-east-1:123456789012:function:notify',
        TaskType: 'LAMBDA',
        Priority: 2,
      }),
    );
    // Names are not unique: both windows come back.
    await ssm.send(new CreateMaintenanceWindowCommand({ ...windowSettings, Name: 'nightly' }));
    return WindowId!;
  }

  it('come back with their schedules, targets, tasks and tags under new ids, tasks naming the new targets; the save warns once per window', async () => {
    const saved = await seedWindows();
    const before = await windows();
    expect(before).toHaveLength(2);
    const pod = await saveState(moto.endpoint, home, 'windows', services);
    const warnings = Object.fromEntries(pod.warnings.map((w) => [w.resource, w.message]));
    expect(Object.keys(warnings)).toHaveLength(2);
    for (const message of Object.values(warnings)) expect(message).toMatch(/^it comes back under an id the instance draws anew/);
    expect(warnings[`maintenance window ${saved}`]).toMatch(/invocation parameters are not kept.*comes back as a Run Command task/);
    // Without a clear, the windows saved are replaced, not doubled.
    await loadState(moto.endpoint, home, 'windows', { strategy: 'deep-merge' });
    expect(await windows()).toEqual(before);
    await moto.reset();

    await loadState(moto.endpoint, home, 'windows');

    expect(await windows()).toEqual(before);
    const ids = ((await ssm.send(new DescribeMaintenanceWindowsCommand({}))).WindowIdentities ?? []).map((w) => w.WindowId);
    expect(ids).not.toContain(saved);
  });

  it('are one group: a load of it replaces every window of the region and nothing else', async () => {
    const windowId = await seedWindows();
    await ssm.send(new PutParameterCommand({ Name: '/app/mode', Value: 'saved', Type: 'String' }));
    await saveState(moto.endpoint, home, 'windows', services);
    const before = await windows();
    const later = { WindowId: windowId, TaskArn: 'AWS-RunShellScript', TaskType: 'RUN_COMMAND' as const, Name: 'later' };
    await ssm.send(new RegisterTaskWithMaintenanceWindowCommand(later));
    await ssm.send(new CreateMaintenanceWindowCommand({ ...windowSettings, Name: 'later' }));
    await ssm.send(new PutParameterCommand({ Name: '/app/mode', Value: 'changed', Overwrite: true }));
    const groupsOf = (operation: string, body: Record<string, unknown>) =>
      ssmModule.requests!.groups!({ operation, body, url: new URL('http://localhost:4566/'), host: 'localhost' });
    const groups = groupsOf('RegisterTaskWithMaintenanceWindow', later);
    expect(groupsOf('CreateMaintenanceWindow', { Name: 'later' })).toEqual(groups);
    expect(groupsOf('AddTagsToResource', { ResourceType: 'MaintenanceWindow', ResourceId: windowId, Tags: [] })).toEqual(groups);
    expect(groupsOf('PutParameter', { Name: '/app/mode' })).toEqual(['/app/mode']);

    await load({ pod: 'windows', options: options(moto.endpoint, home), only: { services: ['ssm'], resources: { ssm: groups as string[] } } });

    expect(await windows()).toEqual(before);
    expect(await values(['/app/mode'])).toEqual({ '/app/mode': 'changed' });
  });
});
