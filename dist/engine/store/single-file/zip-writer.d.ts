import type { Readable } from 'node:stream';
import { type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import type { TaggedVersion, WritableStore } from '../store.js';
/**
 * Writes a single-file pod as a stream into a temp file beside `path`; `commit` adds the layout
 * files and renames it into place, `close` without `commit` removes it. Blobs are stored without
 * compression: state layers are gzip already.
 */
export declare class ZipWriter implements WritableStore {
    private readonly path;
    readonly display: string;
    private readonly temp;
    /** Whether a file is at `path` already, which `commit` replaces. */
    readonly replaces: boolean;
    private readonly zip;
    private readonly written;
    private readonly blobs;
    private readonly index;
    private queue;
    private committed;
    private constructor();
    /** A writer of `path`, whose folder must exist: a save finds out before it reads anything. */
    static create(path: string, display?: string): Promise<ZipWriter>;
    exists(digest: Digest): Promise<boolean>;
    fetch(): Promise<Readable>;
    listPods(): Promise<string[]>;
    listVersions(name: string): Promise<TaggedVersion[]>;
    /** Entries go into the zip one at a time, in the order they are pushed. */
    push(descriptor: Descriptor, content: Readable): Promise<void>;
    tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean>;
    /** Finishes the zip and moves it to its path. */
    commit(): Promise<void>;
    close(): Promise<void>;
}
