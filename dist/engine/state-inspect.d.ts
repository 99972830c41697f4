import type { ResourceFailure } from './errors.js';
import type { PodsOptions } from './options.js';
import type { SourceInstance } from './pod/manifest.js';
/** What the running instance holds, as a save would capture it. */
export interface StateInspection {
    readonly endpoint: string;
    readonly instance: SourceInstance;
    /**
     * Per account, service and region: how many resources (records) a save would keep, and with
     * `resources`, each one's type and id (never its data, which may hold secrets).
     */
    readonly state: readonly {
        readonly account: string;
        readonly service: string;
        readonly region: string;
        readonly resources: number;
        readonly ids?: readonly {
            readonly type: string;
            readonly id: string;
        }[];
    }[];
    /** What a save would warn of. */
    readonly warnings: readonly ResourceFailure[];
}
/**
 * What the running instance holds per account, service and region, from the capture code a save
 * runs (so the two never disagree): a save into a private store of its own, read and removed,
 * which the instance's record of operations does not show. Like a save, it reads only; the
 * options' services, regions and accounts narrow it.
 */
export declare function inspectState(options: PodsOptions, { resources }?: {
    resources?: boolean;
}): Promise<StateInspection>;
