/** Access control lists, of buckets and of objects alike. */
import type * as S3 from '@aws-sdk/client-s3';
/** An ACL as a record holds it. */
export type Acl = {
    Owner?: S3.Owner;
    Grants: S3.Grant[];
};
/**
 * The ACL as read, unless it grants full control to the owner alone: every bucket's and object's
 * ACL unless told otherwise.
 */
export declare function aclOf(read: {
    Owner?: S3.Owner;
    Grants?: S3.Grant[];
} | undefined): Acl | undefined;
/** The pod's ACL on an instance whose owner is `owner`: the owner's canonical id is the instance's own, so grants to the pod's owner go to this one. */
export declare function rebased({ Owner, Grants }: Acl, owner: S3.Owner | undefined): S3.AccessControlPolicy;
/** The request fields that grant each permission. */
declare const GRANT_FIELDS: {
    readonly READ: "GrantRead";
    readonly WRITE: "GrantWrite";
    readonly READ_ACP: "GrantReadACP";
    readonly WRITE_ACP: "GrantWriteACP";
    readonly FULL_CONTROL: "GrantFullControl";
};
type GrantFields = Partial<Record<(typeof GRANT_FIELDS)[keyof typeof GRANT_FIELDS], string>>;
/**
 * The pod's ACL (see `rebased`) as grant headers (`id="…"`, `uri="…"`): moto's PutObjectAcl
 * ignores an access control policy in the body.
 */
export declare function grantHeaders(acl: Acl, owner: S3.Owner | undefined): GrantFields;
export {};
