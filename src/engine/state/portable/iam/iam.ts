import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DeleteInstanceProfileCommand,
  DeleteLoginProfileCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DeleteUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  GetGroupPolicyCommand,
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListPoliciesCommand,
  ListUsersCommand,
  ListGroupsCommand,
  ListInstanceProfilesCommand,
  PutGroupPolicyCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  RemoveUserFromGroupCommand,
  TagInstanceProfileCommand,
  TagPolicyCommand,
  TagRoleCommand,
  TagUserCommand,
  UntagInstanceProfileCommand,
  UntagPolicyCommand,
  UntagRoleCommand,
  UntagUserCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateGroupCommand,
  UpdateRoleCommand,
  UpdateUserCommand,
  paginateGetGroup,
  paginateListAccessKeys,
  paginateListAttachedGroupPolicies,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListGroupPolicies,
  paginateListGroups,
  paginateListGroupsForUser,
  paginateListInstanceProfiles,
  paginateListPolicies,
  paginateListPolicyTags,
  paginateListPolicyVersions,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListUserPolicies,
  paginateListUserTags,
  paginateListUsers,
  type AttachedPolicy,
  type Tag,
} from '@aws-sdk/client-iam';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName, unlessMissing } from '../kit/errors.js';

/** IAM is global: its state lives in, and is captured from, this one region. */
const IAM_REGION = 'us-east-1';

/** Principals or policies whose details are read at once. */
const DETAIL_CONCURRENCY = 8;

/** Capture and restore order: policies before the principals attaching them, profiles after roles. */
const TYPE_ORDER = ['policy', 'user', 'group', 'role', 'instance-profile'] as const;
type RecordType = (typeof TYPE_ORDER)[number];

interface PolicyData {
  name: string;
  path: string;
  description?: string;
  document: string;
  tags?: Tag[];
}

/** What users, groups and roles share: policies in and attached to them. */
interface PrincipalPolicies {
  inlinePolicies?: Record<string, string>;
  attachedPolicies?: string[];
}

interface UserData extends PrincipalPolicies {
  name: string;
  path: string;
  permissionsBoundary?: string;
  tags?: Tag[];
}

interface GroupData extends PrincipalPolicies {
  name: string;
  path: string;
  members?: string[];
}

interface RoleData extends PrincipalPolicies {
  name: string;
  path: string;
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Tag[];
}

interface InstanceProfileData {
  name: string;
  path: string;
  roles?: string[];
  tags?: Tag[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortTags(tags: Tag[] | undefined): Tag[] | undefined {
  if (!tags || tags.length === 0) return undefined;
  return tags.map((t) => ({ Key: t.Key!, Value: t.Value ?? '' })).sort((a, b) => compare(a.Key, b.Key));
}

function sorted(values: string[]): string[] | undefined {
  return values.length === 0 ? undefined : [...values].sort(compare);
}

/** IAM answers policy documents URL-encoded on some calls and plain on others. */
function decodeDocument(document: string): string {
  try {
    JSON.parse(document);
    return document;
  } catch {
    return decodeURIComponent(document);
  }
}

async function collect<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

function attachedArns(attached: AttachedPolicy[]): string[] | undefined {
  return sorted(attached.map((p) => p.PolicyArn!));
}

async function inlinePolicies(
  names: string[],
  read: (name: string) => Promise<string>,
): Promise<Record<string, string> | undefined> {
  if (names.length === 0) return undefined;
  const entries = await Promise.all([...names].sort(compare).map(async (name) => [name, decodeDocument(await read(name))]));
  return Object.fromEntries(entries);
}

async function capturePolicy(iam: IAMClient, arn: string): Promise<PolicyData> {
  const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
  const [version, tags] = await Promise.all([
    iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy!.DefaultVersionId })),
    collect(paginateListPolicyTags({ client: iam }, { PolicyArn: arn }), (p) => p.Tags),
  ]);
  return {
    name: Policy!.PolicyName!,
    path: Policy!.Path ?? '/',
    description: Policy!.Description || undefined,
    document: decodeDocument(version.PolicyVersion!.Document!),
    tags: sortTags(tags),
  };
}

