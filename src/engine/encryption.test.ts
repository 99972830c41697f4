import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, PutObjectCommand, CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engineFor, sdkConfig, tempHome } from '../test-support/engine.js';
import { startMoto, type Moto } from '../test-support/moto.js';
import { NeedsKeyError } from './errors.js';
import { check } from './check.js';
import { copyPod, inspect, versions } from './pods.js';
import { resolveOptions } from './options.js';

const { loadState, saveState } = engineFor('s3,ssm');

const SECRET = 'hunter2-the-db-password';
/** An object body large enough to be a payload blob of its own, holding the secret. */
const BODY = `${SECRET}\n`.repeat(20_000);

let moto: Moto;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
  const ssm = new SSMClient(sdkConfig(moto.endpoint));
  await ssm.send(new PutParameterCommand({ Name: '/db/password', Type: 'SecureString', Value: SECRET }));
  const s3 = new S3Client(sdkConfig(moto.endpoint));
  await s3.send(new CreateBucketCommand({ Bucket: 'vault' }));
  await s3.send(new PutObjectCommand({ Bucket: 'vault', Key: 'big.txt', Body: BODY }));
  await s3.send(new PutObjectCommand({ Bucket: 'vault', Key: 'small.txt', Body: SECRET }));
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Whether the secret is in any file of the store, as it is or once gunzipped. */
function storeShows(secret: string): boolean {
  return filesUnder(join(home, 'store')).some((file) => {
    const bytes = readFileSync(file);
    if (bytes.includes(secret)) return true;
    try {
      return gunzipSync(bytes).includes(secret);
    } catch {
      return false;
    }
  });
}

function storeBytes(): number {
  return filesUnder(join(home, 'store')).reduce((sum, f) => sum + statSync(f).size, 0);
}

const PASSPHRASE = { 'encryption-key': 'correct horse battery staple' };

