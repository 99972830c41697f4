/**
 * What of an account's IAM the module keeps: the customer's resources and the service-linked
 * roles made in the account, without what AWS owns (AWS-managed policies).
 */
import * as IAM from '@aws-sdk/client-iam';
/** The kinds of records the module writes. */
export type RecordType = 'account' | 'policy' | 'saml-provider' | 'oidc-provider' | 'server-certificate' | 'user' | 'group' | 'role' | 'service-linked-role' | 'instance-profile' | 'mfa-device';
/** The keys of the resources of each kind, each list sorted: names, but ARNs for policies and providers, which are read by ARN. */
export type Names = Record<RecordType, string[]>;
/** The account's roles, the service-linked ones apart. */
export declare function roles(iam: IAM.IAMClient): Promise<{
    customer: IAM.Role[];
    serviceLinked: IAM.Role[];
}>;
/** The customer managed policies (not AWS's). */
export declare function localPolicies(iam: IAM.IAMClient): Promise<IAM.Policy[]>;
/** The keys of everything the module captures, read in one round of list calls. */
export declare function listNames(iam: IAM.IAMClient): Promise<Names>;
/** Whether the account holds anything the module keeps. */
export declare function holdsState(iam: IAM.IAMClient): Promise<boolean>;
