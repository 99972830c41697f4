/** Access control lists, of buckets and of objects alike. */
import type * as S3 from '@aws-sdk/client-s3';

/** An ACL as a record holds it. */
export type Acl = { Owner?: S3.Owner; Grants: S3.Grant[] };

/**
 * The ACL as read, unless it grants full control to the owner alone: every bucket's and object's
 * ACL unless told otherwise.
 */
export function aclOf(read: { Owner?: S3.Owner; Grants?: S3.Grant[] } | undefined): Acl | undefined {
  const grants = read?.Grants ?? [];
  const ownerOnly = grants.length === 0 || (grants.length === 1 && grants[0]!.Permission === 'FULL_CONTROL' && grants[0]!.Grantee?.ID === read?.Owner?.ID);
  return read && !ownerOnly ? { Owner: read.Owner, Grants: grants } : undefined;
}

/** The pod's ACL on an instance whose owner is `owner`: the owner's canonical id is the instance's own, so grants to the pod's owner go to this one. */
export function rebased({ Owner, Grants }: Acl, owner: S3.Owner | undefined): S3.AccessControlPolicy {
  return {
    Owner: owner,
    Grants: Grants.map((g) => (g.Grantee?.ID && g.Grantee.ID === Owner?.ID ? { ...g, Grantee: { ...g.Grantee, ID: owner?.ID } } : g)),
  };
}