async function captureUser(iam: IAMClient, name: string): Promise<UserData> {
  const [{ User }, tags, policyNames, attached] = await Promise.all([
    iam.send(new GetUserCommand({ UserName: name })),
    collect(paginateListUserTags({ client: iam }, { UserName: name }), (p) => p.Tags),
    collect(paginateListUserPolicies({ client: iam }, { UserName: name }), (p) => p.PolicyNames),
    collect(paginateListAttachedUserPolicies({ client: iam }, { UserName: name }), (p) => p.AttachedPolicies),
  ]);
  return {
    name,
    path: User!.Path ?? '/',
    permissionsBoundary: User!.PermissionsBoundary?.PermissionsBoundaryArn,
    tags: sortTags(tags),
    inlinePolicies: await inlinePolicies(policyNames, async (policy) => {
      const got = await iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName: policy }));
      return got.PolicyDocument!;
    }),
    attachedPolicies: attachedArns(attached),
  };
}

async function captureGroup(iam: IAMClient, name: string): Promise<GroupData> {
  let path = '/';
  const members: string[] = [];
  for await (const page of paginateGetGroup({ client: iam }, { GroupName: name })) {
    path = page.Group?.Path ?? path;
    members.push(...(page.Users ?? []).map((u) => u.UserName!));
  }
  const [policyNames, attached] = await Promise.all([
    collect(paginateListGroupPolicies({ client: iam }, { GroupName: name }), (p) => p.PolicyNames),
    collect(paginateListAttachedGroupPolicies({ client: iam }, { GroupName: name }), (p) => p.AttachedPolicies),
  ]);
  return {
    name,
    path,
    members: sorted(members),
    inlinePolicies: await inlinePolicies(policyNames, async (policy) => {
      const got = await iam.send(new GetGroupPolicyCommand({ GroupName: name, PolicyName: policy }));
      return got.PolicyDocument!;
    }),
    attachedPolicies: attachedArns(attached),
  };
}

async function captureRole(iam: IAMClient, name: string): Promise<RoleData> {
  const [{ Role }, policyNames, attached] = await Promise.all([
    iam.send(new GetRoleCommand({ RoleName: name })),
    collect(paginateListRolePolicies({ client: iam }, { RoleName: name }), (p) => p.PolicyNames),
    collect(paginateListAttachedRolePolicies({ client: iam }, { RoleName: name }), (p) => p.AttachedPolicies),
  ]);
  return {
    name,
    path: Role!.Path ?? '/',
    assumeRolePolicyDocument: decodeDocument(Role!.AssumeRolePolicyDocument!),
    description: Role!.Description || undefined,
    maxSessionDuration: Role!.MaxSessionDuration,
    permissionsBoundary: Role!.PermissionsBoundary?.PermissionsBoundaryArn,
    tags: sortTags(Role!.Tags),
    inlinePolicies: await inlinePolicies(policyNames, async (policy) => {
      const got = await iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policy }));
      return got.PolicyDocument!;
    }),
    attachedPolicies: attachedArns(attached),
  };
}

async function captureInstanceProfile(iam: IAMClient, name: string): Promise<InstanceProfileData> {
  const { InstanceProfile } = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: name }));
  return {
    name,
    path: InstanceProfile!.Path ?? '/',
    roles: sorted((InstanceProfile!.Roles ?? []).map((r) => r.RoleName!)),
    tags: sortTags(InstanceProfile!.Tags),
  };
}

/** Service-linked roles belong to the AWS service that made them: CreateRole cannot recreate them. */
function isServiceLinked(path: string | undefined): boolean {
  return path?.startsWith('/aws-service-role/') ?? false;
}

async function listNames(iam: IAMClient): Promise<Record<RecordType, string[]>> {
  const [policies, users, groups, roles, profiles] = await Promise.all([
    collect(paginateListPolicies({ client: iam }, { Scope: 'Local' }), (p) => p.Policies),
    collect(paginateListUsers({ client: iam }, {}), (p) => p.Users),
    collect(paginateListGroups({ client: iam }, {}), (p) => p.Groups),
    collect(paginateListRoles({ client: iam }, {}), (p) => p.Roles),
    collect(paginateListInstanceProfiles({ client: iam }, {}), (p) => p.InstanceProfiles),
  ]);
  // Policies are read by ARN, so their identity carries it until they are captured.
  return {
    policy: policies.map((p) => p.Arn!).sort(compare),
    user: users.map((u) => u.UserName!).sort(compare),
    group: groups.map((g) => g.GroupName!).sort(compare),
    role: roles.filter((r) => !isServiceLinked(r.Path)).map((r) => r.RoleName!).sort(compare),
    'instance-profile': profiles.map((p) => p.InstanceProfileName!).sort(compare),
  };
}

