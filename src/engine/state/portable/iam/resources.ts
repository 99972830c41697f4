/**
 * The kinds of IAM resources the module keeps, each with the shape of its record, how it is read
 * from the instance and how it is written back over whatever of the same name is there.
 */
import * as IAM from '@aws-sdk/client-iam';
import type { CapturedRecord } from '../../module.js';
import { collect, createOrUpdate, type Handler, on, type RecordData, recordKind, replaceTags, sortedRecord, unlessMissing } from '../kit/index.js';
import {
  captureMfaDevice,
  captureOidcProvider,
  captureSamlProvider,
  captureServerCertificate,
  captureServiceLinkedRole,
  accountSettings,
  restoreAccountSettings,
  restoreMfaDevice,
  restoreOidcProvider,
  restoreSamlProvider,
  restoreServerCertificate,
  restoreServiceLinkedRole,
} from './account.js';
import { captureCredentials, credentialCaveat, restoreCredentials, type UserCredentials } from './credentials.js';
import type { RecordType } from './listing.js';
import { decodeDocument, principalPolicies, sortedNames, sortTags, syncNames, syncPrincipalPolicies, type PrincipalPolicies } from './principals.js';

/** IAM is global: its state lives in, and is captured from, this one region. */
export const IAM_REGION = 'us-east-1';

/**
 * Capture and restore order: the password policy before the users whose passwords it rules,
 * policies and identity providers before the principals that name them, profiles after roles,
 * MFA devices after the users they are enabled for.
 */
export const TYPE_ORDER: readonly RecordType[] = [
  'account',
  'policy',
  'saml-provider',
  'oidc-provider',
  'server-certificate',
  'user',
  'group',
  'role',
  'service-linked-role',
  'instance-profile',
  'mfa-device',
];

type PolicyData = {
  name: string;
  path: string;
  description?: string;
  /** The default version's document. */
  document: string;
  /** The default version's id. */
  defaultVersion?: string;
  /** The versions that are not the default, by id. */
  versions?: Record<string, string>;
  tags?: IAM.Tag[];
};

type UserData = PrincipalPolicies &
  UserCredentials & {
    name: string;
    path: string;
    permissionsBoundary?: string;
    tags?: IAM.Tag[];
  };

type GroupData = PrincipalPolicies & {
  name: string;
  path: string;
  members?: string[];
};

type RoleData = PrincipalPolicies & {
  name: string;
  path: string;
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: IAM.Tag[];
};

type InstanceProfileData = {
  name: string;
  path: string;
  roles?: string[];
  tags?: IAM.Tag[];
};

const tagKeys = (tags: readonly IAM.Tag[] | undefined) => (tags ?? []).map((t) => t.Key!);

/** Policies and users have their tags listed apart; roles and profiles come with theirs. */
const policyTags = (iam: IAM.IAMClient, PolicyArn: string) => collect(IAM.paginateListPolicyTags({ client: iam }, { PolicyArn }), (p) => p.Tags);
const userTags = (iam: IAM.IAMClient, UserName: string) => collect(IAM.paginateListUserTags({ client: iam }, { UserName }), (p) => p.Tags);

/** Deletes non-default versions of a policy until at most `keep` of them are left. */
export async function deleteOldVersions(iam: IAM.IAMClient, PolicyArn: string, keep: number): Promise<void> {
  const versions = await collect(IAM.paginateListPolicyVersions({ client: iam }, { PolicyArn }), (p) => p.Versions);
  const old = versions.filter((v) => !v.IsDefaultVersion).sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0));
  for (const version of old.slice(0, Math.max(0, old.length - keep))) {
    await iam.send(new IAM.DeletePolicyVersionCommand({ PolicyArn, VersionId: version.VersionId! }));
  }
}

/** Makes a group's members exactly `wanted`. */
export async function syncMembers(iam: IAM.IAMClient, GroupName: string, wanted: readonly string[]): Promise<void> {
  const members = await collect(IAM.paginateGetGroup({ client: iam }, { GroupName }), (p) => p.Users);
  await syncNames(
    members.map((u) => u.UserName!),
    wanted,
    (UserName) => unlessMissing(iam.send(new IAM.RemoveUserFromGroupCommand({ GroupName, UserName }))),
    (UserName) => iam.send(new IAM.AddUserToGroupCommand({ GroupName, UserName })),
  );
}

/** A version id's number (`v3`: 3), which orders versions as IAM made them. */
const versionNumber = (id: string) => Number(id.slice(1));

const policyVersion = async (iam: IAM.IAMClient, PolicyArn: string, VersionId: string) =>
  decodeDocument((await iam.send(new IAM.GetPolicyVersionCommand({ PolicyArn, VersionId }))).PolicyVersion!.Document!);