describe('encrypted pods', () => {
  it('keep no secret readable anywhere in the store, compressed or not, and load back with the passphrase', async () => {
    await saveState(moto.endpoint, home, 'secure', { ...PASSPHRASE, services: 'ssm,s3' });
    expect(storeShows(SECRET)).toBe(false);
    // A plain save of the same state shows it: the search finds what is there.
    await saveState(moto.endpoint, home, 'plain', { services: 'ssm,s3' });
    expect(storeShows(SECRET)).toBe(true);

    await moto.reset();
    await loadState(moto.endpoint, home, 'secure', { ...PASSPHRASE, services: 'ssm,s3' });
    const ssm = new SSMClient(sdkConfig(moto.endpoint));
    expect((await ssm.send(new GetParameterCommand({ Name: '/db/password', WithDecryption: true }))).Parameter?.Value).toBe(SECRET);
    const s3 = new S3Client(sdkConfig(moto.endpoint));
    expect(await (await s3.send(new GetObjectCommand({ Bucket: 'vault', Key: 'big.txt' }))).Body!.transformToString()).toBe(BODY);
  }, 120_000);

  it('store almost nothing for unchanged state saved again with the same key', async () => {
    await saveState(moto.endpoint, home, 'secure', { ...PASSPHRASE, services: 'ssm,s3' });
    const before = storeBytes();
    const again = await saveState(moto.endpoint, home, 'secure', { ...PASSPHRASE, services: 'ssm,s3' });
    expect(again.version).toBe(2);
    expect(storeBytes() - before).toBeLessThan(16 * 1024);
    expect(again.newBytes).toBeLessThan(16 * 1024);
  }, 120_000);

  it('refuse a load without the key, or with another, before the instance is touched, saying who can open it', async () => {
    await saveState(moto.endpoint, home, 'secure', { ...PASSPHRASE, services: 'ssm,s3' });
    await moto.reset();
    await expect(loadState(moto.endpoint, home, 'secure', { services: 'ssm,s3' })).rejects.toThrow(NeedsKeyError);
    await expect(loadState(moto.endpoint, home, 'secure', { services: 'ssm,s3' })).rejects.toThrow(
      /secure:1 in file:.* is encrypted: it opens with its passphrase\. No key was given/,
    );
    await expect(loadState(moto.endpoint, home, 'secure', { 'encryption-key': 'wrong horse', services: 'ssm,s3' })).rejects.toThrow(
      'The key given does not open it',
    );
    const s3 = new S3Client(sdkConfig(moto.endpoint));
    await expect(s3.send(new GetObjectCommand({ Bucket: 'vault', Key: 'small.txt' }))).rejects.toThrow();
  }, 120_000);

  it('open for any of their recipients, and name them to anyone else', async () => {
    const [alice, bob, eve] = await Promise.all([generateX25519Identity(), generateX25519Identity(), generateX25519Identity()]);
    const recipients = [await identityToRecipient(alice), await identityToRecipient(bob)];
    await saveState(moto.endpoint, home, 'team', { recipients: recipients.join(','), services: 'ssm' });
    const keyFile = (identity: string) => {
      const file = join(home, `${identity.slice(-6)}.key`);
      writeFileSync(file, `# an age identity\n${identity}\n`);
      return file;
    };
    await moto.reset();
    await expect(loadState(moto.endpoint, home, 'team', { 'encryption-key-file': keyFile(eve), services: 'ssm' })).rejects.toThrow(
      `it opens with the identity of one of its recipients (${[...recipients].sort().join(', ')})`,
    );
    await loadState(moto.endpoint, home, 'team', { 'encryption-key-file': keyFile(bob), services: 'ssm' });
    const ssm = new SSMClient(sdkConfig(moto.endpoint));
    expect((await ssm.send(new GetParameterCommand({ Name: '/db/password', WithDecryption: true }))).Parameter?.Value).toBe(SECRET);
  }, 120_000);

  it('mix with plain versions in one pod, listed and inspected without the key', async () => {
    await saveState(moto.endpoint, home, 'mixed', { services: 'ssm' });
    await saveState(moto.endpoint, home, 'mixed', { ...PASSPHRASE, services: 'ssm' });
    const options = resolveOptions({}, { LOCALSTACK_PODS_HOME: home });
    expect((await versions('mixed', options)).versions.map((v) => v.version)).toEqual([1, 2]);
    const encrypted = await inspect('mixed:2', options);
    expect(encrypted.layers).toEqual([expect.objectContaining({ service: 'ssm', resources: 1, encrypted: true })]);
    expect(encrypted.encryption).toEqual({ key: expect.stringMatching(/^[0-9a-f]{32}$/), to: 'passphrase' });
    expect((await inspect('mixed:1', options)).encryption).toBeUndefined();
    await moto.reset();
    await loadState(moto.endpoint, home, 'mixed:1', { services: 'ssm' });
  }, 120_000);

  it('are checked and copied without the key, and the copy opens with it', async () => {
    await saveState(moto.endpoint, home, 'copied', { ...PASSPHRASE, services: 'ssm,s3' });
    const options = resolveOptions({}, { LOCALSTACK_PODS_HOME: home });
    const checked = await check(options, { readData: true });
    expect([checked.problems, checked.versions]).toEqual([[], 1]);
    const elsewhere = pathToFileURL(join(home, 'elsewhere')).href;
    expect((await copyPod('copied', 'local', elsewhere, { env: options.env })).versions.map((v) => v.version)).toEqual([1]);
    await moto.reset();
    await loadState(moto.endpoint, home, 'copied', { ...PASSPHRASE, services: 'ssm,s3', remote: elsewhere });
    const ssm = new SSMClient(sdkConfig(moto.endpoint));
    expect((await ssm.send(new GetParameterCommand({ Name: '/db/password', WithDecryption: true }))).Parameter?.Value).toBe(SECRET);
  }, 120_000);
});
