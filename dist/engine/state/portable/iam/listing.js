/**
 * What of an account's IAM the module keeps: the customer's resources, without what AWS owns
 * (AWS-managed policies, service-linked roles).
 */
import * as IAM from '@aws-sdk/client-iam';
import { collect, sortBy } from '../kit/index.js';
/** Service-linked roles belong to the AWS service that made them: CreateRole cannot recreate them. */
function isServiceLinked(path) {
    return path?.startsWith('/aws-service-role/') ?? false;
}
/** The account's roles but the service-linked ones. */
export async function customerRoles(iam) {
    return (await collect(IAM.paginateListRoles({ client: iam }, {}), (p) => p.Roles)).filter((r) => !isServiceLinked(r.Path));
}
/** The customer managed policies (not AWS's). */
export function localPolicies(iam) {
    return collect(IAM.paginateListPolicies({ client: iam }, { Scope: 'Local' }), (p) => p.Policies);
}
/** The keys of everything the module captures, read in one round of list calls. */
export async function listNames(iam) {
    const [policies, users, groups, roles, profiles] = await Promise.all([
        localPolicies(iam),
        collect(IAM.paginateListUsers({ client: iam }, {}), (p) => p.Users),
        collect(IAM.paginateListGroups({ client: iam }, {}), (p) => p.Groups),
        customerRoles(iam),
        collect(IAM.paginateListInstanceProfiles({ client: iam }, {}), (p) => p.InstanceProfiles),
    ]);
    const sorted = (names) => sortBy(names, (name) => name);
    return {
        policy: sorted(policies.map((p) => p.Arn)),
        user: sorted(users.map((u) => u.UserName)),
        group: sorted(groups.map((g) => g.GroupName)),
        role: sorted(roles.map((r) => r.RoleName)),
        'instance-profile': sorted(profiles.map((p) => p.InstanceProfileName)),
    };
}
/** Whether the account holds anything the module keeps: one short list call per kind. */
export async function holdsState(iam) {
    const found = await Promise.all([
        iam.send(new IAM.ListPoliciesCommand({ Scope: 'Local', MaxItems: 1 })).then((r) => (r.Policies ?? []).length > 0),
        iam.send(new IAM.ListUsersCommand({ MaxItems: 1 })).then((r) => (r.Users ?? []).length > 0),
        iam.send(new IAM.ListGroupsCommand({ MaxItems: 1 })).then((r) => (r.Groups ?? []).length > 0),
        iam.send(new IAM.ListInstanceProfilesCommand({ MaxItems: 1 })).then((r) => (r.InstanceProfiles ?? []).length > 0),
        // Service-linked roles alone are not state this module keeps, so roles are looked at in full.
        customerRoles(iam).then((roles) => roles.length > 0),
    ]);
    return found.some(Boolean);
}
