import type { Readable } from 'node:stream';
import { type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import type { ManagedStore, TaggedVersion } from '../store.js';
/**
 * A store in an OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/…`), so
 * `oras`, `skopeo` and `crane` read it as it is. Each version is one `index.json` entry whose
 * `org.opencontainers.image.ref.name` is `name:version`.
 *
 * Blobs are written to `ingest/` and renamed into place once their digest is checked; `index.json`
 * is rewritten atomically under a lock, after the blobs it names exist. A process that writes
 * blobs holds a lease (`leases/<pid>`) until it closes the store, so garbage collection in
 * another process never removes blobs of a save that has not tagged its version yet.
 */
export declare class FileStore implements ManagedStore {
    readonly root: string;
    readonly display: string;
    private leaseWritten;
    /** Blobs this instance has stored that were not there before. */
    readonly written: {
        blobs: number;
        bytes: number;
    };
    private constructor();
    /** Opens the layout at `root`, creating it when `create` is set; else a missing layout is a NotFoundError. */
    static open(root: string, options: {
        create: boolean;
        display?: string;
    }): Promise<FileStore>;
    blobPath(digest: Digest): string;
    exists(digest: Digest): Promise<boolean>;
    sizeOf(digest: Digest): Promise<number | undefined>;
    fetch(descriptor: Descriptor): Promise<Readable>;
    private openBlob;
    /**
     * Checks a blob against its descriptor without handing its content on. It reads into one
     * buffer of up to 1 MiB: a stream would allocate a buffer of 64 KiB for every piece, which
     * for a pod of gigabytes is that much garbage for the collector, and four times the calls.
     */
    verify(descriptor: Descriptor): Promise<void>;
    push(descriptor: Descriptor, content: Readable): Promise<void>;
    /** Stores content whose digest is not known in advance (state captured from an instance). */
    ingest(content: Readable): Promise<{
        digest: Digest;
        size: number;
    }>;
    /** Writes a blob whose digest `digestOf` tells once the content went through `check`. */
    private write;
    /** Whether the stored blob matches its digest and size. */
    private intact;
    /** Marks an existing blob as in use now (garbage collection spares recent blobs under a lease). */
    private touch;
    private holdLease;
    private leasePath;
    close(): Promise<void>;
    private readIndex;
    private updateIndex;
    listPods(): Promise<string[]>;
    listVersions(name: string): Promise<TaggedVersion[]>;
    tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean>;
    deleteVersion(name: string, version: number): Promise<void>;
    collectGarbage(): Promise<{
        blobs: number;
        bytes: number;
    }>;
    /** The start of the oldest lease held by a live process other than this one; Infinity if none. */
    private oldestLiveLease;
    /** Temp files of killed saves: named `<pid>-<uuid>`, removed when that pid is gone. */
    private removeDeadIngests;
}
