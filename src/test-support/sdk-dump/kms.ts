import * as KMS from '@aws-sdk/client-kms';
import { all, clientConfig, keyed, parsed, read, tagObject, type DumpTarget, type Json } from './read.js';

/**
 * Every key, named by its aliases (or its description when it has none: moto draws a restored
 * key's id), with DescribeKey, its default policy, rotation and tags. `ids` gets each key's
 * id and ARN with that name, so the whole dump can name keys the same way.
 */
export async function dumpKms(target: DumpTarget, region: string, ids: Map<string, string>): Promise<Json> {
  const kms = new KMS.KMSClient(clientConfig(target, region));
  const keys = await all<KMS.KeyListEntry>((Marker) => kms.send(new KMS.ListKeysCommand({ Marker })), 'Keys', 'NextMarker');
  const aliases = await all<KMS.AliasListEntry>((Marker) => kms.send(new KMS.ListAliasesCommand({ Marker })), 'Aliases', 'NextMarker');
  const dumped = await Promise.all(
    keys.map(async ({ KeyId, KeyArn }) => {
      const metadata = ((await read(kms, new KMS.DescribeKeyCommand({ KeyId }))) as any).KeyMetadata ?? {};
      const names = aliases
        .filter((a) => a.TargetKeyId === KeyId)
        .map((a) => a.AliasName!)
        .sort();
      const name = `key ${names.length ? names.join(' ') : `"${metadata.Description ?? ''}"`} in ${region}`;
      ids.set(KeyArn!, `<${name}>`);
      ids.set(KeyId!, `<${name}>`);
      return {
        name,
        dump: {
          metadata,
          aliases: names,
          policy: parsed(((await read(kms, new KMS.GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))) as any).Policy),
          rotation: await read(kms, new KMS.GetKeyRotationStatusCommand({ KeyId })),
          tags: tagObject(((await read(kms, new KMS.ListResourceTagsCommand({ KeyId }))) as any).Tags),
        },
      };
    }),
  );
  return keyed(
    dumped,
    (k) => k.name,
    (k) => k.dump,
  );
}
