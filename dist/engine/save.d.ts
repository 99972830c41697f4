import { type ResourceFailure } from './errors.js';
import type { PodsOptions } from './options.js';
import { type ProgressListener } from './progress.js';
import type { Target } from './target/target.js';
export interface SaveResult {
    readonly name: string;
    readonly version: number;
    readonly digest: string;
    /** Where the pod went, secrets masked. */
    readonly remote: string;
    readonly services: readonly string[];
    readonly regions: readonly string[];
    readonly resources: Readonly<Record<string, number>>;
    /** Blob bytes the store did not have before this save. */
    readonly newBytes: number;
    /** What the save could not keep exactly, per resource. */
    readonly warnings: readonly ResourceFailure[];
    readonly source: Target;
    /** Whether a single-file save replaced a file that was at its path. */
    readonly replaced: boolean;
    /** Who can open the version, when it is encrypted. */
    readonly encryptedFor?: 'passphrase' | readonly string[];
}
export interface SaveRequest {
    /** A pod name, or `file:///path/name` for a single-file pod. */
    readonly pod: string;
    readonly options: PodsOptions;
    readonly onProgress?: ProgressListener;
}
/**
 * Captures the instance's state and publishes it as the next version of a pod. Blobs are
 * captured and stored before the version is tagged: a save that fails or is killed leaves no
 * visible version, and blobs that exist already are not written again. The save is added to
 * the instance's record of operations, which `status` reads.
 */
export declare function save(request: SaveRequest): Promise<SaveResult>;
/**
 * `save`, and with `recorded: false` not added to the instance's record: for reads of the
 * instance that go through a save of their own (`state inspect`), which no one made.
 */
export declare function saveVersion(request: SaveRequest, { recorded }: {
    recorded: boolean;
}): Promise<SaveResult>;
