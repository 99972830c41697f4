/**
 * What of an account's IAM the module keeps: the customer's resources, without what AWS owns
 * (AWS-managed policies, service-linked roles).
 */
import * as IAM from '@aws-sdk/client-iam';
/** The kinds of records the module writes. */
export type RecordType = 'policy' | 'user' | 'group' | 'role' | 'instance-profile';
/** The keys of the resources of each kind, each list sorted: names, but ARNs for policies, which are read by ARN. */
export type Names = Record<RecordType, string[]>;
/** The account's roles but the service-linked ones. */
export declare function customerRoles(iam: IAM.IAMClient): Promise<IAM.Role[]>;
/** The customer managed policies (not AWS's). */
export declare function localPolicies(iam: IAM.IAMClient): Promise<IAM.Policy[]>;
/** The keys of everything the module captures, read in one round of list calls. */
export declare function listNames(iam: IAM.IAMClient): Promise<Names>;
/** Whether the account holds anything the module keeps: one short list call per kind. */
export declare function holdsState(iam: IAM.IAMClient): Promise<boolean>;
