import type { Descriptor, PodManifest } from './pod/manifest.js';
import { type BlobReader, type ReadableStore, type TaggedVersion, type WritableStore } from './store/store.js';
export interface CopyStats {
    /** Bytes sent to the destination. */
    readonly bytes: number;
    /** Bytes the destination had already, so not sent. */
    readonly skippedBytes: number;
}
/**
 * Copies the blobs of one pod version that `dst` lacks, children before the manifest, so the
 * version is complete before anything names it. `push` verifies each blob on the way.
 */
export declare function copyBlobs(src: BlobReader, dst: WritableStore, manifestDescriptor: Descriptor, onBlob?: (descriptor: Descriptor, sent: boolean) => void): Promise<CopyStats & {
    manifest: PodManifest;
}>;
/** Pushes a manifest held in memory (a new save) to a store. */
export declare function pushBytes(dst: WritableStore, descriptor: Descriptor, bytes: Buffer): Promise<void>;
/**
 * Tags `manifest` as a version of `name`: `version` exactly, or the next free number. Two saves
 * racing for one number both succeed, one with the next number. Each try asks for a higher number
 * than the last, whatever the listing says (a store whose listing lags or hides a tag cannot keep
 * a save trying one number for ever), and none goes past the highest version.
 */
export declare function publish(dst: WritableStore, name: string, manifest: Descriptor, version?: number): Promise<number>;
/**
 * Copies one version from `src` to `dst` as `name` (the next version there, or `version`),
 * sending only the blobs `dst` lacks. Saving, exporting, importing and mirroring are all this.
 */
export declare function copyVersion(src: ReadableStore, from: TaggedVersion, dst: WritableStore, name: string, version?: number): Promise<CopyStats & {
    version: number;
}>;
