import * as SecretsManager from '@aws-sdk/client-secrets-manager';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { byGroup } from '../../module.js';
import { clientOf, collect, eachRegion, isNamed, on, recordKind, regionsWhere, replaceTags, restoreRecords, sortBy, sortedTags, unlessMissing } from '../kit/index.js';
const client = clientOf(SecretsManager.SecretsManagerClient);
/** Secrets read, or written, at once. */
const CONCURRENCY = 8;
/** Moto (and LocalStack, which runs moto's secrets) end a new secret's ARN with this tag's value. */
const CUSTOM_ID_TAG = '_custom_id_';
/** The key a replica is encrypted with unless told otherwise. */
const DEFAULT_REPLICA_KEY = 'alias/aws/secretsmanager';
const SECRET = recordKind('secret');
function arnSuffix(arn, name) {
    const tail = arn.slice(arn.lastIndexOf(':secret:') + ':secret:'.length);
    return tail.startsWith(`${name}-`) ? tail.slice(name.length + 1) : undefined;
}
/**
 * The secrets of a region that are its own. Those scheduled for deletion are left out (they are
 * on their way out), and so are replicas of secrets of another region: they come back with
 * their primary, and most calls refuse them.
 */
async function secrets(sm, region, includePlannedDeletion = false) {
    const found = [];
    for await (const page of SecretsManager.paginateListSecrets({ client: sm }, { IncludePlannedDeletion: includePlannedDeletion })) {
        for (const s of page.SecretList ?? []) {
            if ((includePlannedDeletion || !s.DeletedDate) && (!s.PrimaryRegion || s.PrimaryRegion === region))
                found.push(s);
        }
    }
    return sortBy(found, (s) => s.Name);
}
async function captureSecret(sm, s) {
    const SecretId = s.ARN;
    const [value, policy, described] = await Promise.all([
        // A secret created without a value has no AWSCURRENT version.
        unlessMissing(sm.send(new SecretsManager.GetSecretValueCommand({ SecretId })), ['ResourceNotFoundException']),
        sm.send(new SecretsManager.GetResourcePolicyCommand({ SecretId })),
        // Only DescribeSecret tells where the secret is replicated.
        sm.send(new SecretsManager.DescribeSecretCommand({ SecretId })),
    ]);
    const replicas = sortBy(described.ReplicationStatus ?? [], (r) => r.Region).map((r) => ({
        region: r.Region,
        kmsKeyId: r.KmsKeyId && r.KmsKeyId !== DEFAULT_REPLICA_KEY ? r.KmsKeyId : undefined,
    }));
    return {
        name: s.Name,
        arnSuffix: arnSuffix(s.ARN, s.Name),
        description: s.Description || undefined,
        kmsKeyId: s.KmsKeyId,
        tags: sortedTags(s.Tags, (t) => t.Key),
        policy: policy.ResourcePolicy,
        secretString: value?.SecretString,
        secretBinary: value?.SecretBinary ? Buffer.from(value.SecretBinary).toString('base64') : undefined,
        versionId: value?.VersionId,
        replicas: replicas.length > 0 ? replicas : undefined,
    };
}
const capture = eachRegion(async function* (context, region) {
    const sm = client(context, region);
    for await (const secret of mapOrdered(await secrets(sm, region), CONCURRENCY, (s) => captureSecret(sm, s))) {
        yield SECRET.record(region, secret.name, secret);
    }
});
const regionsWithState = regionsWhere(async (context, region) => ((await client(context, region).send(new SecretsManager.ListSecretsCommand({ MaxResults: 1 }))).SecretList ?? []).length > 0);
/** Deletes the secrets of one region, or those of them named in `only`. */
async function clear(context, region, only) {
    const sm = client(context, region);
    const doomed = (await secrets(sm, region, true)).filter((s) => !only || only.has(s.Name));
    await forEachLimit(doomed, CONCURRENCY, async (s) => {
        // A secret with replicas cannot be deleted: its replicas go first.
        await replicateTo(sm, s.ARN, []);
        await sm.send(new SecretsManager.DeleteSecretCommand({ SecretId: s.ARN, ForceDeleteWithoutRecovery: true }));
    });
}
/** The current value as CreateSecret and PutSecretValue take it, under its version id; nothing for a secret without one. */
function value(s) {
    const version = s.versionId ? { ClientRequestToken: s.versionId } : {};
    if (s.secretBinary !== undefined)
        return { SecretBinary: Buffer.from(s.secretBinary, 'base64'), ...version };
    if (s.secretString !== undefined)
        return { SecretString: s.secretString, ...version };
    return {};
}
/**
 * False when a secret of that name exists already. It is looked for first: a CreateSecret that
 * names an existing secret's version (`ClientRequestToken`) succeeds and changes nothing.
 */
