/**
 * The ACL as read, unless it grants full control to the owner alone: every bucket's and object's
 * ACL unless told otherwise.
 */
export function aclOf(read) {
    const grants = read?.Grants ?? [];
    const ownerOnly = grants.length === 0 || (grants.length === 1 && grants[0].Permission === 'FULL_CONTROL' && grants[0].Grantee?.ID === read?.Owner?.ID);
    return read && !ownerOnly ? { Owner: read.Owner, Grants: grants } : undefined;
}
/** The pod's ACL on an instance whose owner is `owner`: the owner's canonical id is the instance's own, so grants to the pod's owner go to this one. */
export function rebased({ Owner, Grants }, owner) {
    return {
        Owner: owner,
        Grants: Grants.map((g) => (g.Grantee?.ID && g.Grantee.ID === Owner?.ID ? { ...g, Grantee: { ...g.Grantee, ID: owner?.ID } } : g)),
    };
}
/** The request fields that grant each permission. */
const GRANT_FIELDS = {
    READ: 'GrantRead',
    WRITE: 'GrantWrite',
    READ_ACP: 'GrantReadACP',
    WRITE_ACP: 'GrantWriteACP',
    FULL_CONTROL: 'GrantFullControl',
};
/**
 * The pod's ACL (see `rebased`) as grant headers (`id="…"`, `uri="…"`): moto's PutObjectAcl
 * ignores an access control policy in the body.
 */
export function grantHeaders(acl, owner) {
    const fields = {};
    for (const { Grantee, Permission } of rebased(acl, owner).Grants ?? []) {
        const field = GRANT_FIELDS[Permission];
        const who = Grantee?.URI
            ? `uri="${Grantee.URI}"`
            : Grantee?.ID
                ? `id="${Grantee.ID}"`
                : Grantee?.EmailAddress
                    ? `emailAddress="${Grantee.EmailAddress}"`
                    : undefined;
        if (field && who)
            (fields[field] ??= []).push(who);
    }
    return Object.fromEntries(Object.entries(fields).map(([field, who]) => [field, who.join(', ')]));
}
