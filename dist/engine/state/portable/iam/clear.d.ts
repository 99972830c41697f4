/**
 * Deleting every customer IAM resource of an account. IAM deletes nothing that something still
 * hangs off, so each resource is stripped first, and dependants go before what they use: the
 * account's own resources (MFA devices among them), profiles, roles, groups, users, then the
 * policies they had attached.
 */
import * as IAM from '@aws-sdk/client-iam';
/** Deletes every customer resource of the account and its service-linked roles; AWS-managed policies stay. */
export declare function clearAccount(iam: IAM.IAMClient): Promise<void>;
