/**
 * What of an account's IAM the module keeps: the customer's resources and the service-linked
 * roles made in the account, without what AWS owns (AWS-managed policies).
 */
import * as IAM from '@aws-sdk/client-iam';
import { collect, sortBy } from '../kit/index.js';
import { ACCOUNT_SETTINGS, accountSettings, mfaDeviceSerials, serverCertificates, SERVICE_ROLE_PATH } from './account.js';
/** Service-linked roles are made for an AWS service (CreateServiceLinkedRole), not by CreateRole. */
function isServiceLinked(path) {
    return path?.startsWith(SERVICE_ROLE_PATH) ?? false;
}
/** The account's roles, the service-linked ones apart. */
export async function roles(iam) {
    const all = await collect(IAM.paginateListRoles({ client: iam }, {}), (p) => p.Roles);
    return { customer: all.filter((r) => !isServiceLinked(r.Path)), serviceLinked: all.filter((r) => isServiceLinked(r.Path)) };
}
/** The customer managed policies (not AWS's). */
export function localPolicies(iam) {
    return collect(IAM.paginateListPolicies({ client: iam }, { Scope: 'Local' }), (p) => p.Policies);
}
/** The keys of everything the module captures, read in one round of list calls. */
export async function listNames(iam) {
    const [settings, policies, saml, oidc, certificates, users, groups, { customer, serviceLinked }, profiles, devices] = await Promise.all([
        accountSettings(iam),
        localPolicies(iam),
        iam.send(new IAM.ListSAMLProvidersCommand({})),
        iam.send(new IAM.ListOpenIDConnectProvidersCommand({})),
        serverCertificates(iam),
        collect(IAM.paginateListUsers({ client: iam }, {}), (p) => p.Users),
        collect(IAM.paginateListGroups({ client: iam }, {}), (p) => p.Groups),
        roles(iam),
        collect(IAM.paginateListInstanceProfiles({ client: iam }, {}), (p) => p.InstanceProfiles),
        mfaDeviceSerials(iam),
    ]);
    const sorted = (names) => sortBy(names, (name) => name);
    return {
        account: settings ? [ACCOUNT_SETTINGS] : [],
        policy: sorted(policies.map((p) => p.Arn)),
        'saml-provider': sorted((saml.SAMLProviderList ?? []).map((p) => p.Arn)),
        'oidc-provider': sorted((oidc.OpenIDConnectProviderList ?? []).map((p) => p.Arn)),
        'server-certificate': sorted(certificates.map((c) => c.ServerCertificateName)),
        user: sorted(users.map((u) => u.UserName)),
        group: sorted(groups.map((g) => g.GroupName)),
        role: sorted(customer.map((r) => r.RoleName)),
        'service-linked-role': sorted(serviceLinked.map((r) => r.RoleName)),
        'instance-profile': sorted(profiles.map((p) => p.InstanceProfileName)),
        'mfa-device': sorted(devices),
    };
}
/** Whether the account holds anything the module keeps. */
export async function holdsState(iam) {
    return Object.values(await listNames(iam)).some((keys) => keys.length > 0);
}
