/**
 * Users, groups and roles alike: the policies in them (inline, by name) and attached to them
 * (managed, by ARN), read for capture and made the pod's on restore. IAM has one set of calls
 * per kind of principal; the table below is the only place that tells them apart.
 */
import * as IAM from '@aws-sdk/client-iam';
/** The kinds of principals, as their records' types name them. */
export type Principal = 'user' | 'group' | 'role';
/** What users, groups and roles share: policies in and attached to them. */
export type PrincipalPolicies = {
    /** Each inline policy's document, by policy name. */
    inlinePolicies?: Record<string, string>;
    /** The ARNs of the managed policies attached, sorted. */
    attachedPolicies?: string[];
};
/** IAM answers policy documents URL-encoded on some calls and plain on others. */
export declare function decodeDocument(document: string): string;
/** Tags sorted by key, each a plain key and value (an absent value as empty). */
export declare function sortTags(tags: readonly IAM.Tag[] | undefined): IAM.Tag[] | undefined;
/** Names (members, roles, policy ARNs) sorted; undefined when there are none. */
export declare function sortedNames(names: readonly string[]): string[] | undefined;
/**
 * Makes a principal's set of names (members, roles, attached policies) exactly `wanted`, one
 * call per name: those it has that are not wanted are removed, then the missing ones added.
 */
export declare function syncNames(current: Iterable<string>, wanted: readonly string[], remove: (name: string) => Promise<unknown>, add: (name: string) => Promise<unknown>): Promise<void>;
/** The policies in and attached to a principal, documents decoded. */
export declare function principalPolicies(iam: IAM.IAMClient, kind: Principal, principal: string): Promise<PrincipalPolicies>;
/**
 * Makes the policies of a principal the pod's: inline policies it lacks are deleted and the
 * pod's put (over any of the same name), managed policies detached and attached to match.
 * With nothing wanted, this strips a principal so that IAM lets it be deleted.
 */
export declare function syncPrincipalPolicies(iam: IAM.IAMClient, kind: Principal, principal: string, wanted: PrincipalPolicies): Promise<void>;
