import * as KMS from '@aws-sdk/client-kms';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { clientOf, collect, createOrUpdate, eachRegion, nonEmpty, on, recordKind, regionsWhere, replaceTags, restoreRecords, sortBy, sortedTags, unlessMissing, } from '../kit/index.js';
const client = clientOf(KMS.KMSClient);
/** Keys described, or restored, at once. */
const KEY_CONCURRENCY = 8;
/** LocalStack gives a new key the id in this tag; moto ignores it and draws a new id. */
const CUSTOM_ID_TAG = '_custom_id_';
const KEY = recordKind('key');
function usage(keyUsage) {
    return keyUsage ?? 'ENCRYPT_DECRYPT';
}
function isAwsAlias(name) {
    return name.startsWith('alias/aws/');
}
/** A key the account made itself, in a state that can be captured or cleared (an external key may await its material). */
function isLiveCustomerKey(key) {
    return key?.KeyManager === 'CUSTOMER' && ['Enabled', 'Disabled', 'PendingImport'].includes(key.KeyState);
}
async function describe(kms, keyId) {
    return (await unlessMissing(kms.send(new KMS.DescribeKeyCommand({ KeyId: keyId }))))?.KeyMetadata;
}
async function keyIds(kms) {
    return (await collect(KMS.paginateListKeys({ client: kms }, {}), (page) => page.Keys)).map((k) => k.KeyId).sort();
}
async function tagsOf(kms, keyId) {
    return collect(KMS.paginateListResourceTags({ client: kms }, { KeyId: keyId }), (page) => page.Tags);
}
/** The account's own aliases by the key they name; `alias/aws/*` belong to AWS-managed keys. */
async function aliasesByKey(kms) {
    const byKey = new Map();
    for await (const page of KMS.paginateListAliases({ client: kms }, {})) {
        for (const a of page.Aliases ?? []) {
            if (!a.TargetKeyId || isAwsAlias(a.AliasName))
                continue;
            byKey.set(a.TargetKeyId, [...(byKey.get(a.TargetKeyId) ?? []), a.AliasName]);
        }
    }
    return byKey;
}
async function policyOf(kms, KeyId) {
    return (await kms.send(new KMS.GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))).Policy;
}
/** A key's grants, in a stable order; the instance draws their ids, so they are not kept. */
async function grantsOf(kms, KeyId) {
    const grants = await collect(KMS.paginateListGrants({ client: kms }, { KeyId }), (page) => page.Grants);
    return sortBy(grants.map((g) => ({
        name: g.Name || undefined,
        granteePrincipal: g.GranteePrincipal,
        retiringPrincipal: g.RetiringPrincipal || undefined,
        operations: [...(g.Operations ?? [])].sort(),
        constraints: g.Constraints,
    })), (g) => `${g.name ?? ''} ${g.granteePrincipal}`);
}
/** The replicas of a multi-Region primary key, each read in its own region. */
async function replicasOf(context, key) {
    const regions = (key.MultiRegionConfiguration?.ReplicaKeys ?? []).map((r) => r.Region).sort();
    return Promise.all(regions.map(async (region) => {
        const replicaKms = client(context, region);
        const [replica, policy, tags] = await Promise.all([
            describe(replicaKms, key.KeyId),
            policyOf(replicaKms, key.KeyId),
            tagsOf(replicaKms, key.KeyId),
        ]);
        return {
            region,
            description: replica?.Description || undefined,
            policy,
            enabled: replica?.KeyState === 'Enabled',
            tags: sortedTags(tags, (t) => t.TagKey),
        };
    }));
}
/**
 * Undefined for keys that cannot be recreated: AWS-managed ones, keys pending deletion, keys in
 * a custom key store, and multi-Region replicas (their primary holds them). An external key's
 * material cannot be read: it comes back awaiting an import.
 */
