import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetGroupCommand,
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListPoliciesCommand,
  ListPolicyTagsCommand,
  ListRolesCommand,
  ListUserTagsCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  TagRoleCommand,
  UpdateRoleCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../../index.js';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, options, saveState } = engineFor('iam');

let moto: Moto;
let iam: IAMClient;
let home: string;

beforeAll(async () => {
  // moto 5 has the AWS-managed policies only when asked to; the tests attach one.
  process.env.MOTO_IAM_LOAD_MANAGED_POLICIES = 'true';
  moto = await startMoto();
  iam = new IAMClient(sdkConfig(moto.endpoint));
});
afterAll(async () => {
  iam.destroy();
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = tempHome();
});

const account = '123456789012';
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const readBuckets = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
});
const writeQueues = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:jobs' }],
});
const awsReadOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const customArn = `arn:aws:iam::${account}:policy/team/app-read`;

async function seed(): Promise<void> {
  await iam.send(
    new CreatePolicyCommand({
      PolicyName: 'app-read',
      Path: '/team/',
      Description: 'reads app buckets',
      PolicyDocument: readBuckets,
      Tags: [
        { Key: 'owner', Value: 'platform' },
        { Key: 'cost', Value: 'shared' },
      ],
    }),
  );
  await iam.send(new CreateUserCommand({ UserName: 'alice', Path: '/people/', Tags: [{ Key: 'dept', Value: 'eng' }] }));
  await iam.send(new CreateUserCommand({ UserName: 'bob' }));
  await iam.send(new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'queues', PolicyDocument: writeQueues }));
  await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: customArn }));
  await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: awsReadOnly }));
  await iam.send(new CreateGroupCommand({ GroupName: 'developers', Path: '/eng/' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: 'alice' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: 'bob' }));
  await iam.send(new PutGroupPolicyCommand({ GroupName: 'developers', PolicyName: 'queues', PolicyDocument: writeQueues }));
  await iam.send(new AttachGroupPolicyCommand({ GroupName: 'developers', PolicyArn: customArn }));
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'fn-role',
      Path: '/service/',
      AssumeRolePolicyDocument: trust,
      Description: 'runs functions',
      MaxSessionDuration: 7200,
      Tags: [
        { Key: 'tier', Value: 'backend' },
        { Key: 'app', Value: 'orders' },
      ],
    }),
  );
  await iam.send(new PutRolePolicyCommand({ RoleName: 'fn-role', PolicyName: 'queues', PolicyDocument: writeQueues }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'fn-role', PolicyArn: customArn }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'fn-role', PolicyArn: awsReadOnly }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web', Path: '/ec2/' }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'fn-role' }));
}

async function userNames(): Promise<string[]> {
  return ((await iam.send(new ListUsersCommand({}))).Users ?? []).map((u) => u.UserName!).sort();
}

function decoded(document: string | undefined): unknown {
  return JSON.parse(decodeURIComponent(document!));
}

