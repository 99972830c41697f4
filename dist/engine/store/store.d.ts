import type { Readable } from 'node:stream';
import type { Digest } from '../pod/digest.js';
import type { Descriptor } from '../pod/manifest.js';
/** A version of a pod as a store lists it. */
export interface TaggedVersion {
    readonly name: string;
    readonly version: number;
    readonly descriptor: Descriptor;
}
/** Reads content-addressed blobs. */
export interface BlobReader {
    /** Whether the store holds the blob. */
    exists(digest: Digest): Promise<boolean>;
    /** The raw content; throws NotFoundError on a miss. Callers verify it (see `fetchVerified`). */
    fetch(descriptor: Descriptor): Promise<Readable>;
    /** The stored size of the blob, undefined when it is missing; for stores that tell it without a read. */
    sizeOf?(digest: Digest): Promise<number | undefined>;
}
/** Writes content-addressed blobs. */
export interface BlobWriter {
    /**
     * Stores `content` under `descriptor.digest`, verifying digest and size while it copies;
     * nothing is visible under the digest unless it matches. A blob that exists already is a success.
     */
    push(descriptor: Descriptor, content: Readable): Promise<void>;
}
/** Names pod versions. */
export interface VersionIndex {
    /** Pod names, sorted. */
    listPods(): Promise<string[]>;
    /** The versions of a pod, oldest first; empty when the pod does not exist. */
    listVersions(name: string): Promise<TaggedVersion[]>;
}
/** Publishes a version: the last step of a copy, after every blob it references is stored. */
export interface VersionPublisher {
    /** Tags `manifest` as `name:version` unless that version exists; returns false when it does. */
    tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean>;
}
/** What a store removes: versions, and blobs no version references. */
export interface Deleter {
    deleteVersion(name: string, version: number): Promise<void>;
    /** Removes blobs no manifest references; returns what it removed. */
    collectGarbage(): Promise<{
        blobs: number;
        bytes: number;
    }>;
}
export interface ReadableStore extends BlobReader, VersionIndex {
    /** How the store is shown to users, secrets masked. */
    readonly display: string;
    /** Releases files or connections; a store is unusable after it. */
    close?(): Promise<void>;
    /**
     * The store as one pod sees it, for stores that keep each pod's blobs apart (an OCI registry
     * keeps a repository per pod). Stores without it share blobs across pods.
     */
    forPod?(name: string): this;
}
export interface WritableStore extends ReadableStore, BlobWriter, VersionPublisher {
}
export type ManagedStore = WritableStore & Deleter;
export declare function isWritable(store: ReadableStore): store is WritableStore;
export declare function isManaged(store: ReadableStore): store is ManagedStore;
/** The view of `store` for the pod `name` (the store itself when it shares blobs across pods). */
export declare function podView<S extends ReadableStore>(store: S, name: string): S;
/** Opens the store a remote URL names: one per URL scheme (see `registry.ts`). */
export interface StoreOpener {
    /** The URL scheme, with its colon (`file:`, `s3:`). */
    readonly scheme: string;
    /**
     * Opens the store at `url` (placeholders filled); `display` names it without secrets, `env` is
     * where the caller's environment settings come from.
     */
    open(url: URL, mode: 'read' | 'write', display: string, env: NodeJS.ProcessEnv): Promise<ReadableStore>;
}