async function capturePolicy(iam: IAM.IAMClient, arn: string): Promise<PolicyData> {
  const { Policy } = await iam.send(new IAM.GetPolicyCommand({ PolicyArn: arn }));
  const [listed, tags] = await Promise.all([
    collect(IAM.paginateListPolicyVersions({ client: iam }, { PolicyArn: arn }), (p) => p.Versions),
    policyTags(iam, arn),
  ]);
  const others = listed.filter((v) => v.VersionId !== Policy!.DefaultVersionId).map((v) => v.VersionId!);
  const versions = await Promise.all(others.map(async (id) => [id, await policyVersion(iam, arn, id)] as const));
  return {
    name: Policy!.PolicyName!,
    path: Policy!.Path ?? '/',
    description: Policy!.Description || undefined,
    document: await policyVersion(iam, arn, Policy!.DefaultVersionId!),
    defaultVersion: Policy!.DefaultVersionId,
    versions: sortedRecord(Object.fromEntries(versions)),
    tags: sortTags(tags),
  };
}

/** IAM keeps at most this many versions of a policy. */
const MAX_VERSIONS = 5;

/**
 * Makes a policy with the pod's versions under their ids. IAM numbers versions itself, one
 * more than the last it made, so a version id the pod lacks (deleted before the save) is made
 * too, as a stand-in, and deleted again once it is no longer the default or in the way.
 */
async function createPolicy(iam: IAM.IAMClient, PolicyArn: string, p: PolicyData): Promise<void> {
  const wanted = new Map(Object.entries(p.versions ?? {}));
  const defaultVersion = p.defaultVersion ?? 'v1';
  wanted.set(defaultVersion, p.document);
  const last = Math.max(...[...wanted.keys()].map(versionNumber));
  let standIns: string[] = [];
  let current = 'v1';
  let live = 0;
  const make = async (VersionId: string, make: () => Promise<unknown>) => {
    await make();
    live += 1;
    if (!wanted.has(VersionId)) standIns.push(VersionId);
  };
  const dropStandIns = async () => {
    for (const VersionId of standIns.filter((id) => id !== current)) {
      await iam.send(new IAM.DeletePolicyVersionCommand({ PolicyArn, VersionId }));
      live -= 1;
    }
    standIns = standIns.filter((id) => id === current);
  };
  const PolicyDocument = wanted.get('v1') ?? p.document;
  await make('v1', () =>
    iam.send(new IAM.CreatePolicyCommand({ PolicyName: p.name, Path: p.path, Description: p.description, PolicyDocument, Tags: p.tags })),
  );
  for (let n = 2; n <= last; n += 1) {
    const VersionId = `v${n}`;
    if (live >= MAX_VERSIONS) {
      // Full of the pod's versions and a stand-in default: the newest takes its place for now.
      if (!wanted.has(current)) {
        current = `v${n - 1}`;
        await iam.send(new IAM.SetDefaultPolicyVersionCommand({ PolicyArn, VersionId: current }));
      }
      await dropStandIns();
    }
    const SetAsDefault = VersionId === defaultVersion;
    await make(VersionId, () =>
      iam.send(new IAM.CreatePolicyVersionCommand({ PolicyArn, PolicyDocument: wanted.get(VersionId) ?? p.document, SetAsDefault })),
    );
    if (SetAsDefault) current = VersionId;
  }
  if (current !== defaultVersion) await iam.send(new IAM.SetDefaultPolicyVersionCommand({ PolicyArn, VersionId: defaultVersion }));
  current = defaultVersion;
  await dropStandIns();
}

async function restorePolicy(iam: IAM.IAMClient, p: PolicyData, account: string): Promise<void> {
  const PolicyArn = `arn:aws:iam::${account}:policy${p.path}${p.name}`;
  await createOrUpdate(
    () => createPolicy(iam, PolicyArn, p),
    // An existing policy only gets the pod's default version: its other versions stay its own.
    async () => {
      // A policy holds at most five versions: make room for the one that becomes the default.
      await deleteOldVersions(iam, PolicyArn, 3);
      await iam.send(new IAM.CreatePolicyVersionCommand({ PolicyArn, PolicyDocument: p.document, SetAsDefault: true }));
      await replaceTags(tagKeys(await policyTags(iam, PolicyArn)), tagKeys(p.tags), {
        untag: (TagKeys) => iam.send(new IAM.UntagPolicyCommand({ PolicyArn, TagKeys })),
        tag: () => iam.send(new IAM.TagPolicyCommand({ PolicyArn, Tags: p.tags })),
      });
    },
  );
}

