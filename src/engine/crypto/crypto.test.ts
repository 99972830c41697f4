import { gzipSync } from 'node:zlib';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { CorruptPodError, UsageError } from '../errors.js';
import { DataKey, isEncrypted } from './blob-cipher.js';
import { newDataKey, openDataKey, sealDataKey } from './envelope.js';
import { keyRingOf, parseRecipients } from './keys.js';

const SECRET = 'hunter2-the-db-password';
const layer = gzipSync(Buffer.from(`{"type":"parameter","id":"/db/password","data":{"value":"${SECRET}"}}\n`));

describe('blob encryption', () => {
  it('gives the same blob for the same plaintext, key and place, and another for any other', () => {
    const key = newDataKey();
    const blob = key.encrypt(layer, 'ssm/000000000000/us-east-1');
    expect(key.encrypt(layer, 'ssm/000000000000/us-east-1').equals(blob)).toBe(true);
    expect(key.encrypt(layer, 'ssm/000000000000/eu-west-1').equals(blob)).toBe(false);
    expect(newDataKey().encrypt(layer, 'ssm/000000000000/us-east-1').equals(blob)).toBe(false);
    expect(isEncrypted(blob)).toBe(true);
    expect(isEncrypted(layer)).toBe(false);
    expect(key.decrypt(blob, 'ssm/000000000000/us-east-1').equals(layer)).toBe(true);
  });

  it('shows nothing of the plaintext, compressed or not', () => {
    const key = newDataKey();
    for (const plain of [layer, Buffer.from(SECRET.repeat(50))]) {
      const blob = key.encrypt(plain, 'payload');
      expect(blob.includes(SECRET)).toBe(false);
      expect(blob.includes(plain.subarray(0, 16))).toBe(false);
    }
  });

  it('refuses a wrong key, a cut blob, a changed byte, a blob of another place, and a plain blob', () => {
    const key = newDataKey();
    const blob = key.encrypt(layer, 'ssm/000000000000/us-east-1');
    const changed = Buffer.from(blob);
    changed.writeUInt8(changed.readUInt8(changed.length - 20) ^ 1, changed.length - 20);
    const cases: [DataKey, Buffer, string][] = [
      [newDataKey(), blob, 'ssm/000000000000/us-east-1'],
      [key, blob.subarray(0, blob.length - 1), 'ssm/000000000000/us-east-1'],
      [key, blob.subarray(0, 14), 'ssm/000000000000/us-east-1'],
      [key, changed, 'ssm/000000000000/us-east-1'],
      [key, blob, 'ssm/000000000000/eu-west-1'],
      [key, layer, 'ssm/000000000000/us-east-1'],
    ];
    for (const [k, b, context] of cases) expect(() => k.decrypt(b, context)).toThrow(CorruptPodError);
  });

  it('names keys by an id that tells them apart, and keys digests so they reveal no plaintext', () => {
    const key = newDataKey();
    const same = new DataKey(key.bytes);
    expect(same.id).toBe(key.id);
    expect(same.is(key.id)).toBe(true);
    expect(newDataKey().is(key.id)).toBe(false);
    expect(same.keyedDigest('sha256:abc')).toBe(key.keyedDigest('sha256:abc'));
    expect(newDataKey().keyedDigest('sha256:abc')).not.toBe(key.keyedDigest('sha256:abc'));
  });
});

describe('the data key envelope', () => {
  it('opens with the passphrase it was sealed with, and with nothing else', async () => {
    const key = newDataKey();
    const envelope = await sealDataKey(key, { passphrase: 'correct horse battery staple' });
    expect(envelope.includes(Buffer.from(key.bytes))).toBe(false);
    expect((await openDataKey(envelope, { passphrases: ['correct horse battery staple'], identities: [] }))?.id).toBe(key.id);
    expect(await openDataKey(envelope, { passphrases: ['wrong horse'], identities: [] })).toBeUndefined();
    expect(await openDataKey(envelope, { passphrases: [], identities: [] })).toBeUndefined();
  }, 30_000);

  it('opens for any of its recipients, and for nobody else', async () => {
    const [alice, bob, eve] = await Promise.all([generateX25519Identity(), generateX25519Identity(), generateX25519Identity()]);
    const key = newDataKey();
    const envelope = await sealDataKey(key, { recipients: [await identityToRecipient(alice), await identityToRecipient(bob)] });
    for (const identity of [alice, bob]) expect((await openDataKey(envelope, { passphrases: [], identities: [identity] }))?.id).toBe(key.id);
    expect(await openDataKey(envelope, { passphrases: [], identities: [eve] })).toBeUndefined();
  });

  it('takes recipients and key files as age writes them, and says what is wrong otherwise', async () => {
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    expect(parseRecipients([recipient, recipient])).toEqual([recipient]);
    expect(() => parseRecipients(['age1nope'])).toThrow(UsageError);
    expect(() => parseRecipients(['age1nope'])).toThrow('Invalid recipient(s) age1nope');
    expect(keyRingOf(`# created by age-keygen\n${identity}\n`)).toEqual({ passphrases: [], identities: [identity] });
    expect(keyRingOf('a long passphrase\n')).toEqual({ passphrases: ['a long passphrase'], identities: [] });
    expect(() => keyRingOf('\n')).toThrow('The encryption key is empty');
  });
});
