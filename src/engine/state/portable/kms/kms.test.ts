import {
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UpdateKeyDescriptionCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('kms,sqs,ssm');

let moto: Moto;
let kms: KMSClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  kms = new KMSClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  kms.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const only = { services: 'kms' };

const policy = JSON.stringify({
  Version: '2012-10-17',
  Id: 'app-key-policy',
  Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }],
});

async function seed(): Promise<{ app: string; signing: string }> {
  const app = (
    await kms.send(
      new CreateKeyCommand({
        Description: 'application data',
        KeyUsage: 'ENCRYPT_DECRYPT',
        Policy: policy,
        Tags: [
          { TagKey: 'team', TagValue: 'core' },
          { TagKey: 'env', TagValue: 'dev' },
        ],
      }),
    )
  ).KeyMetadata!.KeyId!;
  await kms.send(new EnableKeyRotationCommand({ KeyId: app }));
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/app-data', TargetKeyId: app }));
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/app-data-2', TargetKeyId: app }));
  const signing = (await kms.send(new CreateKeyCommand({ Description: 'signing', KeyUsage: 'SIGN_VERIFY', KeySpec: 'RSA_2048' }))).KeyMetadata!
    .KeyId!;
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/signing', TargetKeyId: signing }));
  await kms.send(new DisableKeyCommand({ KeyId: signing }));
  const doomed = (await kms.send(new CreateKeyCommand({ Description: 'doomed' }))).KeyMetadata!.KeyId!;
  await kms.send(new ScheduleKeyDeletionCommand({ KeyId: doomed, PendingWindowInDays: 7 }));
  const eu = new KMSClient(sdkConfig(moto.endpoint, 'eu-west-1'));
  await eu.send(new CreateKeyCommand({ Description: 'europe' }));
  eu.destroy();
  return { app, signing };
}