describe('the iam module', () => {
  it('restores policies, users, groups, roles and instance profiles with their policies, members and tags', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'iam-pod', { services: 'iam' });
    expect(saved.resources).toEqual({ iam: 6 });
    expect(saved.regions).toEqual(['us-east-1']);
    await moto.reset();
    expect(await userNames()).toEqual([]);

    await loadState(moto.endpoint, home, 'iam-pod');

    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: customArn }))).Policy!;
    expect(policy.Path).toBe('/team/');
    expect(policy.Description).toBe('reads app buckets');
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: customArn, VersionId: policy.DefaultVersionId }));
    expect(decoded(version.PolicyVersion!.Document)).toEqual(JSON.parse(readBuckets));
    expect((await iam.send(new ListPolicyTagsCommand({ PolicyArn: customArn }))).Tags).toEqual([
      { Key: 'cost', Value: 'shared' },
      { Key: 'owner', Value: 'platform' },
    ]);

    expect(await userNames()).toEqual(['alice', 'bob']);
    expect((await iam.send(new GetUserCommand({ UserName: 'alice' }))).User!.Path).toBe('/people/');
    expect((await iam.send(new ListUserTagsCommand({ UserName: 'alice' }))).Tags).toEqual([{ Key: 'dept', Value: 'eng' }]);
    const alicePolicy = await iam.send(new GetUserPolicyCommand({ UserName: 'alice', PolicyName: 'queues' }));
    expect(decoded(alicePolicy.PolicyDocument)).toEqual(JSON.parse(writeQueues));
    const aliceAttached = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'alice' }));
    expect(aliceAttached.AttachedPolicies!.map((p) => p.PolicyArn).sort()).toEqual([customArn, awsReadOnly]);

    const group = await iam.send(new GetGroupCommand({ GroupName: 'developers' }));
    expect(group.Group!.Path).toBe('/eng/');
    expect(group.Users!.map((u) => u.UserName).sort()).toEqual(['alice', 'bob']);
    expect((await iam.send(new ListGroupPoliciesCommand({ GroupName: 'developers' }))).PolicyNames).toEqual(['queues']);
    const groupAttached = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'developers' }));
    expect(groupAttached.AttachedPolicies!.map((p) => p.PolicyArn)).toEqual([customArn]);

    const role = (await iam.send(new GetRoleCommand({ RoleName: 'fn-role' }))).Role!;
    expect(role.Arn).toBe(`arn:aws:iam::${account}:role/service/fn-role`);
    expect(decoded(role.AssumeRolePolicyDocument)).toEqual(JSON.parse(trust));
    expect(role.Description).toBe('runs functions');
    expect(role.MaxSessionDuration).toBe(7200);
    expect(role.Tags).toEqual([
      { Key: 'app', Value: 'orders' },
      { Key: 'tier', Value: 'backend' },
    ]);
    const rolePolicy = await iam.send(new GetRolePolicyCommand({ RoleName: 'fn-role', PolicyName: 'queues' }));
    expect(decoded(rolePolicy.PolicyDocument)).toEqual(JSON.parse(writeQueues));
    const roleAttached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'fn-role' }));
    expect(roleAttached.AttachedPolicies!.map((p) => p.PolicyArn).sort()).toEqual([customArn, awsReadOnly]);

    const profile = (await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'web' }))).InstanceProfile!;
    expect(profile.Path).toBe('/ec2/');
    expect(profile.Roles!.map((r) => r.RoleName)).toEqual(['fn-role']);

    // The AWS-managed policies moto ships are neither saved nor touched.
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: awsReadOnly }))).Policy!.PolicyName).toBe('ReadOnlyAccess');
    const local = await iam.send(new ListPoliciesCommand({ Scope: 'Local' }));
    expect(local.Policies!.map((p) => p.PolicyName)).toEqual(['app-read']);
  });

  it('round-trips the trust policy, which GetRole answers URL-encoded', async () => {
    await seed();
    expect((await iam.send(new GetRoleCommand({ RoleName: 'fn-role' }))).Role!.AssumeRolePolicyDocument).toMatch(/^%7B/);
    await saveState(moto.endpoint, home, 'trust', { services: 'iam' });
    await moto.reset();
    await loadState(moto.endpoint, home, 'trust');
    const listed = (await iam.send(new ListRolesCommand({}))).Roles!.find((r) => r.RoleName === 'fn-role')!;
    expect(JSON.parse(decodeURIComponent(listed.AssumeRolePolicyDocument!))).toEqual(JSON.parse(trust));
  });

  it('gives identical layers for unchanged state', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'same', { services: 'iam' });
    await saveState(moto.endpoint, home, 'same', { services: 'iam' });
    const first = await inspect('same:1', options(moto.endpoint, home));
    const second = await inspect('same:2', options(moto.endpoint, home));
    expect(first.layers).toHaveLength(1);
    expect(second.layers.map((l) => l.digest)).toEqual(first.layers.map((l) => l.digest));
  });

  it('is captured by a save limited to other regions, since IAM is global', async () => {
    await seed();
    const saved = await saveState(moto.endpoint, home, 'regional', { services: 'iam', regions: 'eu-west-1' });
    expect(saved.regions).toEqual(['us-east-1']);
    expect(saved.resources.iam).toBeGreaterThan(0);
  });

  it('reports no region when only AWS-managed policies exist, and saves nothing', async () => {
    const saved = await saveState(moto.endpoint, home, 'empty', { services: 'iam' });
    expect(saved.resources).toEqual({});
    expect(saved.regions).toEqual([]);
  });

  it('updates existing principals under deep-merge and leaves other ones alone', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'deep', { services: 'iam' });
    await iam.send(new UpdateRoleCommand({ RoleName: 'fn-role', Description: 'changed', MaxSessionDuration: 3600 }));
    await iam.send(new TagRoleCommand({ RoleName: 'fn-role', Tags: [{ Key: 'extra', Value: 'x' }] }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'fn-role', PolicyName: 'stray', PolicyDocument: readBuckets }));
    await iam.send(new CreateUserCommand({ UserName: 'carol' }));

    await loadState(moto.endpoint, home, 'deep', { strategy: 'deep-merge' });

    const role = (await iam.send(new GetRoleCommand({ RoleName: 'fn-role' }))).Role!;
    expect(role.Description).toBe('runs functions');
    expect(role.MaxSessionDuration).toBe(7200);
    expect(role.Tags!.map((t) => t.Key).sort()).toEqual(['app', 'tier']);
    await expect(iam.send(new GetRolePolicyCommand({ RoleName: 'fn-role', PolicyName: 'stray' }))).rejects.toThrow();
    expect(await userNames()).toEqual(['alice', 'bob', 'carol']);
    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: customArn }))).Policy!;
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: customArn, VersionId: policy.DefaultVersionId }));
    expect(decoded(version.PolicyVersion!.Document)).toEqual(JSON.parse(readBuckets));
  });

  it('clears every customer resource under merge, detaching policies first', async () => {
    await seed();
    await saveState(moto.endpoint, home, 'only-bob', { services: 'iam' });
    await iam.send(new CreateUserCommand({ UserName: 'dave' }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'dave', PolicyArn: customArn }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'dave', PolicyName: 'inline', PolicyDocument: readBuckets }));

    await loadState(moto.endpoint, home, 'only-bob', { strategy: 'merge' });

    expect(await userNames()).toEqual(['alice', 'bob']);
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: awsReadOnly }))).Policy).toBeDefined();
  });
});
