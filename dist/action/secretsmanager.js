import { o as __toESM } from "./rolldown-runtime.js";
import { t as require_dist_cjs } from "./dist-cjs5.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords, r as compare } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags, t as replaceTags } from "./tags.js";
import { c as isNamed, d as unlessMissing, h as byGroup, m as clientOf, r as collect } from "./kit.js";
// src/engine/state/portable/secretsmanager/secretsmanager.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
const client = clientOf(import_dist_cjs.SecretsManagerClient);
/** Secrets read, or written, at once. */
const CONCURRENCY = 8;
/** Moto (and LocalStack, which runs moto's secrets) end a new secret's ARN with this tag's value. */
const CUSTOM_ID_TAG = "_custom_id_";
/** The key a replica is encrypted with unless told otherwise. */
const DEFAULT_REPLICA_KEY = "alias/aws/secretsmanager";
const SECRET = recordKind("secret");
function arnSuffix(arn, name) {
	const tail = arn.slice(arn.lastIndexOf(":secret:") + 8);
	return tail.startsWith(`${name}-`) ? tail.slice(name.length + 1) : void 0;
}
/**
* The secrets of a region that are its own. Those scheduled for deletion are left out (they are
* on their way out), and so are replicas of secrets of another region: they come back with
* their primary, and most calls refuse them. So are secrets another service keeps for its own
* resources (an EventBridge connection's `events!connection/…`): that service makes them again
* with the resource, and refuses their names to anyone else.
*/
/** Named `service!…` (a name no user can give) or marked with its owning service (moto marks them, LocalStack does not). */
function managedByService(secret) {
	return Boolean(secret.OwningService) || /^[a-z0-9-]+!/.test(secret.Name ?? "");
}
async function secrets(sm, region, includePlannedDeletion = false) {
	const found = [];
	for await (const page of import_dist_cjs.paginateListSecrets({ client: sm }, { IncludePlannedDeletion: includePlannedDeletion })) for (const s of page.SecretList ?? []) if ((includePlannedDeletion || !s.DeletedDate) && (!s.PrimaryRegion || s.PrimaryRegion === region) && !managedByService(s)) found.push(s);
	return sortBy(found, (s) => s.Name);
}
/**
* The versions of a secret that carry a staging label, oldest first, with their values. Those
* without a label are left out (AWS deprecates them, and deletes them as it likes), and so are
* those without a value: moto's RotateSecret stages one for the rotation function to fill.
*/
async function versionsOf(sm, SecretId) {
	const staged = (await collect(import_dist_cjs.paginateListSecretVersionIds({ client: sm }, { SecretId }), (page) => page.Versions)).filter((v) => (v.VersionStages ?? []).length > 0).sort((a, b) => (a.CreatedDate?.getTime() ?? 0) - (b.CreatedDate?.getTime() ?? 0) || compare(a.VersionId, b.VersionId));
	return (await Promise.all(staged.map(async (v) => {
		const value = await unlessMissing(sm.send(new import_dist_cjs.GetSecretValueCommand({
			SecretId,
			VersionId: v.VersionId
		})), ["ResourceNotFoundException"]);
		return value && {
			id: v.VersionId,
			stages: [...v.VersionStages].sort(),
			secretString: value.SecretString,
			secretBinary: value.SecretBinary ? Buffer.from(value.SecretBinary).toString("base64") : void 0
		};
	}))).filter((v) => v !== void 0);
}
async function captureSecret(sm, s) {
	const SecretId = s.ARN;
	const [versions, policy, described] = await Promise.all([
		versionsOf(sm, SecretId),
		sm.send(new import_dist_cjs.GetResourcePolicyCommand({ SecretId })),
		sm.send(new import_dist_cjs.DescribeSecretCommand({ SecretId }))
	]);
	const replicas = sortBy(described.ReplicationStatus ?? [], (r) => r.Region).map((r) => ({
		region: r.Region,
		kmsKeyId: r.KmsKeyId && r.KmsKeyId !== DEFAULT_REPLICA_KEY ? r.KmsKeyId : void 0
	}));
	return {
		name: s.Name,
		arnSuffix: arnSuffix(s.ARN, s.Name),
		description: s.Description || void 0,
		kmsKeyId: s.KmsKeyId,
		tags: sortedTags(s.Tags, (t) => t.Key),
		policy: policy.ResourcePolicy,
		versions: nonEmpty(versions),
		rotation: described.RotationLambdaARN ? {
			lambdaArn: described.RotationLambdaARN,
			rules: described.RotationRules
		} : void 0,
		replicas: replicas.length > 0 ? replicas : void 0
	};
}
const capture = eachRegion(async function* (context, region) {
	const sm = client(context, region);
	for await (const secret of mapOrdered(await secrets(sm, region), CONCURRENCY, (s) => captureSecret(sm, s))) yield SECRET.record(region, secret.name, secret);
});
const regionsWithState = regionsWhere(async (context, region) => ((await client(context, region).send(new import_dist_cjs.ListSecretsCommand({ MaxResults: 1 }))).SecretList ?? []).length > 0);
/** Deletes the secrets of one region, or those of them named in `only`. */
async function clear(context, region, only) {
	const sm = client(context, region);
	const doomed = (await secrets(sm, region, true)).filter((s) => !only || only.has(s.Name));
	await forEachLimit(doomed, CONCURRENCY, async (s) => {
		await replicateTo(sm, s.ARN, []);
		await sm.send(new import_dist_cjs.DeleteSecretCommand({
			SecretId: s.ARN,
			ForceDeleteWithoutRecovery: true
		}));
	});
}
/** The label of the version GetSecretValue answers by default. */
const CURRENT = "AWSCURRENT";
/** A version's value as PutSecretValue takes it. */
function valueOf(v) {
	return v.secretBinary !== void 0 ? { SecretBinary: Buffer.from(v.secretBinary, "base64") } : { SecretString: v.secretString };
}
/** The labels of each version the secret holds, deprecated ones included. */
async function stagesById(sm, SecretId) {
	const versions = await collect(import_dist_cjs.paginateListSecretVersionIds({ client: sm }, {
		SecretId,
		IncludeDeprecated: true
	}), (page) => page.Versions);
	return new Map(versions.map((v) => [v.VersionId, v.VersionStages ?? []]));
}
/**
* False when a secret of that name exists already. It is looked for first: a CreateSecret that
* names an existing secret's version (`ClientRequestToken`) succeeds and changes nothing.
*/
async function createSecret(sm, s) {
	if (await unlessMissing(sm.send(new import_dist_cjs.DescribeSecretCommand({ SecretId: s.name })), ["ResourceNotFoundException"])) return false;
	const tags = s.tags ?? [];
	const addId = s.arnSuffix !== void 0 && !tags.some((t) => t.Key === CUSTOM_ID_TAG);
	try {
		await sm.send(new import_dist_cjs.CreateSecretCommand({
			Name: s.name,
			Description: s.description,
			KmsKeyId: s.kmsKeyId,
			Tags: addId ? [...tags, {
				Key: CUSTOM_ID_TAG,
				Value: s.arnSuffix
			}] : s.tags,
			AddReplicaRegions: s.replicas?.map(replicaRegion)
		}));
	} catch (error) {
		if (isNamed(error, ["ResourceExistsException", "InvalidRequestException"])) return false;
		throw error;
	}
	if (addId) await sm.send(new import_dist_cjs.UntagResourceCommand({
		SecretId: s.name,
		TagKeys: [CUSTOM_ID_TAG]
	}));
	await restoreVersions(sm, s.name, s.versions ?? []);
	await restoreRotation(sm, s.name, s.rotation, false);
	await relabel(sm, s.name, s.versions ?? []);
	if (s.policy) await sm.send(new import_dist_cjs.PutResourcePolicyCommand({
		SecretId: s.name,
		ResourcePolicy: s.policy
	}));
	return true;
}
/**
* Puts the pod's versions the secret lacks, under their ids and labels, the current one last:
* moto makes the first version put current, whatever its labels, and every emulator gives
* AWSPREVIOUS to the version a new current one replaces (`relabel` then moves the other labels
* where the pod has them). A version's value never changes, and a pod's current version the secret
* holds without the label (it changed since) cannot be made current on every emulator (moto's
* GetSecretValue ignores a moved AWSCURRENT label), so its value goes in again as a new version.
*/
async function restoreVersions(sm, SecretId, versions) {
	const held = await stagesById(sm, SecretId);
	const current = versions.find((v) => v.stages.includes(CURRENT));
	for (const v of [...versions.filter((v) => v !== current), ...current ? [current] : []]) {
		if (held.has(v.id)) continue;
		await sm.send(new import_dist_cjs.PutSecretValueCommand({
			SecretId,
			ClientRequestToken: v.id,
			VersionStages: v.stages,
			...valueOf(v)
		}));
	}
	if (current && held.has(current.id) && !held.get(current.id).includes(CURRENT)) await sm.send(new import_dist_cjs.PutSecretValueCommand({
		SecretId,
		...valueOf(current)
	}));
}
/**
* Gives each label but AWSCURRENT to the version the pod gives it, then takes the others off.
* In that order: LocalStack forgets a version as soon as its last label goes (the one a new
* current version made AWSPREVIOUS, which had the pod's own label until then).
*/
async function relabel(sm, SecretId, versions) {
	const wanted = new Map(versions.flatMap((v) => v.stages.filter((stage) => stage !== CURRENT).map((stage) => [stage, v.id])));
	const holder = new Map([...await stagesById(sm, SecretId)].flatMap(([id, stages]) => stages.map((stage) => [stage, id])));
	const move = (VersionStage, RemoveFromVersionId, MoveToVersionId) => sm.send(new import_dist_cjs.UpdateSecretVersionStageCommand({
		SecretId,
		VersionStage,
		RemoveFromVersionId,
		MoveToVersionId
	}));
	for (const [stage, id] of wanted) if (holder.get(stage) !== id) await move(stage, holder.get(stage), id);
	for (const [stage, id] of holder) if (stage !== CURRENT && !wanted.has(stage)) await move(stage, id);
}
/** Overwrites a secret that exists, taking it back first if it is scheduled for deletion. */
async function updateSecret(sm, s) {
	const SecretId = s.name;
	const current = await sm.send(new import_dist_cjs.DescribeSecretCommand({ SecretId }));
	if (current.DeletedDate) await sm.send(new import_dist_cjs.RestoreSecretCommand({ SecretId }));
	await sm.send(new import_dist_cjs.UpdateSecretCommand({
		SecretId,
		Description: s.description ?? "",
		KmsKeyId: s.kmsKeyId
	}));
	await restoreVersions(sm, SecretId, s.versions ?? []);
	await restoreRotation(sm, SecretId, s.rotation, current.RotationEnabled === true);
	await relabel(sm, SecretId, s.versions ?? []);
	await replaceTags((current.Tags ?? []).map((t) => t.Key), (s.tags ?? []).map((t) => t.Key), {
		untag: (TagKeys) => sm.send(new import_dist_cjs.UntagResourceCommand({
			SecretId,
			TagKeys
		})),
		tag: () => sm.send(new import_dist_cjs.TagResourceCommand({
			SecretId,
			Tags: s.tags
		}))
	});
	if (s.policy) await sm.send(new import_dist_cjs.PutResourcePolicyCommand({
		SecretId,
		ResourcePolicy: s.policy
	}));
	else await sm.send(new import_dist_cjs.DeleteResourcePolicyCommand({ SecretId }));
	await replicateTo(sm, SecretId, s.replicas ?? []);
}
/**
* Sets the pod's rotation, after the versions go in (moto's RotateSecret fails on a secret
* without one), never rotating at once. Moto stages a copy of the current value as AWSPENDING:
* `relabel` then moves the label back where the pod has it.
*/
async function restoreRotation(sm, SecretId, rotation, enabled) {
	if (rotation) await sm.send(new import_dist_cjs.RotateSecretCommand({
		SecretId,
		RotationLambdaARN: rotation.lambdaArn,
		RotationRules: rotation.rules,
		RotateImmediately: false
	}));
	else if (enabled) await sm.send(new import_dist_cjs.CancelRotateSecretCommand({ SecretId }));
}
function replicaRegion(replica) {
	return {
		Region: replica.region,
		...replica.kmsKeyId ? { KmsKeyId: replica.kmsKeyId } : {}
	};
}
/** Makes a secret's replicas exactly those of `wanted`: others removed, missing ones added. */
async function replicateTo(sm, SecretId, wanted) {
	const current = ((await sm.send(new import_dist_cjs.DescribeSecretCommand({ SecretId }))).ReplicationStatus ?? []).map((r) => r.Region);
	const extra = current.filter((region) => !wanted.some((w) => w.region === region));
	const missing = wanted.filter((w) => !current.includes(w.region));
	if (extra.length > 0) await sm.send(new import_dist_cjs.RemoveRegionsFromReplicationCommand({
		SecretId,
		RemoveReplicaRegions: extra
	}));
	if (missing.length > 0) await sm.send(new import_dist_cjs.ReplicateSecretToRegionsCommand({
		SecretId,
		AddReplicaRegions: missing.map(replicaRegion)
	}));
}
async function restoreSecret(sm, s) {
	if (!await createSecret(sm, s)) await updateSecret(sm, s);
}
/** Secrets Manager: secrets with every labelled version (value, id, labels), rotation, description, KMS key, tags and resource policy. */
const secretsmanager = {
	name: "secretsmanager",
	dependsOn: ["kms", "lambda"],
	capture,
	regionsWithState,
	clear,
	partial: {
		select: byGroup((record) => record.id),
		clear
	},
	restore: (context, region, records) => restoreRecords(context, records, CONCURRENCY, on(SECRET, (s) => restoreSecret(client(context, region), s))),
	requests: {
		targetPrefix: "secretsmanager",
		groups: ({ body }) => [(body?.SecretId ?? body?.Name)?.toString().replace(/^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:(.+)-[A-Za-z0-9]{6}$/, "$1")]
	}
};
export { secretsmanager };
