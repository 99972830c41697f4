import { type LoadResult } from '../load.js';
import type { PodsOptions } from '../options.js';
import type { ProgressListener } from '../progress.js';
import type { SourceMismatch } from '../target/source-mismatch.js';
import type { Target } from '../target/target.js';
import type { AutoloadEntry } from './entries.js';
/** How the load of one entry went: its result, or the message of its failure. */
export type AutoloadOutcome = {
    readonly entry: AutoloadEntry;
    readonly result: LoadResult;
} | {
    readonly entry: AutoloadEntry;
    readonly error: string;
};
export interface AutoloadRequest {
    readonly entries: readonly AutoloadEntry[];
    readonly options: PodsOptions;
    readonly onProgress?: ProgressListener;
    /** Called as each load ends, so a long autoload reports as it goes. */
    readonly onOutcome?: (outcome: AutoloadOutcome) => void;
    /** Called when a pod was saved from another emulator or version than the instance's; the load goes on. */
    readonly onSourceMismatch?: (entry: AutoloadEntry, mismatch: SourceMismatch) => void;
}
export interface AutoloadResult {
    readonly target: Target;
    readonly outcomes: readonly AutoloadOutcome[];
}
/**
 * Waits for the instance, then loads each entry in order with the options' strategy. A pod
 * that fails is reported in its outcome and the next one loads: each pod is a scope of its own.
 */
export declare function autoload(request: AutoloadRequest): Promise<AutoloadResult>;
