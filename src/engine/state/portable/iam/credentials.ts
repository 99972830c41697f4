/**
 * A user's credentials: the login profile, access keys, SSH public keys, signing certificates
 * and service-specific credentials. IAM never returns a password or a secret key and draws
 * every key's, certificate's and credential's id, so what the pod keeps is what can be given
 * back: that a user may sign in, how many keys and service credentials it has and their status,
 * the public keys and certificates themselves.
 */
import { randomBytes } from 'node:crypto';
import * as IAM from '@aws-sdk/client-iam';
import { collect, sortBy, unlessMissing, unlessUnimplemented } from '../kit/index.js';

/** A public key or certificate, kept by its body; its id is the instance's. */
type Uploaded = { body: string; status: string };

export type UserCredentials = {
  /** The user may sign in to the console; its password is not kept. */
  loginProfile?: { passwordResetRequired: boolean };
  /** The status of each access key, oldest first; neither ids nor secrets are kept. */
  accessKeys?: string[];
  sshPublicKeys?: Uploaded[];
  signingCertificates?: Uploaded[];
  /** Each service-specific credential's service and status, by service; ids, user names and passwords are not kept. */
  serviceCredentials?: { serviceName: string; status: string }[];
};

/** The calls on one kind of uploaded credential, which IAM names each its own way. */
type UploadCalls = {
  list(iam: IAM.IAMClient, user: string): Promise<{ id: string; status: string; body?: string }[]>;
  /** The body of one, for kinds whose listing leaves it out. */
  body?(iam: IAM.IAMClient, user: string, id: string): Promise<string>;
  upload(iam: IAM.IAMClient, user: string, body: string): Promise<string>;
  setStatus(iam: IAM.IAMClient, user: string, id: string, status: string): Promise<unknown>;
  remove(iam: IAM.IAMClient, user: string, id: string): Promise<unknown>;
};

const SSH_KEYS: UploadCalls = {
  list: async (iam, UserName) =>
    (await collect(IAM.paginateListSSHPublicKeys({ client: iam }, { UserName }), (p) => p.SSHPublicKeys)).map((k) => ({
      id: k.SSHPublicKeyId!,
      status: k.Status!,
    })),
  body: async (iam, UserName, SSHPublicKeyId) =>
    (await iam.send(new IAM.GetSSHPublicKeyCommand({ UserName, SSHPublicKeyId, Encoding: 'SSH' }))).SSHPublicKey!.SSHPublicKeyBody!,
  upload: async (iam, UserName, SSHPublicKeyBody) =>
    (await iam.send(new IAM.UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody }))).SSHPublicKey!.SSHPublicKeyId!,
  setStatus: (iam, UserName, SSHPublicKeyId, Status) =>
    iam.send(new IAM.UpdateSSHPublicKeyCommand({ UserName, SSHPublicKeyId, Status: Status as IAM.StatusType })),
  remove: (iam, UserName, SSHPublicKeyId) => iam.send(new IAM.DeleteSSHPublicKeyCommand({ UserName, SSHPublicKeyId })),
};

const SIGNING_CERTIFICATES: UploadCalls = {
  list: async (iam, UserName) =>
    (await collect(IAM.paginateListSigningCertificates({ client: iam }, { UserName }), (p) => p.Certificates)).map((c) => ({
      id: c.CertificateId!,
      status: c.Status!,
      body: c.CertificateBody,
    })),
  upload: async (iam, UserName, CertificateBody) =>
    (await iam.send(new IAM.UploadSigningCertificateCommand({ UserName, CertificateBody }))).Certificate!.CertificateId!,
  setStatus: (iam, UserName, CertificateId, Status) =>
    iam.send(new IAM.UpdateSigningCertificateCommand({ UserName, CertificateId, Status: Status as IAM.StatusType })),
  remove: (iam, UserName, CertificateId) => iam.send(new IAM.DeleteSigningCertificateCommand({ UserName, CertificateId })),
};

async function uploaded(iam: IAM.IAMClient, calls: UploadCalls, user: string): Promise<(Uploaded & { id: string })[]> {
  const listed = await calls.list(iam, user);
  return Promise.all(listed.map(async (u) => ({ id: u.id, status: u.status, body: u.body ?? (await calls.body!(iam, user, u.id)) })));
}

