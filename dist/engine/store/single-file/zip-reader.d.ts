import type { Readable } from 'node:stream';
import type { Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import type { ReadableStore, TaggedVersion } from '../store.js';
/**
 * Reads a single-file pod (a zip of an OCI image layout) in place: entries are streamed from the
 * file on demand, so memory does not grow with the pod.
 */
export declare class ZipReader implements ReadableStore {
    private readonly zip;
    private readonly entries;
    private readonly index;
    readonly display: string;
    private readonly onClose;
    private constructor();
    /** Opens the pod file at `path`; `onClose` runs when the reader closes or fails to open (a temp download's removal). */
    static open(path: string, display?: string, onClose?: () => Promise<void>): Promise<ZipReader>;
    private static openFile;
    private openEntry;
    exists(digest: Digest): Promise<boolean>;
    fetch(descriptor: Descriptor): Promise<Readable>;
    listPods(): Promise<string[]>;
    listVersions(name: string): Promise<TaggedVersion[]>;
    close(): Promise<void>;
}
