import { type AutoloadEntry } from './entries.js';
/** Where an autoload finds the pods it loads. */
export interface AutoloadSources {
    /** The value of AUTO_LOAD_POD. */
    readonly autoLoadPod?: string;
    readonly initDir: string;
}
/** The pods an autoload loads, in order. */
export interface AutoloadPlan {
    readonly entries: readonly AutoloadEntry[];
    readonly initDir: string;
    readonly initDirFound: boolean;
}
/**
 * The pods the sources name, in the order LocalStack loads them: the init directory, then
 * AUTO_LOAD_POD, so a pod of the variable replaces what the directory's pods hold in the same
 * scope. Every part that cannot be read is named in one UsageError, before anything loads: a
 * typo must not leave an instance with some of its pods.
 */
export declare function planAutoload(sources: AutoloadSources): Promise<AutoloadPlan>;
