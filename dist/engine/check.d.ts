import type { PodsOptions } from './options.js';
/** One thing wrong with a store: what it concerns, and what is wrong with it. */
export interface CheckProblem {
    readonly pod: string;
    readonly version: number;
    /** The blob (manifest, config or layer digest) that is missing or damaged. */
    readonly blob: string;
    readonly problem: string;
}
export interface CheckResult {
    readonly remote: string;
    readonly pods: number;
    readonly versions: number;
    /** Distinct blobs checked. */
    readonly blobs: number;
    /** Bytes read and hashed (with `readData`). */
    readonly bytesRead: number;
    readonly problems: readonly CheckProblem[];
}
/**
 * Verifies every version of every pod of a remote: its manifest (read and hashed), its config
 * and its layers. A blob several versions share is checked once and reported for each.
 */
export declare function check(options: Pick<PodsOptions, 'remote' | 'env'>, { readData }?: {
    readData?: boolean | undefined;
}): Promise<CheckResult>;
