/** Documents of the account's own: listed, read (every version, sharing, tags), and recreated at restore. */
import * as SSM from '@aws-sdk/client-ssm';
import { collect, recordKind, sortBy, sortedTags, unlessMissing, unlessUnimplemented } from '../kit/index.js';
export const DOCUMENT = recordKind('document');
/** The version a share names unless told otherwise. */
const SHARED_DEFAULT = '$DEFAULT';
/** The names of the documents the account made itself (not AWS's or other accounts' shared ones). */
/** The account's own documents; none where the instance does not implement them (MiniStack). */
export async function documentNames(ssm) {
    const pages = () => SSM.paginateListDocuments({ client: ssm }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] });
    const listed = await unlessUnimplemented(ssm, 'ListDocuments', () => collect(pages(), (page) => page.DocumentIdentifiers));
    return (listed ?? []).map((d) => d.Name).sort();
}
/**
 * A document with each of its versions, read one by one: neither emulator answers
 * ListDocumentVersions. Undefined for one deleted since it was listed.
 */
export async function captureDocument(ssm, Name) {
    const document = (await unlessMissing(ssm.send(new SSM.DescribeDocumentCommand({ Name })), ['InvalidDocument']))?.Document;
    if (!document)
        return undefined;
    const latest = Number(document.LatestVersion);
    const [versions, permission] = await Promise.all([
        Promise.all(Array.from({ length: latest }, async (_, i) => {
            // Read in the format it was written in: GetDocument answers JSON unless asked.
            const v = await ssm.send(new SSM.GetDocumentCommand({ Name, DocumentVersion: String(i + 1), DocumentFormat: document.DocumentFormat }));
            return { content: v.Content, format: v.DocumentFormat, versionName: v.VersionName || undefined };
        })),
        ssm.send(new SSM.DescribeDocumentPermissionCommand({ Name, PermissionType: 'Share' })),
    ]);
    const shares = sortBy(permission.AccountSharingInfoList ?? [], (s) => s.AccountId).map((s) => ({
        accountId: s.AccountId,
        version: s.SharedDocumentVersion && s.SharedDocumentVersion !== SHARED_DEFAULT ? s.SharedDocumentVersion : undefined,
    }));
    return {
        name: Name,
        documentType: document.DocumentType,
        targetType: document.TargetType || undefined,
        versions,
        defaultVersion: document.DefaultVersion !== document.LatestVersion ? document.DefaultVersion : undefined,
        shares: shares.length > 0 ? shares : undefined,
        tags: sortedTags(document.Tags, (t) => t.Key),
    };
}
/** Deletes a document if it exists, unsharing it first: a shared document cannot be deleted. */
export async function deleteDocument(ssm, Name) {
    const shared = await unlessMissing(ssm.send(new SSM.DescribeDocumentPermissionCommand({ Name, PermissionType: 'Share' })), ['InvalidDocument']);
    if (!shared)
        return;
    if ((shared.AccountIds ?? []).length > 0) {
        await ssm.send(new SSM.ModifyDocumentPermissionCommand({ Name, PermissionType: 'Share', AccountIdsToRemove: shared.AccountIds }));
    }
    await ssm.send(new SSM.DeleteDocumentCommand({ Name }));
}
/**
 * Makes the document the pod's: a document of that name is deleted first, since versions can
 * only be added. The versions are made in order, so each gets its number again.
 */
export async function restoreDocument(ssm, d) {
    await deleteDocument(ssm, d.name);
    const [first, ...later] = d.versions;
    await ssm.send(new SSM.CreateDocumentCommand({
        Name: d.name,
        Content: first.content,
        DocumentFormat: first.format,
        VersionName: first.versionName,
        DocumentType: d.documentType,
        TargetType: d.targetType,
        Tags: d.tags,
    }));
    for (const v of later) {
        await ssm.send(new SSM.UpdateDocumentCommand({
            Name: d.name,
            Content: v.content,
            DocumentFormat: v.format,
            VersionName: v.versionName,
            DocumentVersion: '$LATEST',
        }));
    }
    if (d.defaultVersion)
        await ssm.send(new SSM.UpdateDocumentDefaultVersionCommand({ Name: d.name, DocumentVersion: d.defaultVersion }));
    for (const share of d.shares ?? []) {
        await ssm.send(new SSM.ModifyDocumentPermissionCommand({
            Name: d.name,
            PermissionType: 'Share',
            AccountIdsToAdd: [share.accountId],
            SharedDocumentVersion: share.version,
        }));
    }
}
