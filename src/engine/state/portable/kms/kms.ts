import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  paginateListResourceTags,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  type KeyMetadata,
  type KeySpec,
  type KeyUsageType,
  type Tag,
} from '@aws-sdk/client-kms';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName, unlessMissing } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';

/** Keys described, or restored, at once. */
const KEY_CONCURRENCY = 8;

/** LocalStack gives a new key the id in this tag; moto ignores it and draws a new id. */
const CUSTOM_ID_TAG = '_custom_id_';

const NOT_FOUND = ['NotFoundException'];

interface KeyData {
  keyId: string;
  description?: string;
  /** Absent where moto was not told one at creation: its default, ENCRYPT_DECRYPT. */
  keyUsage?: string;
  keySpec: string;
  multiRegion?: boolean;
  policy?: string;
  rotation?: boolean;
  enabled: boolean;
  tags?: Tag[];
  aliases?: string[];
}

function usage(keyUsage: string | undefined): string {
  return keyUsage ?? 'ENCRYPT_DECRYPT';
}

function isAwsAlias(name: string): boolean {
  return name.startsWith('alias/aws/');
}

/** A key the account made itself, in a state that can be captured or cleared. */
function isLiveCustomerKey(key: KeyMetadata | undefined): key is KeyMetadata {
  return key?.KeyManager === 'CUSTOMER' && (key.KeyState === 'Enabled' || key.KeyState === 'Disabled');
}

function sortTags(tags: Tag[]): Tag[] | undefined {
  if (tags.length === 0) return undefined;
  return [...tags].sort((a, b) => (a.TagKey! < b.TagKey! ? -1 : a.TagKey! > b.TagKey! ? 1 : 0));
}

async function describe(kms: KMSClient, keyId: string): Promise<KeyMetadata | undefined> {
  return (await unlessMissing(kms.send(new DescribeKeyCommand({ KeyId: keyId })), NOT_FOUND))?.KeyMetadata;
}

async function keyIds(kms: KMSClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListKeys({ client: kms }, {})) {
    for (const k of page.Keys ?? []) ids.push(k.KeyId!);
  }
  return ids.sort();
}

async function tagsOf(kms: KMSClient, keyId: string): Promise<Tag[]> {
  const tags: Tag[] = [];
  for await (const page of paginateListResourceTags({ client: kms }, { KeyId: keyId })) tags.push(...(page.Tags ?? []));
  return tags;
}

/** The account's own aliases by the key they name; `alias/aws/*` belong to AWS-managed keys. */
async function aliasesByKey(kms: KMSClient): Promise<Map<string, string[]>> {
  const byKey = new Map<string, string[]>();
  for await (const page of paginateListAliases({ client: kms }, {})) {
    for (const a of page.Aliases ?? []) {
      if (!a.TargetKeyId || isAwsAlias(a.AliasName!)) continue;
      byKey.set(a.TargetKeyId, [...(byKey.get(a.TargetKeyId) ?? []), a.AliasName!]);
    }
  }
  return byKey;
}

/**
 * Undefined for keys that cannot be recreated: AWS-managed ones, keys pending deletion or import,
 * keys with imported or external material, and multi-Region replicas (their primary holds them).
 */
async function captureKey(kms: KMSClient, keyId: string, aliases: string[] | undefined): Promise<KeyData | undefined> {
  const key = await describe(kms, keyId);
  if (!isLiveCustomerKey(key) || key.Origin !== 'AWS_KMS') return undefined;
  if (key.MultiRegionConfiguration?.MultiRegionKeyType === 'REPLICA') return undefined;
  const symmetric = key.KeySpec === 'SYMMETRIC_DEFAULT';
  const [policy, tags, rotation] = await Promise.all([
    kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })),
    tagsOf(kms, keyId),
    // Only symmetric keys rotate; asking of any other key is an error.
    symmetric
      ? unlessMissing(kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId })), ['UnsupportedOperationException'])
      : undefined,
  ]);
  return {
    keyId,
    description: key.Description || undefined,
    keyUsage: key.KeyUsage,
    keySpec: key.KeySpec!,
    multiRegion: key.MultiRegion || undefined,
    policy: policy.Policy,
    rotation: rotation?.KeyRotationEnabled,
    enabled: key.KeyState === 'Enabled',
    tags: sortTags(tags),
    aliases: aliases && aliases.length > 0 ? [...aliases].sort() : undefined,
  };
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const kms = new KMSClient(context.config(region));
    try {
      const aliases = await aliasesByKey(kms);
      const keys = mapOrdered(await keyIds(kms), KEY_CONCURRENCY, (id) => captureKey(kms, id, aliases.get(id)));
      for await (const key of keys) {
        if (!key) continue;
        yield { region, type: 'key', id: key.keyId, data: key as unknown as Record<string, unknown> };
        context.progress(`kms key ${key.keyId}`);
      }
    } finally {
      kms.destroy();
    }
  }
}

