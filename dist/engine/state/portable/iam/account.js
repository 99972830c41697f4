/**
 * What an account holds beside its principals and policies: its alias and password policy, the
 * identity providers it trusts, its server certificates and the service-linked roles AWS
 * services made in it.
 */
import * as IAM from '@aws-sdk/client-iam';
import { collect, createOrUpdate, isAlreadyExists, replaceTags, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { sortedNames, sortTags, syncNames } from './principals.js';
/** The record of the account's own settings, of which there is one. */
/** The account's server certificates; none where the instance does not implement them (MiniStack). */
export async function serverCertificates(iam) {
    const listed = await unlessUnimplemented(iam, 'ListServerCertificates', () => collect(IAM.paginateListServerCertificates({ client: iam }, {}), (p) => p.ServerCertificateMetadataList));
    return listed ?? [];
}
export const ACCOUNT_SETTINGS = 'settings';
const tagKeys = (tags) => (tags ?? []).map((t) => t.Key);
/** The account's alias and password policy; undefined when it has neither. */
export async function accountSettings(iam) {
    const [aliases, policy] = await Promise.all([
        iam.send(new IAM.ListAccountAliasesCommand({})),
        unlessMissing(iam.send(new IAM.GetAccountPasswordPolicyCommand({}))),
    ]);
    const alias = aliases.AccountAliases?.[0];
    const p = policy?.PasswordPolicy;
    if (!alias && !p)
        return undefined;
    return {
        name: ACCOUNT_SETTINGS,
        alias,
        passwordPolicy: p && {
            MinimumPasswordLength: p.MinimumPasswordLength,
            RequireSymbols: p.RequireSymbols,
            RequireNumbers: p.RequireNumbers,
            RequireUppercaseCharacters: p.RequireUppercaseCharacters,
            RequireLowercaseCharacters: p.RequireLowercaseCharacters,
            AllowUsersToChangePassword: p.AllowUsersToChangePassword,
            // IAM answers ExpirePasswords and a MaxPasswordAge of 0 when passwords never expire.
            MaxPasswordAge: p.ExpirePasswords ? p.MaxPasswordAge : undefined,
            PasswordReusePrevention: p.PasswordReusePrevention || undefined,
            HardExpiry: p.HardExpiry,
        },
    };
}
export async function restoreAccountSettings(iam, a) {
    const current = (await iam.send(new IAM.ListAccountAliasesCommand({}))).AccountAliases ?? [];
    for (const AccountAlias of current)
        if (AccountAlias !== a.alias)
            await iam.send(new IAM.DeleteAccountAliasCommand({ AccountAlias }));
    if (a.alias && !current.includes(a.alias))
        await iam.send(new IAM.CreateAccountAliasCommand({ AccountAlias: a.alias }));
    if (a.passwordPolicy)
        await iam.send(new IAM.UpdateAccountPasswordPolicyCommand(a.passwordPolicy));
    else
        await unlessMissing(iam.send(new IAM.DeleteAccountPasswordPolicyCommand({})));
}
const samlArn = (account, name) => `arn:aws:iam::${account}:saml-provider/${name}`;
const oidcArn = (account, url) => `arn:aws:iam::${account}:oidc-provider/${url}`;
/** The names ARNs end with, after `kind/`. */
export const arnName = (arn, kind) => arn.slice(arn.indexOf(`:${kind}/`) + kind.length + 2);
export async function captureSamlProvider(iam, arn) {
    const provider = await iam.send(new IAM.GetSAMLProviderCommand({ SAMLProviderArn: arn }));
    return { name: arnName(arn, 'saml-provider'), metadata: provider.SAMLMetadataDocument, tags: sortTags(provider.Tags) };
}
export async function restoreSamlProvider(iam, s, account) {
    await createOrUpdate(() => iam.send(new IAM.CreateSAMLProviderCommand({ Name: s.name, SAMLMetadataDocument: s.metadata, Tags: s.tags })), () => iam.send(new IAM.UpdateSAMLProviderCommand({ SAMLProviderArn: samlArn(account, s.name), SAMLMetadataDocument: s.metadata })));
}
export async function captureOidcProvider(iam, arn) {
    const provider = await iam.send(new IAM.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    return {
        name: arnName(arn, 'oidc-provider'),
        clientIds: sortedNames(provider.ClientIDList ?? []),
        thumbprints: provider.ThumbprintList ?? [],
        tags: sortTags(provider.Tags),
    };
}
export async function restoreOidcProvider(iam, o, account) {
    const OpenIDConnectProviderArn = oidcArn(account, o.name);
    await createOrUpdate(() => iam.send(new IAM.CreateOpenIDConnectProviderCommand({
        Url: `https://${o.name}`,
        ClientIDList: o.clientIds,
        ThumbprintList: o.thumbprints,
        Tags: o.tags,
    })), async () => {
        const current = await iam.send(new IAM.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn }));
        await iam.send(new IAM.UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn, ThumbprintList: o.thumbprints }));
        await syncNames(current.ClientIDList ?? [], o.clientIds ?? [], (ClientID) => iam.send(new IAM.RemoveClientIDFromOpenIDConnectProviderCommand({ OpenIDConnectProviderArn, ClientID })), (ClientID) => iam.send(new IAM.AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn, ClientID })));
        await replaceTags(tagKeys(current.Tags), tagKeys(o.tags), {
            untag: (TagKeys) => iam.send(new IAM.UntagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn, TagKeys })),
            tag: () => iam.send(new IAM.TagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn, Tags: o.tags })),
        });
    });
}
export async function captureServerCertificate(iam, name) {
    const { ServerCertificate: c } = await iam.send(new IAM.GetServerCertificateCommand({ ServerCertificateName: name }));
    return {
        name,
        path: c.ServerCertificateMetadata.Path ?? '/',
        body: c.CertificateBody,
        chain: c.CertificateChain || undefined,
        tags: sortTags(c.Tags),
    };
}
/** What a server certificate is uploaded with in place of its private key, which IAM never returns. */
export const PLACEHOLDER_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nnot kept by localstack-pods\n-----END PRIVATE KEY-----\n';
export async function restoreServerCertificate(iam, c) {
    const ServerCertificateName = c.name;
    const current = await unlessMissing(iam.send(new IAM.GetServerCertificateCommand({ ServerCertificateName })));
    const body = current?.ServerCertificate?.CertificateBody;
    // A certificate's body cannot change: another one of the same name is replaced.
    if (body !== undefined && body.trim() !== c.body.trim())
        await iam.send(new IAM.DeleteServerCertificateCommand({ ServerCertificateName }));
    if (body === undefined || body.trim() !== c.body.trim()) {
        await iam.send(new IAM.UploadServerCertificateCommand({
            ServerCertificateName,
            Path: c.path,
            CertificateBody: c.body,
            CertificateChain: c.chain,
            PrivateKey: PLACEHOLDER_PRIVATE_KEY,
            Tags: c.tags,
        }));
    }
    else if (current?.ServerCertificate?.ServerCertificateMetadata?.Path !== c.path) {
        await iam.send(new IAM.UpdateServerCertificateCommand({ ServerCertificateName, NewPath: c.path }));
    }
}
const virtualMfaDevices = (iam) => collect(IAM.paginateListVirtualMFADevices({ client: iam }, {}), (p) => p.VirtualMFADevices);
/** The virtual MFA devices' serial numbers, which end in their path and name. */
export async function mfaDeviceSerials(iam) {
    return (await virtualMfaDevices(iam)).map((d) => d.SerialNumber);
}
/** A device's path and name from its serial number (`arn:…:mfa/people/grace`: `/people/`, `grace`). */
function pathAndName(serial) {
    const full = `/${arnName(serial, 'mfa')}`;
    const slash = full.lastIndexOf('/');
    return { path: full.slice(0, slash + 1), name: full.slice(slash + 1) };
}
export async function captureMfaDevice(iam, serial) {
    const device = (await virtualMfaDevices(iam)).find((d) => d.SerialNumber === serial);
    return { ...pathAndName(serial), user: device?.User?.UserName };
}
/** Any two codes: the emulators check none, and a device's seed is drawn anew anyway. */
const CODES = { AuthenticationCode1: '000000', AuthenticationCode2: '000000' };
export async function restoreMfaDevice(iam, d, account) {
    const SerialNumber = `arn:aws:iam::${account}:mfa${d.path}${d.name}`;
    const current = (await virtualMfaDevices(iam)).find((v) => v.SerialNumber === SerialNumber);
    if (!current)
        await iam.send(new IAM.CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: d.name, Path: d.path }));
    const user = current?.User?.UserName;
    if (user && user !== d.user)
        await iam.send(new IAM.DeactivateMFADeviceCommand({ UserName: user, SerialNumber }));
    if (d.user && user !== d.user)
        await iam.send(new IAM.EnableMFADeviceCommand({ UserName: d.user, SerialNumber, ...CODES }));
}
/** Service-linked roles live under this path, then the service's name. */
export const SERVICE_ROLE_PATH = '/aws-service-role/';
export async function captureServiceLinkedRole(iam, name) {
    const { Role } = await iam.send(new IAM.GetRoleCommand({ RoleName: name }));
    const service = Role.Path.slice(SERVICE_ROLE_PATH.length).replace(/\/$/, '');
    // IAM names the role after the service, then `_` and the suffix its creator chose, if any.
    const underscore = name.indexOf('_');
    return { name, service, suffix: underscore >= 0 ? name.slice(underscore + 1) : undefined, description: Role.Description || undefined };
}
export async function restoreServiceLinkedRole(iam, r) {
    await createOrUpdate(() => iam.send(new IAM.CreateServiceLinkedRoleCommand({ AWSServiceName: r.service, CustomSuffix: r.suffix, Description: r.description })), () => iam.send(new IAM.UpdateRoleDescriptionCommand({ RoleName: r.name, Description: r.description ?? '' })), 
    // LocalStack (as AWS) answers InvalidInput for a role name already taken; moto EntityAlreadyExists.
    (error) => isAlreadyExists(error) || /has been taken/.test(error.message));
}
/** Deletes the account's alias, password policy, providers, MFA devices, server certificates and service-linked roles. */
export async function clearAccountResources(iam) {
    await restoreAccountSettings(iam, { name: ACCOUNT_SETTINGS });
    for (const p of (await iam.send(new IAM.ListSAMLProvidersCommand({}))).SAMLProviderList ?? []) {
        await unlessMissing(iam.send(new IAM.DeleteSAMLProviderCommand({ SAMLProviderArn: p.Arn })));
    }
    for (const p of (await iam.send(new IAM.ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList ?? []) {
        await unlessMissing(iam.send(new IAM.DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: p.Arn })));
    }
    for (const d of await virtualMfaDevices(iam)) {
        if (d.User)
            await unlessMissing(iam.send(new IAM.DeactivateMFADeviceCommand({ UserName: d.User.UserName, SerialNumber: d.SerialNumber })));
        await unlessMissing(iam.send(new IAM.DeleteVirtualMFADeviceCommand({ SerialNumber: d.SerialNumber })));
    }
    for (const c of await serverCertificates(iam)) {
        await unlessMissing(iam.send(new IAM.DeleteServerCertificateCommand({ ServerCertificateName: c.ServerCertificateName })));
    }
    for (const r of await collect(IAM.paginateListRoles({ client: iam }, { PathPrefix: SERVICE_ROLE_PATH }), (p) => p.Roles)) {
        await unlessMissing(iam.send(new IAM.DeleteServiceLinkedRoleCommand({ RoleName: r.RoleName })));
    }
}
