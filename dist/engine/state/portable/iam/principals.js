/**
 * Users, groups and roles alike: the policies in them (inline, by name) and attached to them
 * (managed, by ARN), read for capture and made the pod's on restore. IAM has one set of calls
 * per kind of principal; the table below is the only place that tells them apart.
 */
import * as IAM from '@aws-sdk/client-iam';
import { collect, nonEmpty, sortBy, sortedRecord, sortedTags, unlessMissing } from '../kit/index.js';
const CALLS = {
    user: {
        inlineNames: (iam, UserName) => collect(IAM.paginateListUserPolicies({ client: iam }, { UserName }), (p) => p.PolicyNames),
        inline: (iam, UserName, PolicyName) => iam.send(new IAM.GetUserPolicyCommand({ UserName, PolicyName })),
        put: (iam, UserName, PolicyName, PolicyDocument) => iam.send(new IAM.PutUserPolicyCommand({ UserName, PolicyName, PolicyDocument })),
        remove: (iam, UserName, PolicyName) => iam.send(new IAM.DeleteUserPolicyCommand({ UserName, PolicyName })),
        attached: (iam, UserName) => collect(IAM.paginateListAttachedUserPolicies({ client: iam }, { UserName }), (p) => p.AttachedPolicies),
        attach: (iam, UserName, PolicyArn) => iam.send(new IAM.AttachUserPolicyCommand({ UserName, PolicyArn })),
        detach: (iam, UserName, PolicyArn) => iam.send(new IAM.DetachUserPolicyCommand({ UserName, PolicyArn })),
    },
    group: {
        inlineNames: (iam, GroupName) => collect(IAM.paginateListGroupPolicies({ client: iam }, { GroupName }), (p) => p.PolicyNames),
        inline: (iam, GroupName, PolicyName) => iam.send(new IAM.GetGroupPolicyCommand({ GroupName, PolicyName })),
        put: (iam, GroupName, PolicyName, PolicyDocument) => iam.send(new IAM.PutGroupPolicyCommand({ GroupName, PolicyName, PolicyDocument })),
        remove: (iam, GroupName, PolicyName) => iam.send(new IAM.DeleteGroupPolicyCommand({ GroupName, PolicyName })),
        attached: (iam, GroupName) => collect(IAM.paginateListAttachedGroupPolicies({ client: iam }, { GroupName }), (p) => p.AttachedPolicies),
        attach: (iam, GroupName, PolicyArn) => iam.send(new IAM.AttachGroupPolicyCommand({ GroupName, PolicyArn })),
        detach: (iam, GroupName, PolicyArn) => iam.send(new IAM.DetachGroupPolicyCommand({ GroupName, PolicyArn })),
    },
    role: {
        inlineNames: (iam, RoleName) => collect(IAM.paginateListRolePolicies({ client: iam }, { RoleName }), (p) => p.PolicyNames),
        inline: (iam, RoleName, PolicyName) => iam.send(new IAM.GetRolePolicyCommand({ RoleName, PolicyName })),
        put: (iam, RoleName, PolicyName, PolicyDocument) => iam.send(new IAM.PutRolePolicyCommand({ RoleName, PolicyName, PolicyDocument })),
        remove: (iam, RoleName, PolicyName) => iam.send(new IAM.DeleteRolePolicyCommand({ RoleName, PolicyName })),
        attached: (iam, RoleName) => collect(IAM.paginateListAttachedRolePolicies({ client: iam }, { RoleName }), (p) => p.AttachedPolicies),
        attach: (iam, RoleName, PolicyArn) => iam.send(new IAM.AttachRolePolicyCommand({ RoleName, PolicyArn })),
        detach: (iam, RoleName, PolicyArn) => iam.send(new IAM.DetachRolePolicyCommand({ RoleName, PolicyArn })),
    },
};
/** IAM answers policy documents URL-encoded on some calls and plain on others. */
export function decodeDocument(document) {
    try {
        JSON.parse(document);
        return document;
    }
    catch {
        return decodeURIComponent(document);
    }
}
/** Tags sorted by key, each a plain key and value (an absent value as empty). */
export function sortTags(tags) {
    return sortedTags(tags?.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })), (t) => t.Key);
}
/** Names (members, roles, policy ARNs) sorted; undefined when there are none. */
export function sortedNames(names) {
    return nonEmpty(sortBy(names, (name) => name));
}
/**
 * Makes a principal's set of names (members, roles, attached policies) exactly `wanted`, one
 * call per name: those it has that are not wanted are removed, then the missing ones added.
 */
export async function syncNames(current, wanted, remove, add) {
    const has = new Set(current);
    for (const name of has)
        if (!wanted.includes(name))
            await remove(name);
    for (const name of wanted)
        if (!has.has(name))
            await add(name);
}
/** The policies in and attached to a principal, documents decoded. */
export async function principalPolicies(iam, kind, principal) {
    const calls = CALLS[kind];
    const [names, attached] = await Promise.all([calls.inlineNames(iam, principal), calls.attached(iam, principal)]);
    const documents = await Promise.all(names.map(async (policy) => [policy, decodeDocument((await calls.inline(iam, principal, policy)).PolicyDocument)]));
    return {
        inlinePolicies: sortedRecord(Object.fromEntries(documents)),
        attachedPolicies: sortedNames(attached.map((p) => p.PolicyArn)),
    };
}
/**
 * Makes the policies of a principal the pod's: inline policies it lacks are deleted and the
 * pod's put (over any of the same name), managed policies detached and attached to match.
 * With nothing wanted, this strips a principal so that IAM lets it be deleted.
 */
export async function syncPrincipalPolicies(iam, kind, principal, wanted) {
    const calls = CALLS[kind];
    const inline = wanted.inlinePolicies ?? {};
    for (const policy of await calls.inlineNames(iam, principal)) {
        if (!(policy in inline))
            await unlessMissing(calls.remove(iam, principal, policy));
    }
    for (const [policy, document] of Object.entries(inline))
        await calls.put(iam, principal, policy, document);
    await syncNames((await calls.attached(iam, principal)).map((p) => p.PolicyArn), wanted.attachedPolicies ?? [], (arn) => unlessMissing(calls.detach(iam, principal, arn)), (arn) => calls.attach(iam, principal, arn));
}
