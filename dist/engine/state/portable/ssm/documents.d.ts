/** Documents of the account's own: listed, read (every version, sharing, tags), and recreated at restore. */
import * as SSM from '@aws-sdk/client-ssm';
type VersionData = {
    content: string;
    format: string;
    versionName?: string;
};
type DocumentData = {
    name: string;
    documentType: string;
    targetType?: string;
    /** Every version, the first one first: versions are numbered from 1 as they are made. */
    versions: VersionData[];
    /** The version run when none is named, when not the latest. */
    defaultVersion?: string;
    /** The accounts it is shared with, each with the version shared when not the default one. */
    shares?: {
        accountId: string;
        version?: string;
    }[];
    tags?: SSM.Tag[];
};
export declare const DOCUMENT: import("../kit/records.js").RecordKind<DocumentData>;
/** The names of the documents the account made itself (not AWS's or other accounts' shared ones). */
/** The account's own documents; none where the instance does not implement them (MiniStack). */
export declare function documentNames(ssm: SSM.SSMClient): Promise<string[]>;
/**
 * A document with each of its versions, read one by one: neither emulator answers
 * ListDocumentVersions. Undefined for one deleted since it was listed.
 */
export declare function captureDocument(ssm: SSM.SSMClient, Name: string): Promise<DocumentData | undefined>;
/** Deletes a document if it exists, unsharing it first: a shared document cannot be deleted. */
export declare function deleteDocument(ssm: SSM.SSMClient, Name: string): Promise<void>;
/**
 * Makes the document the pod's: a document of that name is deleted first, since versions can
 * only be added. The versions are made in order, so each gets its number again.
 */
export declare function restoreDocument(ssm: SSM.SSMClient, d: DocumentData): Promise<void>;
export {};
