import type { PodsOptions } from './options.js';
import { type PodVersionInfo } from './pod/manifest.js';
export interface PodSummary {
    readonly name: string;
    readonly versions: number;
    readonly latest: PodVersionInfo;
}
type StoreOptions = Pick<PodsOptions, 'remote' | 'env'>;
/** Every pod in a remote with its latest version. */
export declare function list(options: StoreOptions): Promise<{
    remote: string;
    pods: PodSummary[];
}>;
/** What a remote holds: the bytes its versions reference (a blob once per version), and those it stores (a blob once). */
export interface StorageUse {
    readonly remote: string;
    readonly pods: number;
    readonly versions: number;
    readonly referencedBytes: number;
    readonly storedBytes: number;
}
/**
 * The storage use of a remote, from its manifests: what deduplication saves is the referenced
 * bytes less the stored ones. Blobs no version references (none after a delete) are not counted.
 */
export declare function storageUse(options: StoreOptions): Promise<StorageUse>;
/** Every version of a pod, oldest first. */
export declare function versions(name: string, options: StoreOptions): Promise<{
    remote: string;
    versions: PodVersionInfo[];
}>;
/** One version in full: metadata, config and layers. */
export declare function inspect(pod: string, options: StoreOptions): Promise<{
    encryption?: import("./pod/encryption-info.js").EncryptionInfo | undefined;
    layers: {
        service: string;
        account: string;
        region: string;
        resources: number;
        digest: `sha256:${string}`;
        size: number;
        encrypted: boolean;
    }[];
    payloads: {
        blobs: number;
        bytes: number;
    };
    name: string;
    version: number;
    digest: import("./pod/digest.js").Digest;
    created: string;
    message: string;
    config: import("./pod/manifest.js").PodConfig;
    size: number;
    encryptedFor?: "passphrase" | readonly string[];
    remote: string;
}>;
/**
 * Deletes one version (`name:N`) or every version of a pod (`name`), then removes the blobs no
 * remaining version references.
 */
export declare function deletePod(refText: string, options: StoreOptions): Promise<{
    remote: string;
    name: string;
    deleted: number[];
    freedBytes: number;
}>;
/** Writes one version of a remote pod into a single-file pod. */
export declare function exportPod(refText: string, file: string, options: StoreOptions): Promise<{
    name: string;
    version: number;
    digest: `sha256:${string}`;
    file: string;
    replaced: boolean;
}>;
/** Adds the pod of a single file as the next version of `name` (the file's pod name by default). */
export declare function importPod(file: string, name: string | undefined, options: StoreOptions): Promise<{
    name: string;
    version: number;
    digest: `sha256:${string}`;
    remote: string;
}>;
export interface CopiedVersion {
    readonly version: number;
    readonly digest: string;
    /** `copied`, or `present` when the destination had this very version already. */
    readonly outcome: 'copied' | 'present';
    readonly bytes: number;
    readonly skippedBytes: number;
}
/**
 * Copies versions of a pod between remotes without an instance, keeping their numbers: one
 * version (`name:N`, latest for `name`) or all of them. Only blobs the destination lacks are
 * sent, so mirroring again costs almost nothing. A number the destination holds with other
 * content is a conflict, reported and left alone.
 */
export declare function copyPod(refText: string, from: string, to: string, options: Pick<PodsOptions, 'env'> & {
    allVersions?: boolean;
}): Promise<{
    name: string;
    from: string;
    to: string;
    versions: CopiedVersion[];
}>;
export {};
