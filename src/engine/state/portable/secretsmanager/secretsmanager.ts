import {
  CreateSecretCommand,
  DeleteResourcePolicyCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  paginateListSecrets,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  RestoreSecretCommand,
  SecretsManagerClient,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSecretCommand,
  type SecretListEntry,
  type Tag,
} from '@aws-sdk/client-secrets-manager';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { byGroup, type CapturedRecord, type PodRecord, type ServiceContext, type ServiceModule } from '../../module.js';
import { awsErrorName, unlessMissing } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';

/** Secrets read, or written, at once. */
const CONCURRENCY = 8;

/** Moto (and LocalStack, which runs moto's secrets) end a new secret's ARN with this tag's value. */
const CUSTOM_ID_TAG = '_custom_id_';

interface SecretData {
  name: string;
  /** The six random characters ending the ARN. */
  arnSuffix?: string;
  description?: string;
  kmsKeyId?: string;
  tags?: Tag[];
  policy?: string;
  secretString?: string;
  /** Base64. */
  secretBinary?: string;
}

function sortTags(tags: Tag[] | undefined): Tag[] | undefined {
  if (!tags || tags.length === 0) return undefined;
  return [...tags].sort((a, b) => (a.Key! < b.Key! ? -1 : a.Key! > b.Key! ? 1 : 0));
}

function arnSuffix(arn: string, name: string): string | undefined {
  const tail = arn.slice(arn.lastIndexOf(':secret:') + ':secret:'.length);
  return tail.startsWith(`${name}-`) ? tail.slice(name.length + 1) : undefined;
}

/** Secrets scheduled for deletion are left out: they are on their way out. */
async function secrets(sm: SecretsManagerClient, includePlannedDeletion = false): Promise<SecretListEntry[]> {
  const found: SecretListEntry[] = [];
  for await (const page of paginateListSecrets({ client: sm }, { IncludePlannedDeletion: includePlannedDeletion })) {
    for (const s of page.SecretList ?? []) if (includePlannedDeletion || !s.DeletedDate) found.push(s);
  }
  return found.sort((a, b) => (a.Name! < b.Name! ? -1 : a.Name! > b.Name! ? 1 : 0));
}

async function captureSecret(sm: SecretsManagerClient, s: SecretListEntry): Promise<SecretData> {
  const SecretId = s.ARN!;
  const [value, policy] = await Promise.all([
    // A secret created without a value has no AWSCURRENT version.
    unlessMissing(sm.send(new GetSecretValueCommand({ SecretId })), ['ResourceNotFoundException']),
    sm.send(new GetResourcePolicyCommand({ SecretId })),
  ]);
  return {
    name: s.Name!,
    arnSuffix: arnSuffix(s.ARN!, s.Name!),
    description: s.Description || undefined,
    kmsKeyId: s.KmsKeyId,
    tags: sortTags(s.Tags),
    policy: policy.ResourcePolicy,
    secretString: value?.SecretString,
    secretBinary: value?.SecretBinary ? Buffer.from(value.SecretBinary).toString('base64') : undefined,
  };
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const sm = new SecretsManagerClient(context.config(region));
    try {
      for await (const secret of mapOrdered(await secrets(sm), CONCURRENCY, (s) => captureSecret(sm, s))) {
        yield { region, type: 'secret', id: secret.name, data: secret as unknown as Record<string, unknown> };
        context.progress(`secretsmanager secret ${secret.name}`);
      }
    } finally {
      sm.destroy();
    }
  }
}

async function hasSecrets(context: ServiceContext, region: string): Promise<boolean> {
  const sm = new SecretsManagerClient(context.config(region));
  try {
    return ((await sm.send(new ListSecretsCommand({ MaxResults: 1 }))).SecretList ?? []).length > 0;
  } finally {
    sm.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasSecrets);
}