async function captureUser(iam: IAM.IAMClient, name: string): Promise<UserData> {
  const [{ User }, tags, policies, credentials] = await Promise.all([
    iam.send(new IAM.GetUserCommand({ UserName: name })),
    userTags(iam, name),
    principalPolicies(iam, 'user', name),
    captureCredentials(iam, name),
  ]);
  return {
    name,
    path: User!.Path ?? '/',
    permissionsBoundary: User!.PermissionsBoundary?.PermissionsBoundaryArn,
    tags: sortTags(tags),
    ...policies,
    ...credentials,
  };
}

async function restoreUser(iam: IAM.IAMClient, u: UserData): Promise<void> {
  const UserName = u.name;
  await createOrUpdate(
    () => iam.send(new IAM.CreateUserCommand({ UserName, Path: u.path, Tags: u.tags })),
    async () => {
      await iam.send(new IAM.UpdateUserCommand({ UserName, NewPath: u.path }));
      await replaceTags(tagKeys(await userTags(iam, UserName)), tagKeys(u.tags), {
        untag: (TagKeys) => iam.send(new IAM.UntagUserCommand({ UserName, TagKeys })),
        tag: () => iam.send(new IAM.TagUserCommand({ UserName, Tags: u.tags })),
      });
      const { User } = await iam.send(new IAM.GetUserCommand({ UserName }));
      if (!u.permissionsBoundary && User?.PermissionsBoundary) {
        await iam.send(new IAM.DeleteUserPermissionsBoundaryCommand({ UserName }));
      }
    },
  );
  if (u.permissionsBoundary) {
    await iam.send(new IAM.PutUserPermissionsBoundaryCommand({ UserName, PermissionsBoundary: u.permissionsBoundary }));
  }
  await syncPrincipalPolicies(iam, 'user', UserName, u);
  await restoreCredentials(iam, UserName, u);
}

async function captureGroup(iam: IAM.IAMClient, name: string): Promise<GroupData> {
  let path = '/';
  const members: string[] = [];
  for await (const page of IAM.paginateGetGroup({ client: iam }, { GroupName: name })) {
    path = page.Group?.Path ?? path;
    members.push(...(page.Users ?? []).map((u) => u.UserName!));
  }
  return { name, path, members: sortedNames(members), ...(await principalPolicies(iam, 'group', name)) };
}

async function restoreGroup(iam: IAM.IAMClient, g: GroupData): Promise<void> {
  const GroupName = g.name;
  await createOrUpdate(
    () => iam.send(new IAM.CreateGroupCommand({ GroupName, Path: g.path })),
    () => iam.send(new IAM.UpdateGroupCommand({ GroupName, NewPath: g.path })),
  );
  await syncMembers(iam, GroupName, g.members ?? []);
  await syncPrincipalPolicies(iam, 'group', GroupName, g);
}

async function captureRole(iam: IAM.IAMClient, name: string): Promise<RoleData> {
  const [{ Role }, policies] = await Promise.all([iam.send(new IAM.GetRoleCommand({ RoleName: name })), principalPolicies(iam, 'role', name)]);
  return {
    name,
    path: Role!.Path ?? '/',
    assumeRolePolicyDocument: decodeDocument(Role!.AssumeRolePolicyDocument!),
    description: Role!.Description || undefined,
    maxSessionDuration: Role!.MaxSessionDuration,
    permissionsBoundary: Role!.PermissionsBoundary?.PermissionsBoundaryArn,
    tags: sortTags(Role!.Tags),
    ...policies,
  };
}

