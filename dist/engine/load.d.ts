import { type ResourceFailure } from './errors.js';
import type { PodsOptions } from './options.js';
import type { Scope } from './pod/manifest.js';
import { type ProgressListener } from './progress.js';
import { type PlannedChange, type RestoreLimit } from './state/restore.js';
import type { Strategy } from './state/strategy.js';
import { type SourceMismatch } from './target/source-mismatch.js';
import type { Target } from './target/target.js';
export interface LoadResult {
    readonly name: string;
    readonly version: number;
    readonly digest: string;
    readonly remote: string;
    readonly strategy: Strategy;
    readonly services: readonly string[];
    readonly resources: Readonly<Record<string, number>>;
    readonly cleared: readonly Scope[];
    readonly target: Target;
    /** What the load could not restore exactly, per resource (failures throw RestoreIncompleteError). */
    readonly warnings: readonly ResourceFailure[];
    /** With `dryRun`: what the load would do; nothing was changed. */
    readonly planned?: readonly PlannedChange[];
}
export interface LoadRequest {
    /** `name[:version]`, or `file:///path/name` for a single-file pod. */
    readonly pod: string;
    readonly options: PodsOptions;
    readonly onProgress?: ProgressListener;
    /** Only work out what the load would create, change and delete. */
    readonly dryRun?: boolean;
    /**
     * Loads only these services (or resources) of the pod, as the strategy says; the rest of the
     * instance is not touched. The test fronts restore only what the tests changed this way.
     */
    readonly only?: RestoreLimit;
    /**
     * Called when the pod was saved from another emulator, or another version, than the instance
     * it goes into, once both are known and before anything in the instance changes: fronts show
     * the warning here, and one that asks the user throws to stop the load.
     */
    readonly onSourceMismatch?: (mismatch: SourceMismatch) => void | Promise<void>;
}
/** Loads a pod version into the instance with the chosen strategy. */
export declare function load(request: LoadRequest): Promise<LoadResult>;