const CAPTURE: Record<RecordType, (iam: IAMClient, key: string) => Promise<{ name: string }>> = {
  policy: capturePolicy,
  user: captureUser,
  group: captureGroup,
  role: captureRole,
  'instance-profile': captureInstanceProfile,
};

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  if (!regions.includes(IAM_REGION)) return;
  const iam = new IAMClient(context.config(IAM_REGION));
  try {
    const names = await listNames(iam);
    for (const type of TYPE_ORDER) {
      const captured = mapOrdered(names[type], DETAIL_CONCURRENCY, (key) => CAPTURE[type](iam, key));
      const records = [];
      for await (const data of captured) records.push(data);
      // Policies are listed by ARN but identified by name, which is unique in an account.
      records.sort((a, b) => compare(a.name, b.name));
      for (const data of records) {
        yield { region: IAM_REGION, type, id: data.name, data: data as unknown as Record<string, unknown> };
        context.progress(`iam ${type} ${data.name}`);
      }
    }
  } finally {
    iam.destroy();
  }
}

async function regionsWithState(context: ServiceContext): Promise<string[]> {
  const iam = new IAMClient(context.config(IAM_REGION));
  try {
    const found = await Promise.all([
      iam.send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 1 })).then((r) => (r.Policies ?? []).length > 0),
      iam.send(new ListUsersCommand({ MaxItems: 1 })).then((r) => (r.Users ?? []).length > 0),
      iam.send(new ListGroupsCommand({ MaxItems: 1 })).then((r) => (r.Groups ?? []).length > 0),
      iam.send(new ListInstanceProfilesCommand({ MaxItems: 1 })).then((r) => (r.InstanceProfiles ?? []).length > 0),
      // Service-linked roles alone are not state this module keeps, so roles are looked at in full.
      collect(paginateListRoles({ client: iam }, {}), (p) => p.Roles).then((roles) =>
        roles.some((r) => !isServiceLinked(r.Path)),
      ),
    ]);
    return found.some(Boolean) ? [IAM_REGION] : [];
  } finally {
    iam.destroy();
  }
}

async function ignoreMissing(call: Promise<unknown>): Promise<void> {
  await unlessMissing(call, ['NoSuchEntity', 'NoSuchEntityException']);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  if (region !== IAM_REGION) return;
  const iam = new IAMClient(context.config(IAM_REGION));
  try {
    const profiles = await collect(paginateListInstanceProfiles({ client: iam }, {}), (p) => p.InstanceProfiles);
    for (const profile of profiles) {
      const InstanceProfileName = profile.InstanceProfileName!;
      for (const role of profile.Roles ?? []) {
        const RoleName = role.RoleName!;
        await ignoreMissing(iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName, RoleName })));
      }
      await ignoreMissing(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName })));
    }
    for (const role of await collect(paginateListRoles({ client: iam }, {}), (p) => p.Roles)) {
      if (isServiceLinked(role.Path)) continue;
      const RoleName = role.RoleName!;
      await syncInline(iam, 'role', RoleName, {});
      await syncAttached(iam, 'role', RoleName, []);
      await ignoreMissing(iam.send(new DeleteRoleCommand({ RoleName })));
    }
    for (const group of await collect(paginateListGroups({ client: iam }, {}), (p) => p.Groups)) {
      const GroupName = group.GroupName!;
      await syncMembers(iam, GroupName, []);
      await syncInline(iam, 'group', GroupName, {});
      await syncAttached(iam, 'group', GroupName, []);
      await ignoreMissing(iam.send(new DeleteGroupCommand({ GroupName })));
    }
    for (const user of await collect(paginateListUsers({ client: iam }, {}), (p) => p.Users)) {
      await deleteUser(iam, user.UserName!);
    }
    for (const policy of await collect(paginateListPolicies({ client: iam }, { Scope: 'Local' }), (p) => p.Policies)) {
      await deleteOldVersions(iam, policy.Arn!, 0);
      await ignoreMissing(iam.send(new DeletePolicyCommand({ PolicyArn: policy.Arn! })));
    }
  } finally {
    iam.destroy();
  }
}