async function describeKey(keyId: string, client = kms): Promise<KeyMetadata> {
  return (await client.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata!;
}

/** The customer keys of us-east-1 that are not pending deletion. */
async function liveKeys(): Promise<KeyMetadata[]> {
  const keys = (await kms.send(new ListKeysCommand({}))).Keys ?? [];
  const described = await Promise.all(keys.map((k) => describeKey(k.KeyId!)));
  return described.filter((k) => k.KeyManager === 'CUSTOMER' && k.KeyState !== 'PendingDeletion');
}

async function ownAliases(): Promise<Record<string, string>> {
  const aliases = (await kms.send(new ListAliasesCommand({}))).Aliases ?? [];
  return Object.fromEntries(aliases.filter((a) => !a.AliasName!.startsWith('alias/aws/')).map((a) => [a.AliasName!, a.TargetKeyId!]));
}

async function tags(keyId: string) {
  return (await kms.send(new ListResourceTagsCommand({ KeyId: keyId }))).Tags;
}

describe('the kms module', () => {
  it('restores customer keys with description, usage, spec, policy, rotation, enabled state, tags and aliases, skipping keys pending deletion', async () => {
    const seeded = await seed();
    const saved = await saveState(moto.endpoint, home, 'kms-pod', only);
    expect(saved.resources).toEqual({ kms: 3 });
    expect(saved.regions).toEqual(['eu-west-1', 'us-east-1']);
    await moto.reset();

    await loadState(moto.endpoint, home, 'kms-pod');

    expect(await liveKeys()).toHaveLength(2);
    const app = await describeKey('alias/app-data');
    expect(app).toMatchObject({
      Description: 'application data',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyState: 'Enabled',
    });
    // Moto draws a new id for every key: it ignores the `_custom_id_` tag LocalStack honours.
    expect(app.KeyId).not.toBe(seeded.app);
    expect((await kms.send(new GetKeyPolicyCommand({ KeyId: app.KeyId, PolicyName: 'default' }))).Policy).toBe(policy);
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: app.KeyId }))).KeyRotationEnabled).toBe(true);
    expect(await tags(app.KeyId!)).toEqual(
      expect.arrayContaining([
        { TagKey: 'env', TagValue: 'dev' },
        { TagKey: 'team', TagValue: 'core' },
      ]),
    );
    expect(await tags(app.KeyId!)).toHaveLength(2);
    const signing = await describeKey('alias/signing');
    expect(signing).toMatchObject({ Description: 'signing', KeyUsage: 'SIGN_VERIFY', KeySpec: 'RSA_2048', KeyState: 'Disabled' });
    expect(await ownAliases()).toEqual({
      'alias/app-data': app.KeyId,
      'alias/app-data-2': app.KeyId,
      'alias/signing': signing.KeyId,
    });
    const eu = new KMSClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const euKeys = (await eu.send(new ListKeysCommand({}))).Keys ?? [];
    expect(await Promise.all(euKeys.map(async (k) => (await describeKey(k.KeyId!, eu)).Description))).toEqual(['europe']);
    eu.destroy();
  });

  it('gives a restored key new material that encrypts and decrypts through its alias', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'crypt', only);
    await moto.reset();
    await loadState(moto.endpoint, home, 'crypt');

    const plaintext = Buffer.from('secret payload');
    const encrypted = await kms.send(new EncryptCommand({ KeyId: 'alias/app-data', Plaintext: plaintext }));
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob }));
    expect(Buffer.from(decrypted.Plaintext!).toString()).toBe('secret payload');
    expect(decrypted.KeyId).toContain((await describeKey('alias/app-data')).KeyId);
  });

  it('warns, on a load into moto, that each key comes back under an id moto drew', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'ids', only);
    const eu = new KMSClient(sdkConfig(moto.endpoint, 'eu-west-1'));
    const before = [kms, eu].flatMap(async (client) => ((await client.send(new ListKeysCommand({}))).Keys ?? []).map((k) => k.KeyId!));
    const ids = (await Promise.all(before)).flat();
    eu.destroy();
    await moto.reset();

    const loaded = await loadState(moto.endpoint, home, 'ids');

    const warned = loaded.warnings.filter((w) => w.service === 'kms');
    expect(warned.length).toBeGreaterThan(0);
    for (const w of warned) {
      expect(ids).toContain(w.resource.replace(/^key /, ''));
      expect(w.message).toMatch(/^the instance gave it the id [0-9a-f-]{36} \(moto draws key ids\)/);
    }
  });

  it('rewrites references to a key moto gave a new id in what the load restores after it', async () => {
    const { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } = await import('@aws-sdk/client-sqs');
    const { DescribeParametersCommand, PutParameterCommand, SSMClient } = await import('@aws-sdk/client-ssm');
    const sqs = new SQSClient(sdkConfig(moto.endpoint));
    const ssm = new SSMClient(sdkConfig(moto.endpoint));
    const keyId = (await kms.send(new CreateKeyCommand({ Description: 'queue key' }))).KeyMetadata!.KeyId!;
    const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'sealed', Attributes: { KmsMasterKeyId: keyId } }))).QueueUrl!;
    await ssm.send(new PutParameterCommand({ Name: '/sealed/token', Type: 'SecureString', Value: 't', KeyId: keyId }));
    await saveState(moto.endpoint, home, 'references', { services: 'kms,sqs,ssm' });
    await moto.reset();

    await loadState(moto.endpoint, home, 'references');

    const [key] = ((await kms.send(new ListKeysCommand({}))).Keys ?? []).map((k) => k.KeyId!);
    expect(key).not.toBe(keyId);
    const queue = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['KmsMasterKeyId'] }));
    expect(queue.Attributes!.KmsMasterKeyId).toBe(key);
    const [parameter] = (await ssm.send(new DescribeParametersCommand({}))).Parameters!;
    expect(parameter!.KeyId).toBe(key);
    sqs.destroy();
    ssm.destroy();
  });

  it('gives identical layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', only);
    await saveState(moto.endpoint, home, 'same', only);
    const store = options(moto.endpoint, home);
    const first = await inspect('same:1', store);
    const second = await inspect('same:2', store);
    expect(second.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
    expect(first.layers).toHaveLength(2);
  });

  it('updates the key an alias names in place under deep-merge, deleting nothing', async () => {
    const { app } = await seed();
    await saveState(moto.endpoint, home, 'deep', only);
    await kms.send(new UpdateKeyDescriptionCommand({ KeyId: app, Description: 'changed' }));
    await kms.send(new TagResourceCommand({ KeyId: app, Tags: [{ TagKey: 'extra', TagValue: 'x' }] }));
    const other = (await kms.send(new CreateKeyCommand({ Description: 'other' }))).KeyMetadata!.KeyId!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/other', TargetKeyId: other }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    const keys = await liveKeys();
    expect(keys.map((k) => k.Description).sort()).toEqual(['application data', 'other', 'signing']);
    expect((await describeKey('alias/app-data')).KeyId).toBe(app);
    expect(await tags(app)).toHaveLength(2);
    expect((await ownAliases())['alias/other']).toBe(other);
  });

  it('schedules the keys of a region for deletion and drops their aliases when a merge load clears it', async () => {
    await kms.send(new CreateKeyCommand({ Description: 'kept' }));
    await saveState(moto.endpoint, home, 'merge', only);
    const later = (await kms.send(new CreateKeyCommand({ Description: 'later' }))).KeyMetadata!.KeyId!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/later', TargetKeyId: later }));

    await loadState(moto.endpoint, home, 'merge', { strategy: 'merge' });

    expect((await describeKey(later)).KeyState).toBe('PendingDeletion');
    expect(await ownAliases()).toEqual({});
    // The pod's key had the same id as the cleared one: it was taken back from deletion, not recreated.
    expect((await liveKeys()).map((k) => k.Description)).toEqual(['kept']);
  });
});

