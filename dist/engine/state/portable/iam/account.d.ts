/**
 * What an account holds beside its principals and policies: its alias and password policy, the
 * identity providers it trusts, its server certificates and the service-linked roles AWS
 * services made in it.
 */
import * as IAM from '@aws-sdk/client-iam';
/** The record of the account's own settings, of which there is one. */
/** The account's server certificates; none where the instance does not implement them (MiniStack). */
export declare function serverCertificates(iam: IAM.IAMClient): Promise<IAM.ServerCertificateMetadata[]>;
export declare const ACCOUNT_SETTINGS = "settings";
export type AccountData = {
    name: typeof ACCOUNT_SETTINGS;
    alias?: string;
    passwordPolicy?: IAM.UpdateAccountPasswordPolicyCommandInput;
};
export type SamlProviderData = {
    name: string;
    metadata: string;
    tags?: IAM.Tag[];
};
export type OidcProviderData = {
    /** The provider's URL without its scheme, as its ARN ends. */
    name: string;
    clientIds?: string[];
    thumbprints: string[];
    tags?: IAM.Tag[];
};
export type ServerCertificateData = {
    name: string;
    path: string;
    body: string;
    chain?: string;
    tags?: IAM.Tag[];
};
export type MfaDeviceData = {
    name: string;
    path: string;
    user?: string;
};
export type ServiceLinkedRoleData = {
    name: string;
    service: string;
    suffix?: string;
    description?: string;
};
/** The account's alias and password policy; undefined when it has neither. */
export declare function accountSettings(iam: IAM.IAMClient): Promise<AccountData | undefined>;
export declare function restoreAccountSettings(iam: IAM.IAMClient, a: AccountData): Promise<void>;
/** The names ARNs end with, after `kind/`. */
export declare const arnName: (arn: string, kind: string) => string;
export declare function captureSamlProvider(iam: IAM.IAMClient, arn: string): Promise<SamlProviderData>;
export declare function restoreSamlProvider(iam: IAM.IAMClient, s: SamlProviderData, account: string): Promise<void>;
export declare function captureOidcProvider(iam: IAM.IAMClient, arn: string): Promise<OidcProviderData>;
export declare function restoreOidcProvider(iam: IAM.IAMClient, o: OidcProviderData, account: string): Promise<void>;
export declare function captureServerCertificate(iam: IAM.IAMClient, name: string): Promise<ServerCertificateData>;
/** What a server certificate is uploaded with in place of its private key, which IAM never returns. */
export declare const PLACEHOLDER_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nnot kept by localstack-pods\n-----END PRIVATE KEY-----\n";
export declare function restoreServerCertificate(iam: IAM.IAMClient, c: ServerCertificateData): Promise<void>;
/** The virtual MFA devices' serial numbers, which end in their path and name. */
export declare function mfaDeviceSerials(iam: IAM.IAMClient): Promise<string[]>;
export declare function captureMfaDevice(iam: IAM.IAMClient, serial: string): Promise<MfaDeviceData>;
export declare function restoreMfaDevice(iam: IAM.IAMClient, d: MfaDeviceData, account: string): Promise<void>;
/** Service-linked roles live under this path, then the service's name. */
export declare const SERVICE_ROLE_PATH = "/aws-service-role/";
export declare function captureServiceLinkedRole(iam: IAM.IAMClient, name: string): Promise<ServiceLinkedRoleData>;
export declare function restoreServiceLinkedRole(iam: IAM.IAMClient, r: ServiceLinkedRoleData): Promise<void>;
/** Deletes the account's alias, password policy, providers, MFA devices, server certificates and service-linked roles. */
export declare function clearAccountResources(iam: IAM.IAMClient): Promise<void>;
