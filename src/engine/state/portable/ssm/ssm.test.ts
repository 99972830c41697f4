import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  AddTagsToResourceCommand,
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
import { inspect } from '../../../index.js';
import { loadState, options, saveState, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

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

const expiration = JSON.stringify([
  { Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: '2030-01-01T00:00:00.000Z' } },
]);

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
  await ssm.send(
    new PutParameterCommand({ Name: '/app/db/token', Value: 'tok-123', Type: 'SecureString', KeyId: 'alias/params' }),
  );
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
  // Overwritten twice: only the last version survives a load.
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
      // History is not kept: the restored parameter starts again at version 1.
      Version: 1,
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

  it('overwrites a parameter in place under deep-merge, replacing its description and tags and deleting nothing', async () => {
    await ssm.send(
      new PutParameterCommand({ Name: '/shared', Value: 'from pod', Type: 'String', Tags: [{ Key: 'kept', Value: 'yes' }] }),
    );
    await saveState(moto.endpoint, home, 'deep', services);
    await ssm.send(new PutParameterCommand({ Name: '/shared', Value: 'changed', Description: 'changed', Overwrite: true }));
    await ssm.send(
      new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/shared', Tags: [{ Key: 'extra', Value: 'x' }] }),
    );
    await ssm.send(new PutParameterCommand({ Name: '/extra', Value: 'stays', Type: 'String' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    expect(await values(['/shared', '/extra'])).toEqual({ '/shared': 'from pod', '/extra': 'stays' });
    expect((await metadata())['/shared']!.Description).toBeUndefined();
    expect(await tags('/shared')).toEqual([{ Key: 'kept', Value: 'yes' }]);
  });

  it('deletes the parameters of a region a merge load clears', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/kept', Value: 'v', Type: 'String' }));
    await saveState(moto.endpoint, home, 'merge', services);
    await ssm.send(new PutParameterCommand({ Name: '/later', Value: 'v', Type: 'String' }));

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect(Object.keys(await metadata())).toEqual(['/kept']);
  });
});

describe('documents', () => {
  const content = (step: string) =>
    JSON.stringify({ schemaVersion: '2.2', description: step, mainSteps: [{ action: 'aws:runShellScript', name: step, inputs: { runCommand: [step] } }] });

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
    await ssm.send(new UpdateDocumentCommand({ Name: 'restart', Content: content('restart-gently'), DocumentVersion: '$LATEST', VersionName: 'second' }));
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