async function hasCustomerKey(context: ServiceContext, region: string): Promise<boolean> {
  const kms = new KMSClient(context.config(region));
  try {
    for (const id of await keyIds(kms)) {
      if (isLiveCustomerKey(await describe(kms, id))) return true;
    }
    return false;
  } finally {
    kms.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasCustomerKey);
}

/** KMS never deletes a key at once: keys are scheduled for deletion after the shortest window. */
async function clear(context: ServiceContext, region: string): Promise<void> {
  const kms = new KMSClient(context.config(region));
  try {
    for (const aliases of (await aliasesByKey(kms)).values()) {
      for (const AliasName of aliases) await kms.send(new DeleteAliasCommand({ AliasName }));
    }
    await forEachLimit(await keyIds(kms), KEY_CONCURRENCY, async (id) => {
      if (!isLiveCustomerKey(await describe(kms, id))) return;
      await kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 7 }));
    });
  } finally {
    kms.destroy();
  }
}

/**
 * The customer key the record stands for, if the region has it: the key with the same id (taken
 * back from pending deletion), else the key one of its aliases names, if it is of the same kind.
 */
async function existingKey(kms: KMSClient, key: KeyData): Promise<string | undefined> {
  const same = await describe(kms, key.keyId);
  if (same?.KeyManager === 'CUSTOMER') {
    if (same.KeyState === 'PendingDeletion') await kms.send(new CancelKeyDeletionCommand({ KeyId: key.keyId }));
    return same.KeyId;
  }
  for (const alias of key.aliases ?? []) {
    const named = await describe(kms, alias);
    if (isLiveCustomerKey(named) && named.KeySpec === key.keySpec && usage(named.KeyUsage) === usage(key.keyUsage)) {
      return named.KeyId;
    }
  }
  return undefined;
}

async function createKey(kms: KMSClient, key: KeyData): Promise<string> {
  const tags = key.tags ?? [];
  const addId = !tags.some((t) => t.TagKey === CUSTOM_ID_TAG);
  const created = await kms.send(
    new CreateKeyCommand({
      Description: key.description,
      KeyUsage: key.keyUsage as KeyUsageType,
      KeySpec: key.keySpec as KeySpec,
      MultiRegion: key.multiRegion,
      Policy: key.policy,
      Tags: addId ? [...tags, { TagKey: CUSTOM_ID_TAG, TagValue: key.keyId }] : tags,
    }),
  );
  const keyId = created.KeyMetadata!.KeyId!;
  // The id tag only steers creation; LocalStack and moto would otherwise keep it as a user tag.
  if (addId) await kms.send(new UntagResourceCommand({ KeyId: keyId, TagKeys: [CUSTOM_ID_TAG] }));
  return keyId;
}

async function updateKey(kms: KMSClient, keyId: string, key: KeyData): Promise<void> {
  await kms.send(new UpdateKeyDescriptionCommand({ KeyId: keyId, Description: key.description ?? '' }));
  if (key.policy) await kms.send(new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: key.policy }));
  const wanted = new Set((key.tags ?? []).map((t) => t.TagKey));
  const extra = (await tagsOf(kms, keyId)).map((t) => t.TagKey!).filter((k) => !wanted.has(k));
  if (extra.length > 0) await kms.send(new UntagResourceCommand({ KeyId: keyId, TagKeys: extra }));
  if (key.tags) await kms.send(new TagResourceCommand({ KeyId: keyId, Tags: key.tags }));
}

async function restoreKey(kms: KMSClient, key: KeyData): Promise<void> {
  const existing = await existingKey(kms, key);
  const KeyId = existing ?? (await createKey(kms, key));
  if (existing) {
    await updateKey(kms, KeyId, key);
    // Rotation and aliases can only change on an enabled key.
    await kms.send(new EnableKeyCommand({ KeyId }));
  }
  if (key.rotation !== undefined) {
    await kms.send(key.rotation ? new EnableKeyRotationCommand({ KeyId }) : new DisableKeyRotationCommand({ KeyId }));
  }
  for (const AliasName of key.aliases ?? []) {
    try {
      await kms.send(new CreateAliasCommand({ AliasName, TargetKeyId: KeyId }));
    } catch (error) {
      if (awsErrorName(error) !== 'AlreadyExistsException') throw error;
      await kms.send(new UpdateAliasCommand({ AliasName, TargetKeyId: KeyId }));
    }
  }
  if (!key.enabled) await kms.send(new DisableKeyCommand({ KeyId }));
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const kms = new KMSClient(context.config(region));
  try {
    await forEachLimit(records, KEY_CONCURRENCY, async (record) => {
      try {
        await restoreKey(kms, record.data as unknown as KeyData);
        context.progress(`kms key ${record.id}`);
      } catch (error) {
        context.fail(`key ${record.id}`, error);
      }
    });
  } finally {
    kms.destroy();
  }
}

/** KMS: customer-managed keys (description, usage, spec, policy, rotation, enabled state, tags, aliases); never key material. */
export const kms: ServiceModule = {
  name: 'kms',
  dependsOn: [],
  capture,
  regionsWithState,
  clear,
  restore,
};