/** Deletes the secrets of one region, or those of them named in `only`. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const sm = new SecretsManagerClient(context.config(region));
  try {
    const doomed = (await secrets(sm, true)).filter((s) => !only || only.has(s.Name!));
    await forEachLimit(doomed, CONCURRENCY, async (s) => {
      await sm.send(new DeleteSecretCommand({ SecretId: s.ARN!, ForceDeleteWithoutRecovery: true }));
    });
  } finally {
    sm.destroy();
  }
}

function value(s: SecretData): { SecretString?: string; SecretBinary?: Uint8Array } {
  if (s.secretBinary !== undefined) return { SecretBinary: Buffer.from(s.secretBinary, 'base64') };
  if (s.secretString !== undefined) return { SecretString: s.secretString };
  return {};
}

/** False when a secret of that name exists already. */
async function createSecret(sm: SecretsManagerClient, s: SecretData): Promise<boolean> {
  const tags = s.tags ?? [];
  const addId = s.arnSuffix !== undefined && !tags.some((t) => t.Key === CUSTOM_ID_TAG);
  try {
    await sm.send(
      new CreateSecretCommand({
        Name: s.name,
        Description: s.description,
        KmsKeyId: s.kmsKeyId,
        ...value(s),
        Tags: addId ? [...tags, { Key: CUSTOM_ID_TAG, Value: s.arnSuffix }] : s.tags,
      }),
    );
  } catch (error) {
    // AWS answers InvalidRequestException for a name scheduled for deletion, moto ResourceExistsException.
    if (['ResourceExistsException', 'InvalidRequestException'].includes(awsErrorName(error))) return false;
    throw error;
  }
  // The id tag only steers creation; it would otherwise stay on the secret as a user tag.
  if (addId) await sm.send(new UntagResourceCommand({ SecretId: s.name, TagKeys: [CUSTOM_ID_TAG] }));
  if (s.policy) await sm.send(new PutResourcePolicyCommand({ SecretId: s.name, ResourcePolicy: s.policy }));
  return true;
}

/** Overwrites a secret that exists, taking it back first if it is scheduled for deletion. */
async function updateSecret(sm: SecretsManagerClient, s: SecretData): Promise<void> {
  const SecretId = s.name;
  const current = await sm.send(new DescribeSecretCommand({ SecretId }));
  if (current.DeletedDate) await sm.send(new RestoreSecretCommand({ SecretId }));
  await sm.send(new UpdateSecretCommand({ SecretId, Description: s.description ?? '', KmsKeyId: s.kmsKeyId }));
  const secretValue = value(s);
  if (Object.keys(secretValue).length > 0) await sm.send(new PutSecretValueCommand({ SecretId, ...secretValue }));
  const wanted = new Set((s.tags ?? []).map((t) => t.Key));
  const extra = (current.Tags ?? []).map((t) => t.Key!).filter((k) => !wanted.has(k));
  if (extra.length > 0) await sm.send(new UntagResourceCommand({ SecretId, TagKeys: extra }));
  if (s.tags) await sm.send(new TagResourceCommand({ SecretId, Tags: s.tags }));
  if (s.policy) await sm.send(new PutResourcePolicyCommand({ SecretId, ResourcePolicy: s.policy }));
  else await sm.send(new DeleteResourcePolicyCommand({ SecretId }));
}

async function restoreSecret(sm: SecretsManagerClient, s: SecretData): Promise<void> {
  if (!(await createSecret(sm, s))) await updateSecret(sm, s);
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const sm = new SecretsManagerClient(context.config(region));
  try {
    await forEachLimit(records, CONCURRENCY, async (record) => {
      try {
        await restoreSecret(sm, record.data as unknown as SecretData);
        context.progress(`secretsmanager secret ${record.id}`);
      } catch (error) {
        context.fail(`secret ${record.id}`, error);
      }
    });
  } finally {
    sm.destroy();
  }
}

/** Secrets Manager: secrets with their current value, description, KMS key, tags and resource policy. */
export const secretsmanager: ServiceModule = {
  name: 'secretsmanager',
  dependsOn: ['kms'],
  capture,
  regionsWithState,
  clear,
  // A secret is a group of its own, by name.
  partial: { select: byGroup((record) => record.id), clear },
  restore,
  requests: {
    targetPrefix: 'secretsmanager',
    // Secrets, by name: `SecretId` may be the ARN, which ends in `-` and six random characters.
    groups: ({ body }) => [
      (body?.SecretId ?? body?.Name)?.toString().replace(/^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:(.+)-[A-Za-z0-9]{6}$/, '$1'),
    ],
  },
};
