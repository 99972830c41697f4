import * as EC2 from '@aws-sdk/client-ec2';
import { recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { tagResource, tagsOf } from './tags.js';
export const KEY_PAIR = recordKind('key-pair', 'key pair');
export async function keyPairs(ec2) {
    const { KeyPairs } = await ec2.send(new EC2.DescribeKeyPairsCommand({ IncludePublicKey: true }));
    return sortBy(KeyPairs ?? [], (k) => k.KeyName);
}
export function captureKeyPair(context, k) {
    if (!k.PublicKey)
        context.warn(KEY_PAIR.label(k.KeyName), 'the instance does not give its public key: a load makes a new key pair, whose private key nobody holds');
    return { name: k.KeyName, keyType: k.KeyType, publicKey: k.PublicKey?.trim() || undefined, tags: tagsOf(k.Tags) };
}
export async function restoreKeyPair(ec2, k) {
    await unlessMissing(ec2.send(new EC2.DeleteKeyPairCommand({ KeyName: k.name })));
    const made = k.publicKey
        ? await ec2.send(new EC2.ImportKeyPairCommand({ KeyName: k.name, PublicKeyMaterial: Buffer.from(k.publicKey) }))
        : await ec2.send(new EC2.CreateKeyPairCommand({ KeyName: k.name, KeyType: k.keyType }));
    await tagResource(ec2, made.KeyPairId, k.tags);
}
export async function deleteKeyPair(ec2, KeyName) {
    await unlessMissing(ec2.send(new EC2.DeleteKeyPairCommand({ KeyName })));
}
