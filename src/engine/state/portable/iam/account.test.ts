import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as IAM from '@aws-sdk/client-iam';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engineFor, sdkConfig, tempHome } from '../../../../test-support/engine.js';
import { startMoto, type Moto } from '../../../../test-support/moto.js';

const { loadState, saveState } = engineFor('iam');

let moto: Moto;
let iam: IAM.IAMClient;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
  iam = new IAM.IAMClient(sdkConfig(moto.endpoint));
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
const stack = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../test/terraform/stacks/platform-account/${file}`, import.meta.url)), 'utf8');
const certificate = stack('lb.pem');
const samlArn = `arn:aws:iam::${account}:saml-provider/corp-sso`;
const oidcArn = `arn:aws:iam::${account}:oidc-provider/token.example.com/ci`;
// An SSH public key as `ssh-keygen -t ed25519` writes it.
const sshKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMtq3Vx2e1Wq6pBcuE1GV5b2Z3y1QWcOJh5iF5yV0r9k ops@example.com';

/** Saves the account, resets the instance and loads it back; the save's warnings, by resource. */
async function roundTrip(pod: string): Promise<Record<string, string>> {
  const saved = await saveState(moto.endpoint, home, pod, { services: 'iam' });
  await moto.reset();
  await loadState(moto.endpoint, home, pod);
  return Object.fromEntries(saved.warnings.map((w) => [w.resource, w.message]));
}

describe('the iam module, beside principals and policies', () => {
  it('restores the account alias, password policy, identity providers, server certificates and service-linked roles', async () => {
    await iam.send(new IAM.CreateAccountAliasCommand({ AccountAlias: 'acme-dev' }));
    await iam.send(
      new IAM.UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 16, RequireSymbols: true, MaxPasswordAge: 30, PasswordReusePrevention: 3 }),
    );
    await iam.send(new IAM.CreateSAMLProviderCommand({ Name: 'corp-sso', SAMLMetadataDocument: stack('saml-metadata.xml') }));
    await iam.send(
      new IAM.CreateOpenIDConnectProviderCommand({
        Url: 'https://token.example.com/ci',
        ClientIDList: ['sts.amazonaws.com', 'ci'],
        ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
        Tags: [{ Key: 'owner', Value: 'ci' }],
      }),
    );
    await iam.send(
      new IAM.UploadServerCertificateCommand({
        ServerCertificateName: 'web',
        Path: '/lb/',
        CertificateBody: certificate,
        PrivateKey: stack('lb.key'),
      }),
    );
    await iam.send(
      new IAM.CreateServiceLinkedRoleCommand({ AWSServiceName: 'autoscaling.amazonaws.com', CustomSuffix: 'web', Description: 'scales web' }),
    );
    await iam.send(new IAM.CreateUserCommand({ UserName: 'grace' }));
    const mfa = `arn:aws:iam::${account}:mfa/people/grace-phone`;
    await iam.send(new IAM.CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'grace-phone', Path: '/people/' }));
    await iam.send(
      new IAM.EnableMFADeviceCommand({ UserName: 'grace', SerialNumber: mfa, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }),
    );
    await iam.send(new IAM.CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'spare' }));

    const warnings = await roundTrip('account');

    expect((await iam.send(new IAM.ListAccountAliasesCommand({}))).AccountAliases).toEqual(['acme-dev']);
    expect((await iam.send(new IAM.GetAccountPasswordPolicyCommand({}))).PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 16,
      RequireSymbols: true,
      RequireNumbers: false,
      ExpirePasswords: true,
      MaxPasswordAge: 30,
      PasswordReusePrevention: 3,
    });
    const saml = await iam.send(new IAM.GetSAMLProviderCommand({ SAMLProviderArn: samlArn }));
    expect(saml.SAMLMetadataDocument).toBe(stack('saml-metadata.xml'));
    const oidc = await iam.send(new IAM.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidcArn }));
    expect(oidc.ClientIDList?.sort()).toEqual(['ci', 'sts.amazonaws.com']);
    expect(oidc.ThumbprintList).toEqual(['6938fd4d98bab03faadb97b34396831e3780aea1']);
    expect(oidc.Tags).toEqual([{ Key: 'owner', Value: 'ci' }]);
    const server = (await iam.send(new IAM.GetServerCertificateCommand({ ServerCertificateName: 'web' }))).ServerCertificate!;
    expect(server.CertificateBody!.trim()).toBe(certificate.trim());
    expect(server.ServerCertificateMetadata!.Path).toBe('/lb/');
    expect(warnings['server certificate web']).toMatch(/private key is not kept/);
    const role = (await iam.send(new IAM.GetRoleCommand({ RoleName: 'AWSServiceRoleForAutoScaling_web' }))).Role!;
    expect(role.Path).toBe('/aws-service-role/autoscaling.amazonaws.com/');
    expect(role.Description).toBe('scales web');
    const devices = (await iam.send(new IAM.ListVirtualMFADevicesCommand({}))).VirtualMFADevices!;
    expect(devices.map((d) => [d.SerialNumber, d.User?.UserName]).sort()).toEqual([
      [mfa, 'grace'],
      [`arn:aws:iam::${account}:mfa/spare`, undefined],
    ]);
    expect(warnings['mfa device grace-phone']).toMatch(/seed is not kept/);
  });

  it('restores users’ login profiles, access keys, SSH keys and signing certificates, and warns of what changes', async () => {
    await iam.send(new IAM.CreateUserCommand({ UserName: 'ops' }));
    await iam.send(new IAM.CreateLoginProfileCommand({ UserName: 'ops', Password: 'Sup3r-secret-pw!' }));
    const first = (await iam.send(new IAM.CreateAccessKeyCommand({ UserName: 'ops' }))).AccessKey!;
    await iam.send(new IAM.CreateAccessKeyCommand({ UserName: 'ops' }));
    await iam.send(new IAM.UpdateAccessKeyCommand({ UserName: 'ops', AccessKeyId: first.AccessKeyId!, Status: 'Inactive' }));
    const ssh = (await iam.send(new IAM.UploadSSHPublicKeyCommand({ UserName: 'ops', SSHPublicKeyBody: sshKey }))).SSHPublicKey!;
    await iam.send(new IAM.UpdateSSHPublicKeyCommand({ UserName: 'ops', SSHPublicKeyId: ssh.SSHPublicKeyId!, Status: 'Inactive' }));
    await iam.send(new IAM.UploadSigningCertificateCommand({ UserName: 'ops', CertificateBody: certificate }));
    await iam.send(new IAM.CreateUserCommand({ UserName: 'plain' }));

    const warnings = await roundTrip('credentials');

    expect((await iam.send(new IAM.GetLoginProfileCommand({ UserName: 'ops' }))).LoginProfile!.UserName).toBe('ops');
    await expect(iam.send(new IAM.GetLoginProfileCommand({ UserName: 'plain' }))).rejects.toThrow();
    const keys = (await iam.send(new IAM.ListAccessKeysCommand({ UserName: 'ops' }))).AccessKeyMetadata!;
    expect(keys.map((k) => k.Status).sort()).toEqual(['Active', 'Inactive']);
    expect(keys.map((k) => k.AccessKeyId)).not.toContain(first.AccessKeyId);
    const sshKeys = (await iam.send(new IAM.ListSSHPublicKeysCommand({ UserName: 'ops' }))).SSHPublicKeys!;
    expect(sshKeys.map((k) => k.Status)).toEqual(['Inactive']);
    const body = await iam.send(new IAM.GetSSHPublicKeyCommand({ UserName: 'ops', SSHPublicKeyId: sshKeys[0]!.SSHPublicKeyId!, Encoding: 'SSH' }));
    expect(body.SSHPublicKey!.SSHPublicKeyBody).toBe(sshKey);
    const certificates = (await iam.send(new IAM.ListSigningCertificatesCommand({ UserName: 'ops' }))).Certificates!;
    expect(certificates.map((c) => [c.CertificateBody!.trim(), c.Status])).toEqual([[certificate.trim(), 'Active']]);
    expect(warnings['user ops']).toMatch(/console password.*2 access key\(s\).*new ids and secrets.*1 SSH public key.*1 signing certificate/);
    expect(warnings['user plain']).toBeUndefined();
  });

  it('restores a policy’s versions under their ids, the default among them', async () => {
    const doc = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
    const PolicyArn = (await iam.send(new IAM.CreatePolicyCommand({ PolicyName: 'deploy', PolicyDocument: doc('s3:GetObject') }))).Policy!.Arn!;
    for (const [action, SetAsDefault] of [
      ['s3:PutObject', false],
      ['s3:ListBucket', true],
      ['s3:DeleteObject', false],
    ] as const) {
      await iam.send(new IAM.CreatePolicyVersionCommand({ PolicyArn, PolicyDocument: doc(action), SetAsDefault }));
    }
    await iam.send(new IAM.DeletePolicyVersionCommand({ PolicyArn, VersionId: 'v1' }));

    await roundTrip('versions');

    const versions = (await iam.send(new IAM.ListPolicyVersionsCommand({ PolicyArn }))).Versions!;
    expect(versions.map((v) => [v.VersionId, v.IsDefaultVersion]).sort()).toEqual([
      ['v2', false],
      ['v3', true],
      ['v4', false],
    ]);
    const v4 = await iam.send(new IAM.GetPolicyVersionCommand({ PolicyArn, VersionId: 'v4' }));
    expect(JSON.parse(decodeURIComponent(v4.PolicyVersion!.Document!))).toEqual(JSON.parse(doc('s3:DeleteObject')));
    expect((await iam.send(new IAM.GetPolicyCommand({ PolicyArn }))).Policy!.DefaultVersionId).toBe('v3');
  });
});