/** A user goes only once nothing hangs off it: keys, login profile, groups, policies. */
async function deleteUser(iam: IAMClient, UserName: string): Promise<void> {
  for (const key of await collect(paginateListAccessKeys({ client: iam }, { UserName }), (p) => p.AccessKeyMetadata)) {
    await ignoreMissing(iam.send(new DeleteAccessKeyCommand({ UserName, AccessKeyId: key.AccessKeyId! })));
  }
  await ignoreMissing(iam.send(new DeleteLoginProfileCommand({ UserName })));
  for (const group of await collect(paginateListGroupsForUser({ client: iam }, { UserName }), (p) => p.Groups)) {
    await ignoreMissing(iam.send(new RemoveUserFromGroupCommand({ GroupName: group.GroupName!, UserName })));
  }
  await syncInline(iam, 'user', UserName, {});
  await syncAttached(iam, 'user', UserName, []);
  await ignoreMissing(iam.send(new DeleteUserCommand({ UserName })));
}

/** Deletes non-default versions of a policy until at most `keep` of them are left. */
async function deleteOldVersions(iam: IAMClient, PolicyArn: string, keep: number): Promise<void> {
  const versions = await collect(paginateListPolicyVersions({ client: iam }, { PolicyArn }), (p) => p.Versions);
  const old = versions
    .filter((v) => !v.IsDefaultVersion)
    .sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0));
  for (const version of old.slice(0, Math.max(0, old.length - keep))) {
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn, VersionId: version.VersionId! }));
  }
}

type Principal = 'user' | 'group' | 'role';

async function syncInline(iam: IAMClient, kind: Principal, name: string, wanted: Record<string, string>): Promise<void> {
  const existing =
    kind === 'user'
      ? await collect(paginateListUserPolicies({ client: iam }, { UserName: name }), (p) => p.PolicyNames)
      : kind === 'group'
        ? await collect(paginateListGroupPolicies({ client: iam }, { GroupName: name }), (p) => p.PolicyNames)
        : await collect(paginateListRolePolicies({ client: iam }, { RoleName: name }), (p) => p.PolicyNames);
  for (const PolicyName of existing.filter((p) => !(p in wanted))) {
    if (kind === 'user') await ignoreMissing(iam.send(new DeleteUserPolicyCommand({ UserName: name, PolicyName })));
    else if (kind === 'group') await ignoreMissing(iam.send(new DeleteGroupPolicyCommand({ GroupName: name, PolicyName })));
    else await ignoreMissing(iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName })));
  }
  for (const [PolicyName, PolicyDocument] of Object.entries(wanted)) {
    if (kind === 'user') await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName, PolicyDocument }));
    else if (kind === 'group') await iam.send(new PutGroupPolicyCommand({ GroupName: name, PolicyName, PolicyDocument }));
    else await iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName, PolicyDocument }));
  }
}

async function syncAttached(iam: IAMClient, kind: Principal, name: string, wanted: string[]): Promise<void> {
  const attached =
    kind === 'user'
      ? await collect(paginateListAttachedUserPolicies({ client: iam }, { UserName: name }), (p) => p.AttachedPolicies)
      : kind === 'group'
        ? await collect(paginateListAttachedGroupPolicies({ client: iam }, { GroupName: name }), (p) => p.AttachedPolicies)
        : await collect(paginateListAttachedRolePolicies({ client: iam }, { RoleName: name }), (p) => p.AttachedPolicies);
  const existing = new Set(attached.map((p) => p.PolicyArn!));
  for (const PolicyArn of existing) {
    if (wanted.includes(PolicyArn)) continue;
    if (kind === 'user') await ignoreMissing(iam.send(new DetachUserPolicyCommand({ UserName: name, PolicyArn })));
    else if (kind === 'group') await ignoreMissing(iam.send(new DetachGroupPolicyCommand({ GroupName: name, PolicyArn })));
    else await ignoreMissing(iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn })));
  }
  for (const PolicyArn of wanted.filter((arn) => !existing.has(arn))) {
    if (kind === 'user') await iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn }));
    else if (kind === 'group') await iam.send(new AttachGroupPolicyCommand({ GroupName: name, PolicyArn }));
    else await iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn }));
  }
}

