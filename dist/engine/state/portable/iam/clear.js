/**
 * Deleting every customer IAM resource of an account. IAM deletes nothing that something still
 * hangs off, so each resource is stripped first, and dependants go before what they use: the
 * account's own resources (MFA devices among them), profiles, roles, groups, users, then the
 * policies they had attached.
 */
import * as IAM from '@aws-sdk/client-iam';
import { collect, unlessMissing } from '../kit/index.js';
import { clearAccountResources } from './account.js';
import { removeCredentials } from './credentials.js';
import { localPolicies, roles } from './listing.js';
import { syncPrincipalPolicies } from './principals.js';
import { deleteOldVersions, syncMembers } from './resources.js';
/** A user goes only once nothing hangs off it: credentials, groups, policies. */
async function deleteUser(iam, UserName) {
    await removeCredentials(iam, UserName);
    for (const group of await collect(IAM.paginateListGroupsForUser({ client: iam }, { UserName }), (p) => p.Groups)) {
        await unlessMissing(iam.send(new IAM.RemoveUserFromGroupCommand({ GroupName: group.GroupName, UserName })));
    }
    await syncPrincipalPolicies(iam, 'user', UserName, {});
    await unlessMissing(iam.send(new IAM.DeleteUserCommand({ UserName })));
}
/** Deletes every customer resource of the account and its service-linked roles; AWS-managed policies stay. */
export async function clearAccount(iam) {
    // MFA devices first: a user with one enabled cannot be deleted.
    await clearAccountResources(iam);
    for (const profile of await collect(IAM.paginateListInstanceProfiles({ client: iam }, {}), (p) => p.InstanceProfiles)) {
        const InstanceProfileName = profile.InstanceProfileName;
        for (const role of profile.Roles ?? []) {
            await unlessMissing(iam.send(new IAM.RemoveRoleFromInstanceProfileCommand({ InstanceProfileName, RoleName: role.RoleName })));
        }
        await unlessMissing(iam.send(new IAM.DeleteInstanceProfileCommand({ InstanceProfileName })));
    }
    for (const role of (await roles(iam)).customer) {
        const RoleName = role.RoleName;
        await syncPrincipalPolicies(iam, 'role', RoleName, {});
        await unlessMissing(iam.send(new IAM.DeleteRoleCommand({ RoleName })));
    }
    for (const group of await collect(IAM.paginateListGroups({ client: iam }, {}), (p) => p.Groups)) {
        const GroupName = group.GroupName;
        await syncMembers(iam, GroupName, []);
        await syncPrincipalPolicies(iam, 'group', GroupName, {});
        await unlessMissing(iam.send(new IAM.DeleteGroupCommand({ GroupName })));
    }
    for (const user of await collect(IAM.paginateListUsers({ client: iam }, {}), (p) => p.Users)) {
        await deleteUser(iam, user.UserName);
    }
    for (const policy of await localPolicies(iam)) {
        await deleteOldVersions(iam, policy.Arn, 0);
        await unlessMissing(iam.send(new IAM.DeletePolicyCommand({ PolicyArn: policy.Arn })));
    }
}
