import * as IAM from '@aws-sdk/client-iam';
import { all, clientConfig, keyed, parsed, plain, read, type DumpTarget, type Json } from './read.js';

/** An IAM list call's every item: IAM pages by Marker and IsTruncated. */
function list<T>(call: (Marker: string | undefined) => Promise<any>, items: string): Promise<T[]> {
  return all<T>(
    async (Marker) => {
      const page = await call(Marker);
      return { ...page, next: page.IsTruncated ? page.Marker : undefined };
    },
    items,
    'next',
  );
}

/** Policy documents come URL-encoded; compared parsed. */
function document(text: unknown): Json {
  return typeof text === 'string' ? parsed(decodeURIComponent(text)) : plain(text);
}

/** A principal's inline policies by name, each with its document. */
async function inline(names: string[], get: (PolicyName: string) => Promise<any>): Promise<Json> {
  return keyed(
    names,
    (n) => n,
    async (n) => document((await get(n)).PolicyDocument),
  );
}

/**
 * IAM is global: users, groups, roles, customer-managed policies (every version) and instance
 * profiles by name, each with inline and attached policies, boundaries, tags and memberships.
 */
export async function dumpIam(target: DumpTarget): Promise<Json> {
  const iam = new IAM.IAMClient(clientConfig(target, 'us-east-1'));
  const [users, groups, roles, policies, profiles] = await Promise.all([
    list<IAM.User>((Marker) => iam.send(new IAM.ListUsersCommand({ Marker })), 'Users'),
    list<IAM.Group>((Marker) => iam.send(new IAM.ListGroupsCommand({ Marker })), 'Groups'),
    list<IAM.Role>((Marker) => iam.send(new IAM.ListRolesCommand({ Marker })), 'Roles'),
    list<IAM.Policy>((Marker) => iam.send(new IAM.ListPoliciesCommand({ Marker, Scope: 'Local' })), 'Policies'),
    list<IAM.InstanceProfile>((Marker) => iam.send(new IAM.ListInstanceProfilesCommand({ Marker })), 'InstanceProfiles'),
  ]);
  const attached = async (answer: Promise<any>) => ((await answer).AttachedPolicies ?? []).map((p: IAM.AttachedPolicy) => p.PolicyArn).sort();
  return {
    users: await keyed(
      users,
      (u) => u.UserName!,
      async ({ UserName }) => ({
        user: ((await read(iam, new IAM.GetUserCommand({ UserName }))) as any).User ?? null,
        inline: await inline((await iam.send(new IAM.ListUserPoliciesCommand({ UserName }))).PolicyNames ?? [], (PolicyName) =>
          iam.send(new IAM.GetUserPolicyCommand({ UserName, PolicyName })),
        ),
        attached: await attached(iam.send(new IAM.ListAttachedUserPoliciesCommand({ UserName }))),
        groups: ((await iam.send(new IAM.ListGroupsForUserCommand({ UserName }))).Groups ?? []).map((g) => g.GroupName!).sort(),
        tags: ((await read(iam, new IAM.ListUserTagsCommand({ UserName }))) as any).Tags ?? null,
        accessKeys: ((await read(iam, new IAM.ListAccessKeysCommand({ UserName }))) as any).AccessKeyMetadata ?? null,
        loginProfile: await read(iam, new IAM.GetLoginProfileCommand({ UserName })),
      }),
    ),
    groups: await keyed(
      groups,
      (g) => g.GroupName!,
      async ({ GroupName }) => {
        const got = await iam.send(new IAM.GetGroupCommand({ GroupName }));
        return {
          group: got.Group,
          members: (got.Users ?? []).map((u) => u.UserName!).sort(),
          inline: await inline((await iam.send(new IAM.ListGroupPoliciesCommand({ GroupName }))).PolicyNames ?? [], (PolicyName) =>
            iam.send(new IAM.GetGroupPolicyCommand({ GroupName, PolicyName })),
          ),
          attached: await attached(iam.send(new IAM.ListAttachedGroupPoliciesCommand({ GroupName }))),
        };
      },
    ),
    roles: await keyed(
      roles,
      (r) => r.RoleName!,
      async ({ RoleName }) => {
        const role = ((await read(iam, new IAM.GetRoleCommand({ RoleName }))) as any).Role ?? {};
        return {
          role: { ...role, AssumeRolePolicyDocument: document(role.AssumeRolePolicyDocument) },
          inline: await inline((await iam.send(new IAM.ListRolePoliciesCommand({ RoleName }))).PolicyNames ?? [], (PolicyName) =>
            iam.send(new IAM.GetRolePolicyCommand({ RoleName, PolicyName })),
          ),
          attached: await attached(iam.send(new IAM.ListAttachedRolePoliciesCommand({ RoleName }))),
          tags: ((await read(iam, new IAM.ListRoleTagsCommand({ RoleName }))) as any).Tags ?? null,
          instanceProfiles: ((await iam.send(new IAM.ListInstanceProfilesForRoleCommand({ RoleName }))).InstanceProfiles ?? [])
            .map((p) => p.InstanceProfileName!)
            .sort(),
        };
      },
    ),
    policies: await keyed(
      policies,
      (p) => p.Arn!,
      async ({ Arn: PolicyArn }) => {
        const versions = (await iam.send(new IAM.ListPolicyVersionsCommand({ PolicyArn }))).Versions ?? [];
        return {
          policy: ((await read(iam, new IAM.GetPolicyCommand({ PolicyArn }))) as any).Policy ?? null,
          versions: await keyed(
            versions,
            (v) => v.VersionId!,
            async ({ VersionId }) => {
              const version = (await iam.send(new IAM.GetPolicyVersionCommand({ PolicyArn, VersionId }))).PolicyVersion!;
              return { ...(version as object), Document: document(version.Document) };
            },
          ),
          tags: ((await read(iam, new IAM.ListPolicyTagsCommand({ PolicyArn }))) as any).Tags ?? null,
        };
      },
    ),
    instanceProfiles: await keyed(
      profiles,
      (p) => p.InstanceProfileName!,
      async ({ InstanceProfileName }) => {
        const profile = (await iam.send(new IAM.GetInstanceProfileCommand({ InstanceProfileName }))).InstanceProfile!;
        return { ...(profile as object), Roles: (profile.Roles ?? []).map((r) => r.RoleName!).sort() };
      },
    ),
  };
}