async function syncMembers(iam: IAMClient, GroupName: string, wanted: string[]): Promise<void> {
  const members = new Set<string>();
  for await (const page of paginateGetGroup({ client: iam }, { GroupName })) {
    for (const user of page.Users ?? []) members.add(user.UserName!);
  }
  for (const UserName of members) {
    if (!wanted.includes(UserName)) await ignoreMissing(iam.send(new RemoveUserFromGroupCommand({ GroupName, UserName })));
  }
  for (const UserName of wanted.filter((u) => !members.has(u))) {
    await iam.send(new AddUserToGroupCommand({ GroupName, UserName }));
  }
}

/** Makes a resource's tags exactly `wanted`: tags the pod lacks are removed. */
async function syncTags(
  existing: Tag[] | undefined,
  wanted: Tag[] | undefined,
  tag: (tags: Tag[]) => Promise<unknown>,
  untag: (keys: string[]) => Promise<unknown>,
): Promise<void> {
  const keep = new Set((wanted ?? []).map((t) => t.Key!));
  const stale = (existing ?? []).map((t) => t.Key!).filter((k) => !keep.has(k));
  if (stale.length > 0) await untag(stale);
  if (wanted && wanted.length > 0) await tag(wanted);
}

/** Runs `create`; when the resource exists already, runs `update` instead. */
async function createOrUpdate(create: () => Promise<unknown>, update: () => Promise<void>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (awsErrorName(error) !== 'EntityAlreadyExists' && awsErrorName(error) !== 'EntityAlreadyExistsException') throw error;
    await update();
    return false;
  }
}

function policyArn(account: string, data: PolicyData): string {
  return `arn:aws:iam::${account}:policy${data.path}${data.name}`;
}

async function restorePolicy(iam: IAMClient, account: string, p: PolicyData): Promise<void> {
  const PolicyArn = policyArn(account, p);
  await createOrUpdate(
    () =>
      iam.send(
        new CreatePolicyCommand({
          PolicyName: p.name,
          Path: p.path,
          Description: p.description,
          PolicyDocument: p.document,
          Tags: p.tags,
        }),
      ),
    async () => {
      // A policy holds at most five versions: make room for the one that becomes the default.
      await deleteOldVersions(iam, PolicyArn, 3);
      await iam.send(new CreatePolicyVersionCommand({ PolicyArn, PolicyDocument: p.document, SetAsDefault: true }));
      const existing = await collect(paginateListPolicyTags({ client: iam }, { PolicyArn }), (page) => page.Tags);
      await syncTags(
        existing,
        p.tags,
        (Tags) => iam.send(new TagPolicyCommand({ PolicyArn, Tags })),
        (TagKeys) => iam.send(new UntagPolicyCommand({ PolicyArn, TagKeys })),
      );
    },
  );
}

async function restoreUser(iam: IAMClient, u: UserData): Promise<void> {
  const UserName = u.name;
  await createOrUpdate(
    () => iam.send(new CreateUserCommand({ UserName, Path: u.path, Tags: u.tags })),
    async () => {
      await iam.send(new UpdateUserCommand({ UserName, NewPath: u.path }));
      const existing = await collect(paginateListUserTags({ client: iam }, { UserName }), (p) => p.Tags);
      await syncTags(
        existing,
        u.tags,
        (Tags) => iam.send(new TagUserCommand({ UserName, Tags })),
        (TagKeys) => iam.send(new UntagUserCommand({ UserName, TagKeys })),
      );
      const { User } = await iam.send(new GetUserCommand({ UserName }));
      if (!u.permissionsBoundary && User?.PermissionsBoundary) {
        await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName }));
      }
    },
  );
  if (u.permissionsBoundary) {
    await iam.send(new PutUserPermissionsBoundaryCommand({ UserName, PermissionsBoundary: u.permissionsBoundary }));
  }
  await syncInline(iam, 'user', UserName, u.inlinePolicies ?? {});
  await syncAttached(iam, 'user', UserName, u.attachedPolicies ?? []);
}