const accessKeys = (iam: IAM.IAMClient, UserName: string) =>
  collect(IAM.paginateListAccessKeys({ client: iam }, { UserName }), (p) => p.AccessKeyMetadata);

const sameBody = (a: string, b: string) => a.trim() === b.trim();

/** The services IAM gives service-specific credentials for. */
const CREDENTIAL_SERVICES = ['codecommit.amazonaws.com', 'cassandra.amazonaws.com', 'bedrock.amazonaws.com'];

/**
 * A user's service-specific credentials, oldest first; undefined where the instance has none to
 * give (moto). LocalStack 4.14 answers a listing without a service name with NoSuchEntity ("No
 * such service None"), so where that fails each service is listed on its own.
 */
async function serviceCredentials(iam: IAM.IAMClient, UserName: string): Promise<IAM.ServiceSpecificCredentialMetadata[] | undefined> {
  const list = async (ServiceName?: string) =>
    (
      await unlessUnimplemented(iam, 'ListServiceSpecificCredentials', () =>
        iam.send(new IAM.ListServiceSpecificCredentialsCommand({ UserName, ServiceName })),
      )
    )?.ServiceSpecificCredentials;
  const perService = async () => {
    const lists = await Promise.all(CREDENTIAL_SERVICES.map(list));
    return lists.some(Boolean) ? lists.flatMap((l) => l ?? []) : undefined;
  };
  const listed = (await list()) ?? (await perService());
  return listed && sortBy(listed, (c) => c.CreateDate?.toISOString() ?? '');
}

/** What the pod keeps of a user's credentials. */
export async function captureCredentials(iam: IAM.IAMClient, UserName: string): Promise<UserCredentials> {
  const [profile, keys, ssh, certificates, services] = await Promise.all([
    unlessMissing(iam.send(new IAM.GetLoginProfileCommand({ UserName }))),
    accessKeys(iam, UserName),
    uploaded(iam, SSH_KEYS, UserName),
    uploaded(iam, SIGNING_CERTIFICATES, UserName),
    serviceCredentials(iam, UserName),
  ]);
  const bodies = (items: (Uploaded & { id: string })[]) =>
    items.length > 0 ? items.map(({ body, status }) => ({ body, status })).sort((a, b) => (a.body < b.body ? -1 : 1)) : undefined;
  const oldestFirst = [...keys].sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0));
  return {
    loginProfile: profile?.LoginProfile ? { passwordResetRequired: profile.LoginProfile.PasswordResetRequired ?? false } : undefined,
    accessKeys: oldestFirst.length > 0 ? oldestFirst.map((k) => k.Status!) : undefined,
    sshPublicKeys: bodies(ssh),
    signingCertificates: bodies(certificates),
    serviceCredentials: services?.length
      ? sortBy(
          services.map((c) => ({ serviceName: c.ServiceName!, status: c.Status! })),
          (c) => `${c.serviceName} ${c.status}`,
        )
      : undefined,
  };
}

/** What a load cannot give back as it was, for the save's warning; undefined when nothing. */
export function credentialCaveat(c: UserCredentials): string | undefined {
  const lost = [
    c.loginProfile && 'its console password (IAM never returns one: a load sets a random one)',
    c.accessKeys &&
      `its ${c.accessKeys.length} access key(s) (IAM never returns a secret and draws key ids: a load makes new keys, with new ids and secrets)`,
    c.sshPublicKeys && `the ids of its ${c.sshPublicKeys.length} SSH public key(s)`,
    c.signingCertificates && `the ids of its ${c.signingCertificates.length} signing certificate(s)`,
    c.serviceCredentials &&
      `its ${c.serviceCredentials.length} service-specific credential(s) (IAM draws their ids, user names and passwords: a load makes new ones)`,
  ].filter(Boolean);
  return lost.length > 0 ? `a load does not keep ${lost.join('; ')}` : undefined;
}

/** A password no account password policy refuses: every class of character, 64 long. */
function randomPassword(): string {
  return `Aa1!${randomBytes(45).toString('base64')}`;
}

