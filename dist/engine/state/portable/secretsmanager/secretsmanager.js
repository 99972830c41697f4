import { CreateSecretCommand, DeleteResourcePolicyCommand, DeleteSecretCommand, DescribeSecretCommand, GetResourcePolicyCommand, GetSecretValueCommand, ListSecretsCommand, paginateListSecrets, PutResourcePolicyCommand, PutSecretValueCommand, RestoreSecretCommand, SecretsManagerClient, TagResourceCommand, UntagResourceCommand, UpdateSecretCommand, } from '@aws-sdk/client-secrets-manager';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { byGroup } from '../../module.js';
import { awsErrorName, unlessMissing } from '../aws-errors.js';
import { probeRegions } from '../regions.js';
/** Secrets read, or written, at once. */
const CONCURRENCY = 8;
/** Moto (and LocalStack, which runs moto's secrets) end a new secret's ARN with this tag's value. */
const CUSTOM_ID_TAG = '_custom_id_';
function sortTags(tags) {
    if (!tags || tags.length === 0)
        return undefined;
    return [...tags].sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
}
function arnSuffix(arn, name) {
    const tail = arn.slice(arn.lastIndexOf(':secret:') + ':secret:'.length);
    return tail.startsWith(`${name}-`) ? tail.slice(name.length + 1) : undefined;
}
/** Secrets scheduled for deletion are left out: they are on their way out. */
async function secrets(sm, includePlannedDeletion = false) {
    const found = [];
    for await (const page of paginateListSecrets({ client: sm }, { IncludePlannedDeletion: includePlannedDeletion })) {
        for (const s of page.SecretList ?? [])
            if (includePlannedDeletion || !s.DeletedDate)
                found.push(s);
    }
    return found.sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}
async function captureSecret(sm, s) {
    const SecretId = s.ARN;
    const [value, policy] = await Promise.all([
        // A secret created without a value has no AWSCURRENT version.
        unlessMissing(sm.send(new GetSecretValueCommand({ SecretId })), ['ResourceNotFoundException']),
        sm.send(new GetResourcePolicyCommand({ SecretId })),
    ]);
    return {
        name: s.Name,
        arnSuffix: arnSuffix(s.ARN, s.Name),
        description: s.Description || undefined,
        kmsKeyId: s.KmsKeyId,
        tags: sortTags(s.Tags),
        policy: policy.ResourcePolicy,
        secretString: value?.SecretString,
        secretBinary: value?.SecretBinary ? Buffer.from(value.SecretBinary).toString('base64') : undefined,
    };
}
async function* capture(context, regions) {
    for (const region of regions) {
        const sm = new SecretsManagerClient(context.config(region));
        try {
            for await (const secret of mapOrdered(await secrets(sm), CONCURRENCY, (s) => captureSecret(sm, s))) {
                yield { region, type: 'secret', id: secret.name, data: secret };
                context.progress(`secretsmanager secret ${secret.name}`);
            }
        }
        finally {
            sm.destroy();
        }
    }
}
async function hasSecrets(context, region) {
    const sm = new SecretsManagerClient(context.config(region));
    try {
        return ((await sm.send(new ListSecretsCommand({ MaxResults: 1 }))).SecretList ?? []).length > 0;
    }
    finally {
        sm.destroy();
    }
}
function regionsWithState(context) {
    return probeRegions(context, hasSecrets);
}
/** Deletes the secrets of one region, or those of them named in `only`. */
async function clear(context, region, only) {
    const sm = new SecretsManagerClient(context.config(region));
    try {
        const doomed = (await secrets(sm, true)).filter((s) => !only || only.has(s.Name));
        await forEachLimit(doomed, CONCURRENCY, async (s) => {
            await sm.send(new DeleteSecretCommand({ SecretId: s.ARN, ForceDeleteWithoutRecovery: true }));
        });
    }
    finally {
        sm.destroy();
    }
}
function value(s) {
    if (s.secretBinary !== undefined)
        return { SecretBinary: Buffer.from(s.secretBinary, 'base64') };
    if (s.secretString !== undefined)
        return { SecretString: s.secretString };
    return {};
}
/** False when a secret of that name exists already. */
async function createSecret(sm, s) {
    const tags = s.tags ?? [];
    const addId = s.arnSuffix !== undefined && !tags.some((t) => t.Key === CUSTOM_ID_TAG);
    try {
        await sm.send(new CreateSecretCommand({
            Name: s.name,
            Description: s.description,
            KmsKeyId: s.kmsKeyId,
            ...value(s),
            Tags: addId ? [...tags, { Key: CUSTOM_ID_TAG, Value: s.arnSuffix }] : s.tags,
        }));
    }
    catch (error) {
        // AWS answers InvalidRequestException for a name scheduled for deletion, moto ResourceExistsException.
        if (['ResourceExistsException', 'InvalidRequestException'].includes(awsErrorName(error)))
            return false;
        throw error;
    }
    // The id tag only steers creation; it would otherwise stay on the secret as a user tag.
    if (addId)
        await sm.send(new UntagResourceCommand({ SecretId: s.name, TagKeys: [CUSTOM_ID_TAG] }));
    if (s.policy)
        await sm.send(new PutResourcePolicyCommand({ SecretId: s.name, ResourcePolicy: s.policy }));
    return true;
}
/** Overwrites a secret that exists, taking it back first if it is scheduled for deletion. */
async function updateSecret(sm, s) {
    const SecretId = s.name;
    const current = await sm.send(new DescribeSecretCommand({ SecretId }));
    if (current.DeletedDate)
        await sm.send(new RestoreSecretCommand({ SecretId }));
    await sm.send(new UpdateSecretCommand({ SecretId, Description: s.description ?? '', KmsKeyId: s.kmsKeyId }));
    const secretValue = value(s);
    if (Object.keys(secretValue).length > 0)
        await sm.send(new PutSecretValueCommand({ SecretId, ...secretValue }));
    const wanted = new Set((s.tags ?? []).map((t) => t.Key));
    const extra = (current.Tags ?? []).map((t) => t.Key).filter((k) => !wanted.has(k));
    if (extra.length > 0)
        await sm.send(new UntagResourceCommand({ SecretId, TagKeys: extra }));
    if (s.tags)
        await sm.send(new TagResourceCommand({ SecretId, Tags: s.tags }));
    if (s.policy)
        await sm.send(new PutResourcePolicyCommand({ SecretId, ResourcePolicy: s.policy }));
    else
        await sm.send(new DeleteResourcePolicyCommand({ SecretId }));
}
async function restoreSecret(sm, s) {
    if (!(await createSecret(sm, s)))
        await updateSecret(sm, s);
}
async function restore(context, region, records) {
    const sm = new SecretsManagerClient(context.config(region));
    try {
        await forEachLimit(records, CONCURRENCY, async (record) => {
            try {
                await restoreSecret(sm, record.data);
                context.progress(`secretsmanager secret ${record.id}`);
            }
            catch (error) {
                context.fail(`secret ${record.id}`, error);
            }
        });
    }
    finally {
        sm.destroy();
    }
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
    restore,
};