// Multi-Region replicas are not tested on moto: its replica shares its primary's multi-Region
// configuration, so the primary reads back as a replica once it has one.
describe('grants and external keys', () => {
  it('come back: grants warned of (their ids are drawn), external keys with their origin', async () => {
    const external = (await kms.send(new CreateKeyCommand({ Description: 'imported', Origin: 'EXTERNAL' }))).KeyMetadata!.KeyId!;
    await kms.send(
      new CreateGrantCommand({
        KeyId: external,
        Name: 'reader',
        GranteePrincipal: 'arn:aws:iam::123456789012:role/reader',
        Operations: ['Decrypt', 'Encrypt'],
        Constraints: { EncryptionContextEquals: { team: 'orders' } },
      }),
    );
    const saved = await saveState(moto.endpoint, home, 'kinds', only);
    expect(saved.warnings.map((w) => [w.resource, w.message])).toContainEqual([
      `key ${external}`,
      "its 1 grant(s) come back under ids the instance draws anew: tools that kept the ids, such as Terraform's state, see other grants",
    ]);
    await moto.reset();

    await loadState(moto.endpoint, home, 'kinds');

    const keys = await Promise.all(
      ((await kms.send(new ListKeysCommand({}))).Keys ?? []).map(
        async (k) => (await kms.send(new DescribeKeyCommand({ KeyId: k.KeyId }))).KeyMetadata!,
      ),
    );
    const restoredExternal = keys.find((k) => k.Description === 'imported')!;
    expect(restoredExternal.Origin).toBe('EXTERNAL');
    const grants = (await kms.send(new ListGrantsCommand({ KeyId: restoredExternal.KeyId }))).Grants!;
    expect(grants.map((g) => [g.Name, g.GranteePrincipal, [...g.Operations!].sort(), g.Constraints])).toEqual([
      ['reader', 'arn:aws:iam::123456789012:role/reader', ['Decrypt', 'Encrypt'], { EncryptionContextEquals: { team: 'orders' } }],
    ]);
  });
});