/** Makes one kind of uploaded credential the pod's: matched by body, the others removed. */
async function syncUploaded(iam: IAM.IAMClient, calls: UploadCalls, user: string, wanted: readonly Uploaded[]): Promise<void> {
  const current = await uploaded(iam, calls, user);
  for (const item of current) if (!wanted.some((w) => sameBody(w.body, item.body))) await unlessMissing(calls.remove(iam, user, item.id));
  for (const want of wanted) {
    const found = current.find((item) => sameBody(want.body, item.body));
    const id = found?.id ?? (await calls.upload(iam, user, want.body));
    if ((found?.status ?? 'Active') !== want.status) await calls.setStatus(iam, user, id, want.status);
  }
}

/**
 * Makes a user's credentials the pod's. Access keys cannot be told apart, so a user keeps as
 * many of its own as the pod has (the newest go), and new ones make up the rest.
 */
export async function restoreCredentials(iam: IAM.IAMClient, UserName: string, c: UserCredentials): Promise<void> {
  const profile = await unlessMissing(iam.send(new IAM.GetLoginProfileCommand({ UserName })));
  if (c.loginProfile) {
    const PasswordResetRequired = c.loginProfile.passwordResetRequired;
    if (profile) await iam.send(new IAM.UpdateLoginProfileCommand({ UserName, PasswordResetRequired }));
    else await iam.send(new IAM.CreateLoginProfileCommand({ UserName, Password: randomPassword(), PasswordResetRequired }));
  } else if (profile) {
    await iam.send(new IAM.DeleteLoginProfileCommand({ UserName }));
  }
  const wanted = c.accessKeys ?? [];
  const keys = (await accessKeys(iam, UserName)).sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0));
  for (const key of keys.slice(wanted.length)) await iam.send(new IAM.DeleteAccessKeyCommand({ UserName, AccessKeyId: key.AccessKeyId! }));
  for (const [i, status] of wanted.entries()) {
    const key = keys[i] ?? (await iam.send(new IAM.CreateAccessKeyCommand({ UserName }))).AccessKey!;
    if (key.Status !== status)
      await iam.send(new IAM.UpdateAccessKeyCommand({ UserName, AccessKeyId: key.AccessKeyId!, Status: status as IAM.StatusType }));
  }
  await syncUploaded(iam, SSH_KEYS, UserName, c.sshPublicKeys ?? []);
  await syncUploaded(iam, SIGNING_CERTIFICATES, UserName, c.signingCertificates ?? []);
  await syncServiceCredentials(iam, UserName, c.serviceCredentials ?? []);
}

/**
 * Gives a user the pod's service-specific credentials: per service, as many of its own as the
 * pod has (the newest go), and new ones for the rest, each with the pod's status.
 */
async function syncServiceCredentials(
  iam: IAM.IAMClient,
  UserName: string,
  wanted: readonly { serviceName: string; status: string }[],
): Promise<void> {
  const current = await serviceCredentials(iam, UserName);
  if (!current) {
    if (wanted.length > 0)
      throw new Error(`the instance does not implement service-specific credentials, so the ${wanted.length} of the pod were not created`);
    return;
  }
  for (const ServiceName of new Set([...current.map((c) => c.ServiceName!), ...wanted.map((w) => w.serviceName)])) {
    const mine = current.filter((c) => c.ServiceName === ServiceName);
    const statuses = wanted.filter((w) => w.serviceName === ServiceName).map((w) => w.status);
    for (const extra of mine.slice(statuses.length)) {
      await iam.send(new IAM.DeleteServiceSpecificCredentialCommand({ UserName, ServiceSpecificCredentialId: extra.ServiceSpecificCredentialId! }));
    }
    for (const [i, Status] of statuses.entries()) {
      const credential =
        mine[i] ?? (await iam.send(new IAM.CreateServiceSpecificCredentialCommand({ UserName, ServiceName }))).ServiceSpecificCredential!;
      if (credential.Status !== Status) {
        await iam.send(
          new IAM.UpdateServiceSpecificCredentialCommand({
            UserName,
            ServiceSpecificCredentialId: credential.ServiceSpecificCredentialId!,
            Status: Status as IAM.StatusType,
          }),
        );
      }
    }
  }
}

/** Removes every credential of a user, so that IAM lets it be deleted. */
export const removeCredentials = (iam: IAM.IAMClient, UserName: string) => restoreCredentials(iam, UserName, {});
