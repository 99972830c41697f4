import * as SecretsManager from '@aws-sdk/client-secrets-manager';
import { all, clientConfig, keyed, parsed, read, type DumpTarget, type Json } from './read.js';

/** Every secret by name: DescribeSecret, its current value, its versions and resource policy. */
export async function dumpSecretsManager(target: DumpTarget, region: string): Promise<Json> {
  const sm = new SecretsManager.SecretsManagerClient(clientConfig(target, region));
  const secrets = await all<SecretsManager.SecretListEntry>(
    (NextToken) => sm.send(new SecretsManager.ListSecretsCommand({ NextToken, IncludePlannedDeletion: true })),
    'SecretList',
    'NextToken',
  );
  return keyed(
    secrets,
    (s) => s.Name!,
    async ({ ARN: SecretId }) => {
      const policy = (await read(sm, new SecretsManager.GetResourcePolicyCommand({ SecretId }))) as any;
      return {
        described: await read(sm, new SecretsManager.DescribeSecretCommand({ SecretId })),
        value: await read(sm, new SecretsManager.GetSecretValueCommand({ SecretId })),
        versions: ((await read(sm, new SecretsManager.ListSecretVersionIdsCommand({ SecretId, IncludeDeprecated: true }))) as any).Versions ?? null,
        policy: policy.ResourcePolicy ? parsed(policy.ResourcePolicy) : (policy.error ?? null),
      };
    },
  );
}