async function captureKey(context, region, keyId, aliases) {
    const kms = client(context, region);
    const key = await describe(kms, keyId);
    if (!isLiveCustomerKey(key) || (key.Origin !== 'AWS_KMS' && key.Origin !== 'EXTERNAL'))
        return undefined;
    if (key.MultiRegionConfiguration?.MultiRegionKeyType === 'REPLICA')
        return undefined;
    const symmetric = key.KeySpec === 'SYMMETRIC_DEFAULT' && key.Origin === 'AWS_KMS';
    const [policy, tags, rotation, replicas, grants] = await Promise.all([
        policyOf(kms, keyId),
        tagsOf(kms, keyId),
        // Only symmetric keys of KMS's own material rotate; asking of any other key is an error.
        symmetric ? unlessMissing(kms.send(new KMS.GetKeyRotationStatusCommand({ KeyId: keyId })), ['UnsupportedOperationException']) : undefined,
        replicasOf(context, key),
        grantsOf(kms, keyId),
    ]);
    if (key.Origin === 'EXTERNAL' && key.KeyState !== 'PendingImport') {
        context.warn(KEY.label(keyId), 'its imported key material cannot be read: the restored key awaits an import (PendingImport)');
    }
    if (grants.length > 0) {
        context.warn(KEY.label(keyId), `its ${grants.length} grant(s) come back under ids the instance draws anew: tools that kept the ids, such as Terraform's state, see other grants`);
    }
    return {
        keyId,
        description: key.Description || undefined,
        keyUsage: key.KeyUsage,
        keySpec: key.KeySpec,
        multiRegion: key.MultiRegion || undefined,
        policy,
        rotation: rotation?.KeyRotationEnabled,
        enabled: key.KeyState === 'Enabled',
        tags: sortedTags(tags, (t) => t.TagKey),
        aliases: aliases && aliases.length > 0 ? [...aliases].sort() : undefined,
        origin: key.Origin === 'EXTERNAL' ? key.Origin : undefined,
        replicas: nonEmpty(replicas),
        grants: nonEmpty(grants),
    };
}
const capture = eachRegion(async function* (context, region) {
    const kms = client(context, region);
    const aliases = await aliasesByKey(kms);
    for await (const key of mapOrdered(await keyIds(kms), KEY_CONCURRENCY, (id) => captureKey(context, region, id, aliases.get(id)))) {
        if (key)
            yield KEY.record(region, key.keyId, key);
    }
});
const regionsWithState = regionsWhere(async (context, region) => {
    const kms = client(context, region);
    for (const id of await keyIds(kms)) {
        if (isLiveCustomerKey(await describe(kms, id)))
            return true;
    }
    return false;
});
/** KMS never deletes a key at once: keys are scheduled for deletion after the shortest window. */
async function clear(context, region) {
    const kms = client(context, region);
    for (const aliases of (await aliasesByKey(kms)).values()) {
        for (const AliasName of aliases)
            await kms.send(new KMS.DeleteAliasCommand({ AliasName }));
    }
    await forEachLimit(await keyIds(kms), KEY_CONCURRENCY, async (id) => {
        if (!isLiveCustomerKey(await describe(kms, id)))
            return;
        await kms.send(new KMS.ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 7 }));
    });
}
/**
 * The customer key the record stands for, if the region has it: the key with the same id (taken
 * back from pending deletion), else the key one of its aliases names, if it is of the same kind.
 */
