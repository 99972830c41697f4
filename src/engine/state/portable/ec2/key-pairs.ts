import * as EC2 from '@aws-sdk/client-ec2';
import type { ServiceContext } from '../../module.js';
import { recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { tagResource, tagsOf, type Tag } from './tags.js';

/**
 * Key pairs, by name. The public key is kept and imported again, so the private key its owner
 * holds still fits; where the instance does not give the public key, a load makes a new pair.
 */

export type KeyPairData = { name: string; keyType?: string; publicKey?: string; tags?: Tag[] };

export const KEY_PAIR = recordKind<KeyPairData>('key-pair', 'key pair');

export async function keyPairs(ec2: EC2.EC2Client): Promise<EC2.KeyPairInfo[]> {
  const { KeyPairs } = await ec2.send(new EC2.DescribeKeyPairsCommand({ IncludePublicKey: true }));
  return sortBy(KeyPairs ?? [], (k) => k.KeyName!);
}

export function captureKeyPair(context: ServiceContext, k: EC2.KeyPairInfo): KeyPairData {
  if (!k.PublicKey)
    context.warn(
      KEY_PAIR.label(k.KeyName!),
      'the instance does not give its public key: a load makes a new key pair, whose private key nobody holds',
    );
  return { name: k.KeyName!, keyType: k.KeyType, publicKey: k.PublicKey?.trim() || undefined, tags: tagsOf(k.Tags) };
}

export async function restoreKeyPair(ec2: EC2.EC2Client, k: KeyPairData): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteKeyPairCommand({ KeyName: k.name })));
  const made = k.publicKey
    ? await ec2.send(new EC2.ImportKeyPairCommand({ KeyName: k.name, PublicKeyMaterial: Buffer.from(k.publicKey) }))
    : await ec2.send(new EC2.CreateKeyPairCommand({ KeyName: k.name, KeyType: k.keyType as EC2.KeyType | undefined }));
  await tagResource(ec2, made.KeyPairId!, k.tags);
}

export async function deleteKeyPair(ec2: EC2.EC2Client, KeyName: string): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteKeyPairCommand({ KeyName })));
}