async function createSecret(sm, s) {
    if (await unlessMissing(sm.send(new SecretsManager.DescribeSecretCommand({ SecretId: s.name })), ['ResourceNotFoundException']))
        return false;
    const tags = s.tags ?? [];
    const addId = s.arnSuffix !== undefined && !tags.some((t) => t.Key === CUSTOM_ID_TAG);
    try {
        await sm.send(new SecretsManager.CreateSecretCommand({
            Name: s.name,
            Description: s.description,
            KmsKeyId: s.kmsKeyId,
            ...value(s),
            Tags: addId ? [...tags, { Key: CUSTOM_ID_TAG, Value: s.arnSuffix }] : s.tags,
            AddReplicaRegions: s.replicas?.map(replicaRegion),
        }));
    }
    catch (error) {
        // AWS answers InvalidRequestException for a name scheduled for deletion, moto ResourceExistsException.
        if (isNamed(error, ['ResourceExistsException', 'InvalidRequestException']))
            return false;
        throw error;
    }
    // The id tag only steers creation; it would otherwise stay on the secret as a user tag.
    if (addId)
        await sm.send(new SecretsManager.UntagResourceCommand({ SecretId: s.name, TagKeys: [CUSTOM_ID_TAG] }));
    if (s.policy)
        await sm.send(new SecretsManager.PutResourcePolicyCommand({ SecretId: s.name, ResourcePolicy: s.policy }));
    return true;
}
/**
 * Makes the pod's value the secret's current one, under the pod's version id unless the secret
 * holds that version already. A version's value never changes: one that is current needs
 * nothing, and one that is not (the secret changed since) cannot be made current on every
 * emulator (moto's GetSecretValue ignores a moved AWSCURRENT stage), so the value goes in as a
 * new version.
 */
async function restoreValue(sm, SecretId, s) {
    const { ClientRequestToken, ...secretValue } = value(s);
    if (Object.keys(secretValue).length === 0)
        return;
    if (ClientRequestToken) {
        const current = await unlessMissing(sm.send(new SecretsManager.GetSecretValueCommand({ SecretId })), ['ResourceNotFoundException']);
        if (current?.VersionId === ClientRequestToken)
            return;
        const versions = await collect(SecretsManager.paginateListSecretVersionIds({ client: sm }, { SecretId, IncludeDeprecated: true }), (page) => page.Versions);
        if (!versions.some((v) => v.VersionId === ClientRequestToken)) {
            await sm.send(new SecretsManager.PutSecretValueCommand({ SecretId, ClientRequestToken, ...secretValue }));
            return;
        }
    }
    await sm.send(new SecretsManager.PutSecretValueCommand({ SecretId, ...secretValue }));
}
/** Overwrites a secret that exists, taking it back first if it is scheduled for deletion. */
async function updateSecret(sm, s) {
    const SecretId = s.name;
    const current = await sm.send(new SecretsManager.DescribeSecretCommand({ SecretId }));
    if (current.DeletedDate)
        await sm.send(new SecretsManager.RestoreSecretCommand({ SecretId }));
    await sm.send(new SecretsManager.UpdateSecretCommand({ SecretId, Description: s.description ?? '', KmsKeyId: s.kmsKeyId }));
    await restoreValue(sm, SecretId, s);
    await replaceTags((current.Tags ?? []).map((t) => t.Key), (s.tags ?? []).map((t) => t.Key), {
        untag: (TagKeys) => sm.send(new SecretsManager.UntagResourceCommand({ SecretId, TagKeys })),
        tag: () => sm.send(new SecretsManager.TagResourceCommand({ SecretId, Tags: s.tags })),
    });
    if (s.policy)
        await sm.send(new SecretsManager.PutResourcePolicyCommand({ SecretId, ResourcePolicy: s.policy }));
    else
        await sm.send(new SecretsManager.DeleteResourcePolicyCommand({ SecretId }));
    await replicateTo(sm, SecretId, s.replicas ?? []);
}
function replicaRegion(replica) {
    return { Region: replica.region, ...(replica.kmsKeyId ? { KmsKeyId: replica.kmsKeyId } : {}) };
}
/** Makes a secret's replicas exactly those of `wanted`: others removed, missing ones added. */
async function replicateTo(sm, SecretId, wanted) {
    const current = ((await sm.send(new SecretsManager.DescribeSecretCommand({ SecretId }))).ReplicationStatus ?? []).map((r) => r.Region);
    const extra = current.filter((region) => !wanted.some((w) => w.region === region));
    const missing = wanted.filter((w) => !current.includes(w.region));
    if (extra.length > 0)
        await sm.send(new SecretsManager.RemoveRegionsFromReplicationCommand({ SecretId, RemoveReplicaRegions: extra }));
    if (missing.length > 0) {
        await sm.send(new SecretsManager.ReplicateSecretToRegionsCommand({ SecretId, AddReplicaRegions: missing.map(replicaRegion) }));
    }
}
async function restoreSecret(sm, s) {
    if (!(await createSecret(sm, s)))
        await updateSecret(sm, s);
}
/** Secrets Manager: secrets with their current value, description, KMS key, tags and resource policy. */
export const secretsmanager = {
    name: 'secretsmanager',
    dependsOn: ['kms'],
    capture,
    regionsWithState,
    clear,
    // A secret is a group of its own, by name.
    partial: { select: byGroup((record) => record.id), clear },
    restore: (context, region, records) => restoreRecords(context, records, CONCURRENCY, on(SECRET, (s) => restoreSecret(client(context, region), s))),
    requests: {
        targetPrefix: 'secretsmanager',
        // Secrets, by name: `SecretId` may be the ARN, which ends in `-` and six random characters.
        groups: ({ body }) => [
            (body?.SecretId ?? body?.Name)?.toString().replace(/^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:(.+)-[A-Za-z0-9]{6}$/, '$1'),
        ],
    },
};