async function existingKey(kms, key) {
    const same = await describe(kms, key.keyId);
    if (same?.KeyManager === 'CUSTOMER') {
        if (same.KeyState === 'PendingDeletion')
            await kms.send(new KMS.CancelKeyDeletionCommand({ KeyId: key.keyId }));
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
async function createKey(kms, key) {
    const tags = key.tags ?? [];
    const addId = !tags.some((t) => t.TagKey === CUSTOM_ID_TAG);
    const created = await kms.send(new KMS.CreateKeyCommand({
        Description: key.description,
        KeyUsage: key.keyUsage,
        KeySpec: key.keySpec,
        MultiRegion: key.multiRegion,
        Origin: key.origin,
        Policy: key.policy,
        Tags: addId ? [...tags, { TagKey: CUSTOM_ID_TAG, TagValue: key.keyId }] : tags,
    }));
    const keyId = created.KeyMetadata.KeyId;
    // The id tag only steers creation; LocalStack and moto would otherwise keep it as a user tag.
    if (addId)
        await kms.send(new KMS.UntagResourceCommand({ KeyId: keyId, TagKeys: [CUSTOM_ID_TAG] }));
    return keyId;
}
async function updateKey(kms, keyId, key) {
    await kms.send(new KMS.UpdateKeyDescriptionCommand({ KeyId: keyId, Description: key.description ?? '' }));
    if (key.policy)
        await kms.send(new KMS.PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: key.policy }));
    await replaceTags((await tagsOf(kms, keyId)).map((t) => t.TagKey), (key.tags ?? []).map((t) => t.TagKey), {
        untag: (TagKeys) => kms.send(new KMS.UntagResourceCommand({ KeyId: keyId, TagKeys })),
        tag: () => kms.send(new KMS.TagResourceCommand({ KeyId: keyId, Tags: key.tags })),
    });
}
async function restoreKey(context, region, key) {
    const kms = client(context, region);
    const existing = await existingKey(kms, key);
    const KeyId = existing ?? (await createKey(kms, key));
    if (KeyId !== key.keyId) {
        context.renamed(key.keyId, KeyId);
        context.warn(KEY.label(key.keyId), `the instance gave it the id ${KeyId} (moto draws key ids): what the pod restores after it names the new id, what refers to the old one elsewhere does not find it`);
    }
    // A key awaiting its material can be neither enabled nor disabled, nor rotated.
    const awaitsImport = key.origin === 'EXTERNAL';
    if (existing) {
        await updateKey(kms, KeyId, key);
        // Rotation and aliases can only change on an enabled key.
        if (!awaitsImport)
            await kms.send(new KMS.EnableKeyCommand({ KeyId }));
    }
    if (key.rotation !== undefined) {
        await kms.send(key.rotation ? new KMS.EnableKeyRotationCommand({ KeyId }) : new KMS.DisableKeyRotationCommand({ KeyId }));
    }
    for (const AliasName of key.aliases ?? []) {
        await createOrUpdate(() => kms.send(new KMS.CreateAliasCommand({ AliasName, TargetKeyId: KeyId })), () => kms.send(new KMS.UpdateAliasCommand({ AliasName, TargetKeyId: KeyId })));
    }
    if (existing)
        await revokeGrants(kms, KeyId);
    for (const g of key.grants ?? []) {
        await kms.send(new KMS.CreateGrantCommand({
            KeyId,
            Name: g.name,
            GranteePrincipal: g.granteePrincipal,
            RetiringPrincipal: g.retiringPrincipal,
            Operations: g.operations,
            Constraints: g.constraints,
        }));
    }
    for (const replica of key.replicas ?? [])
        await restoreReplica(context, region, KeyId, replica);
    if (!key.enabled && !awaitsImport)
        await kms.send(new KMS.DisableKeyCommand({ KeyId }));
}
async function revokeGrants(kms, KeyId) {
    for (const g of await collect(KMS.paginateListGrants({ client: kms }, { KeyId }), (page) => page.Grants)) {
        await kms.send(new KMS.RevokeGrantCommand({ KeyId, GrantId: g.GrantId }));
    }
}
/** A multi-Region replica, made from its primary under the primary's id when its region lacks it, then given its settings. */
async function restoreReplica(context, primaryRegion, KeyId, replica) {
    const replicaKms = client(context, replica.region);
    const existing = await describe(replicaKms, KeyId);
    if (!existing)
        await client(context, primaryRegion).send(new KMS.ReplicateKeyCommand({ KeyId, ReplicaRegion: replica.region }));
    else if (existing.KeyState === 'PendingDeletion')
        await replicaKms.send(new KMS.CancelKeyDeletionCommand({ KeyId }));
    await updateKey(replicaKms, KeyId, replica);
    // The replica of an external key awaits its own import.
    if ((await describe(replicaKms, KeyId))?.KeyState !== 'PendingImport') {
        await replicaKms.send(replica.enabled ? new KMS.EnableKeyCommand({ KeyId }) : new KMS.DisableKeyCommand({ KeyId }));
    }
}
/**
 * KMS: customer-managed keys (description, usage, spec, origin, policy, rotation, enabled state,
 * tags, aliases, grants, multi-Region replicas); never key material.
 */
export const kms = {
    name: 'kms',
    dependsOn: [],
    capture,
    regionsWithState,
    clear,
    restore: (context, region, records) => restoreRecords(context, records, KEY_CONCURRENCY, on(KEY, (key) => restoreKey(context, region, key))),
};