async function restoreRole(iam: IAM.IAMClient, r: RoleData): Promise<void> {
  const RoleName = r.name;
  await createOrUpdate(
    () =>
      iam.send(
        new IAM.CreateRoleCommand({
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
      await iam.send(new IAM.UpdateAssumeRolePolicyCommand({ RoleName, PolicyDocument: r.assumeRolePolicyDocument }));
      await iam.send(new IAM.UpdateRoleCommand({ RoleName, Description: r.description ?? '', MaxSessionDuration: r.maxSessionDuration }));
      const { Role } = await iam.send(new IAM.GetRoleCommand({ RoleName }));
      await replaceTags(tagKeys(Role?.Tags), tagKeys(r.tags), {
        untag: (TagKeys) => iam.send(new IAM.UntagRoleCommand({ RoleName, TagKeys })),
        tag: () => iam.send(new IAM.TagRoleCommand({ RoleName, Tags: r.tags })),
      });
      if (r.permissionsBoundary) {
        await iam.send(new IAM.PutRolePermissionsBoundaryCommand({ RoleName, PermissionsBoundary: r.permissionsBoundary }));
      } else if (Role?.PermissionsBoundary) {
        await iam.send(new IAM.DeleteRolePermissionsBoundaryCommand({ RoleName }));
      }
    },
  );
  await syncPrincipalPolicies(iam, 'role', RoleName, r);
}

async function captureInstanceProfile(iam: IAM.IAMClient, name: string): Promise<InstanceProfileData> {
  const { InstanceProfile } = await iam.send(new IAM.GetInstanceProfileCommand({ InstanceProfileName: name }));
  return {
    name,
    path: InstanceProfile!.Path ?? '/',
    roles: sortedNames((InstanceProfile!.Roles ?? []).map((r) => r.RoleName!)),
    tags: sortTags(InstanceProfile!.Tags),
  };
}

async function restoreInstanceProfile(iam: IAM.IAMClient, p: InstanceProfileData): Promise<void> {
  const InstanceProfileName = p.name;
  await createOrUpdate(
    () => iam.send(new IAM.CreateInstanceProfileCommand({ InstanceProfileName, Path: p.path, Tags: p.tags })),
    async () => {
      const { InstanceProfile } = await iam.send(new IAM.GetInstanceProfileCommand({ InstanceProfileName }));
      await replaceTags(tagKeys(InstanceProfile?.Tags), tagKeys(p.tags), {
        untag: (TagKeys) => iam.send(new IAM.UntagInstanceProfileCommand({ InstanceProfileName, TagKeys })),
        tag: () => iam.send(new IAM.TagInstanceProfileCommand({ InstanceProfileName, Tags: p.tags })),
      });
    },
  );
  const { InstanceProfile } = await iam.send(new IAM.GetInstanceProfileCommand({ InstanceProfileName }));
  await syncNames(
    (InstanceProfile?.Roles ?? []).map((r) => r.RoleName!),
    p.roles ?? [],
    (RoleName) => iam.send(new IAM.RemoveRoleFromInstanceProfileCommand({ InstanceProfileName, RoleName })),
    (RoleName) => iam.send(new IAM.AddRoleToInstanceProfileCommand({ InstanceProfileName, RoleName })),
  );
}

/** How one kind of resource is captured (from the key its listing gives) and restored. */
export type Resource = {
  /** Its record, and what a load cannot give back as it was (for the save to warn of). */
  capture(iam: IAM.IAMClient, key: string): Promise<{ record: CapturedRecord; label: string; caveat?: string }>;
  /** The restore of its records into `account`. */
  handler(iam: IAM.IAMClient, account: string): Handler;
};

/** A kind of resource, its records identified by the resource's name. */
function resource<D extends RecordData & { name: string }>(
  type: RecordType,
  read: (iam: IAM.IAMClient, key: string) => Promise<D>,
  write: (iam: IAM.IAMClient, data: D, account: string) => Promise<void>,
  caveat: (data: D) => string | undefined = () => undefined,
): Resource {
  const kind = recordKind<D>(type);
  return {
    capture: async (iam, key) => {
      const data = await read(iam, key);
      return { record: kind.record(IAM_REGION, data.name, data), label: kind.label(data.name), caveat: caveat(data) };
    },
    handler: (iam, account) => on(kind, (data) => write(iam, data, account)),
  };
}

/** Every kind of resource the module keeps, by its records' type. */
export const RESOURCES: Readonly<Record<RecordType, Resource>> = {
  account: resource('account', async (iam) => (await accountSettings(iam))!, restoreAccountSettings),
  policy: resource('policy', capturePolicy, restorePolicy),
  'saml-provider': resource('saml-provider', captureSamlProvider, restoreSamlProvider),
  'oidc-provider': resource('oidc-provider', captureOidcProvider, restoreOidcProvider),
  'server-certificate': resource(
    'server-certificate',
    captureServerCertificate,
    restoreServerCertificate,
    () => 'its private key is not kept (IAM never returns one): a load uploads the certificate with a placeholder key',
  ),
  user: resource('user', captureUser, restoreUser, credentialCaveat),
  group: resource('group', captureGroup, restoreGroup),
  role: resource('role', captureRole, restoreRole),
  'service-linked-role': resource('service-linked-role', captureServiceLinkedRole, restoreServiceLinkedRole),
  'instance-profile': resource('instance-profile', captureInstanceProfile, restoreInstanceProfile),
  'mfa-device': resource(
    'mfa-device',
    captureMfaDevice,
    restoreMfaDevice,
    () =>
      'its seed is not kept (IAM draws one for each new device): authenticators set up from the saved one give codes the loaded device does not share',
  ),
};