async function restoreGroup(iam: IAMClient, g: GroupData): Promise<void> {
  const GroupName = g.name;
  await createOrUpdate(
    () => iam.send(new CreateGroupCommand({ GroupName, Path: g.path })),
    async () => {
      await iam.send(new UpdateGroupCommand({ GroupName, NewPath: g.path }));
    },
  );
  await syncMembers(iam, GroupName, g.members ?? []);
  await syncInline(iam, 'group', GroupName, g.inlinePolicies ?? {});
  await syncAttached(iam, 'group', GroupName, g.attachedPolicies ?? []);
}

async function restoreRole(iam: IAMClient, r: RoleData): Promise<void> {
  const RoleName = r.name;
  await createOrUpdate(
    () =>
      iam.send(
        new CreateRoleCommand({
          RoleName,
          Path: r.path,
          AssumeRolePolicyDocument: r.assumeRolePolicyDocument,
          Description: r.description,
          MaxSessionDuration: r.maxSessionDuration,
          PermissionsBoundary: r.permissionsBoundary,
          Tags: r.tags,
        }),
      ),
    async () => {
      // A role's path is fixed at creation: IAM has no call to change it.
      await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName, PolicyDocument: r.assumeRolePolicyDocument }));
      await iam.send(
        new UpdateRoleCommand({ RoleName, Description: r.description ?? '', MaxSessionDuration: r.maxSessionDuration }),
      );
      const { Role } = await iam.send(new GetRoleCommand({ RoleName }));
      await syncTags(
        Role?.Tags,
        r.tags,
        (Tags) => iam.send(new TagRoleCommand({ RoleName, Tags })),
        (TagKeys) => iam.send(new UntagRoleCommand({ RoleName, TagKeys })),
      );
      if (r.permissionsBoundary) {
        await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName, PermissionsBoundary: r.permissionsBoundary }));
      } else if (Role?.PermissionsBoundary) {
        await iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName }));
      }
    },
  );
  await syncInline(iam, 'role', RoleName, r.inlinePolicies ?? {});
  await syncAttached(iam, 'role', RoleName, r.attachedPolicies ?? []);
}

async function restoreInstanceProfile(iam: IAMClient, p: InstanceProfileData): Promise<void> {
  const InstanceProfileName = p.name;
  await createOrUpdate(
    () => iam.send(new CreateInstanceProfileCommand({ InstanceProfileName, Path: p.path, Tags: p.tags })),
    async () => {
      const { InstanceProfile } = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName }));
      await syncTags(
        InstanceProfile?.Tags,
        p.tags,
        (Tags) => iam.send(new TagInstanceProfileCommand({ InstanceProfileName, Tags })),
        (TagKeys) => iam.send(new UntagInstanceProfileCommand({ InstanceProfileName, TagKeys })),
      );
    },
  );
  const { InstanceProfile } = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName }));
  const current = new Set((InstanceProfile?.Roles ?? []).map((r) => r.RoleName!));
  const wanted = p.roles ?? [];
  for (const RoleName of current) {
    if (!wanted.includes(RoleName)) await iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName, RoleName }));
  }
  for (const RoleName of wanted.filter((r) => !current.has(r))) {
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName, RoleName }));
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const iam = new IAMClient(context.config(IAM_REGION));
  try {
    // One at a time, in capture order: a principal's policies and a profile's roles come first.
    for await (const record of records) {
      try {
        const data = record.data as unknown;
        if (record.type === 'policy') await restorePolicy(iam, context.account, data as PolicyData);
        else if (record.type === 'user') await restoreUser(iam, data as UserData);
        else if (record.type === 'group') await restoreGroup(iam, data as GroupData);
        else if (record.type === 'role') await restoreRole(iam, data as RoleData);
        else if (record.type === 'instance-profile') await restoreInstanceProfile(iam, data as InstanceProfileData);
        else throw new Error(`Unknown IAM record type "${record.type}" in ${region}`);
        context.progress(`iam ${record.type} ${record.id}`);
      } catch (error) {
        context.fail(`${record.type} ${record.id}`, error);
      }
    }
  } finally {
    iam.destroy();
  }
}

/** IAM (global, in us-east-1): customer managed policies, users, groups, roles, instance profiles, their policies and tags. */
export const iam: ServiceModule = {
  name: 'iam',
  global: true,
  dependsOn: [],
  capture,
  regionsWithState,
  clear,
  restore,
};
