/**
 * Deleting every customer IAM resource of an account. IAM deletes nothing that something still
 * hangs off, so each resource is stripped first, and dependants go before what they use:
 * profiles, roles, groups, users, then the policies they had attached.
 */
import * as IAM from '@aws-sdk/client-iam';
/** Deletes every customer resource of the account; what AWS owns stays. */
export declare function clearAccount(iam: IAM.IAMClient): Promise<void>;
