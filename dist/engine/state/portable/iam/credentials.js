/**
 * A user's credentials: the login profile, access keys, SSH public keys and signing
 * certificates. IAM never returns a password or a secret key and draws every key's and
 * certificate's id, so what the pod keeps is what can be given back: that a user may sign in,
 * how many keys it has and their status, the public keys and certificates themselves.
 */
import { randomBytes } from 'node:crypto';
import * as IAM from '@aws-sdk/client-iam';
import { collect, unlessMissing } from '../kit/index.js';
const SSH_KEYS = {
    list: async (iam, UserName) => (await collect(IAM.paginateListSSHPublicKeys({ client: iam }, { UserName }), (p) => p.SSHPublicKeys)).map((k) => ({
        id: k.SSHPublicKeyId,
        status: k.Status,
    })),
    body: async (iam, UserName, SSHPublicKeyId) => (await iam.send(new IAM.GetSSHPublicKeyCommand({ UserName, SSHPublicKeyId, Encoding: 'SSH' }))).SSHPublicKey.SSHPublicKeyBody,
    upload: async (iam, UserName, SSHPublicKeyBody) => (await iam.send(new IAM.UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody }))).SSHPublicKey.SSHPublicKeyId,
    setStatus: (iam, UserName, SSHPublicKeyId, Status) => iam.send(new IAM.UpdateSSHPublicKeyCommand({ UserName, SSHPublicKeyId, Status: Status })),
    remove: (iam, UserName, SSHPublicKeyId) => iam.send(new IAM.DeleteSSHPublicKeyCommand({ UserName, SSHPublicKeyId })),
};
const SIGNING_CERTIFICATES = {
    list: async (iam, UserName) => (await collect(IAM.paginateListSigningCertificates({ client: iam }, { UserName }), (p) => p.Certificates)).map((c) => ({
        id: c.CertificateId,
        status: c.Status,
        body: c.CertificateBody,
    })),
    upload: async (iam, UserName, CertificateBody) => (await iam.send(new IAM.UploadSigningCertificateCommand({ UserName, CertificateBody }))).Certificate.CertificateId,
    setStatus: (iam, UserName, CertificateId, Status) => iam.send(new IAM.UpdateSigningCertificateCommand({ UserName, CertificateId, Status: Status })),
    remove: (iam, UserName, CertificateId) => iam.send(new IAM.DeleteSigningCertificateCommand({ UserName, CertificateId })),
};
async function uploaded(iam, calls, user) {
    const listed = await calls.list(iam, user);
    return Promise.all(listed.map(async (u) => ({ id: u.id, status: u.status, body: u.body ?? (await calls.body(iam, user, u.id)) })));
}
const accessKeys = (iam, UserName) => collect(IAM.paginateListAccessKeys({ client: iam }, { UserName }), (p) => p.AccessKeyMetadata);
const sameBody = (a, b) => a.trim() === b.trim();
/** What the pod keeps of a user's credentials. */
export async function captureCredentials(iam, UserName) {
    const [profile, keys, ssh, certificates] = await Promise.all([
        unlessMissing(iam.send(new IAM.GetLoginProfileCommand({ UserName }))),
        accessKeys(iam, UserName),
        uploaded(iam, SSH_KEYS, UserName),
        uploaded(iam, SIGNING_CERTIFICATES, UserName),
    ]);
    const bodies = (items) => items.length > 0 ? items.map(({ body, status }) => ({ body, status })).sort((a, b) => (a.body < b.body ? -1 : 1)) : undefined;
    const oldestFirst = [...keys].sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0));
    return {
        loginProfile: profile?.LoginProfile ? { passwordResetRequired: profile.LoginProfile.PasswordResetRequired ?? false } : undefined,
        accessKeys: oldestFirst.length > 0 ? oldestFirst.map((k) => k.Status) : undefined,
        sshPublicKeys: bodies(ssh),
        signingCertificates: bodies(certificates),
    };
}
/** What a load cannot give back as it was, for the save's warning; undefined when nothing. */
export function credentialCaveat(c) {
    const lost = [
        c.loginProfile && 'its console password (IAM never returns one: a load sets a random one)',
        c.accessKeys && `its ${c.accessKeys.length} access key(s) (IAM never returns a secret and draws key ids: a load makes new keys, with new ids and secrets)`,
        c.sshPublicKeys && `the ids of its ${c.sshPublicKeys.length} SSH public key(s)`,
        c.signingCertificates && `the ids of its ${c.signingCertificates.length} signing certificate(s)`,
    ].filter(Boolean);
    return lost.length > 0 ? `a load does not keep ${lost.join('; ')}` : undefined;
}
/** A password no account password policy refuses: every class of character, 64 long. */
function randomPassword() {
    return `Aa1!${randomBytes(45).toString('base64')}`;
}
/** Makes one kind of uploaded credential the pod's: matched by body, the others removed. */
async function syncUploaded(iam, calls, user, wanted) {
    const current = await uploaded(iam, calls, user);
    for (const item of current)
        if (!wanted.some((w) => sameBody(w.body, item.body)))
            await unlessMissing(calls.remove(iam, user, item.id));
    for (const want of wanted) {
        const found = current.find((item) => sameBody(want.body, item.body));
        const id = found?.id ?? (await calls.upload(iam, user, want.body));
        if ((found?.status ?? 'Active') !== want.status)
            await calls.setStatus(iam, user, id, want.status);
    }
}
/**
 * Makes a user's credentials the pod's. Access keys cannot be told apart, so a user keeps as
 * many of its own as the pod has (the newest go), and new ones make up the rest.
 */
export async function restoreCredentials(iam, UserName, c) {
    const profile = await unlessMissing(iam.send(new IAM.GetLoginProfileCommand({ UserName })));
    if (c.loginProfile) {
        const PasswordResetRequired = c.loginProfile.passwordResetRequired;
        if (profile)
            await iam.send(new IAM.UpdateLoginProfileCommand({ UserName, PasswordResetRequired }));
        else
            await iam.send(new IAM.CreateLoginProfileCommand({ UserName, Password: randomPassword(), PasswordResetRequired }));
    }
    else if (profile) {
        await iam.send(new IAM.DeleteLoginProfileCommand({ UserName }));
    }
    const wanted = c.accessKeys ?? [];
    const keys = (await accessKeys(iam, UserName)).sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0));
    for (const key of keys.slice(wanted.length))
        await iam.send(new IAM.DeleteAccessKeyCommand({ UserName, AccessKeyId: key.AccessKeyId }));
    for (const [i, status] of wanted.entries()) {
        const key = keys[i] ?? (await iam.send(new IAM.CreateAccessKeyCommand({ UserName }))).AccessKey;
        if (key.Status !== status)
            await iam.send(new IAM.UpdateAccessKeyCommand({ UserName, AccessKeyId: key.AccessKeyId, Status: status }));
    }
    await syncUploaded(iam, SSH_KEYS, UserName, c.sshPublicKeys ?? []);
    await syncUploaded(iam, SIGNING_CERTIFICATES, UserName, c.signingCertificates ?? []);
}
/** Removes every credential of a user, so that IAM lets it be deleted. */
export const removeCredentials = (iam, UserName) => restoreCredentials(iam, UserName, {});
