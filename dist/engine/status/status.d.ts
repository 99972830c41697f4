import type { PodsOptions } from '../options.js';
import type { SourceInstance } from '../pod/manifest.js';
import { type ScopeOrigin } from './contributions.js';
import type { RecordedOperation } from './operation.js';
/** Where the running instance's state came from: which pod version, per account, service and region. */
export interface InstanceStatus {
    readonly endpoint: string;
    readonly instance: SourceInstance;
    /** The instance's session (LocalStack's); undefined when it reports none, and a restart that keeps state cannot be told. */
    readonly session?: string;
    /**
     * The instance restarted, keeping its state (persistence), after the operation recorded at
     * this time: the last one of an earlier session. Undefined when it did not, or nothing tells.
     */
    readonly restartedSince?: string;
    /** Every scope that holds state now, with the pod versions its state came from (none: from no pod). */
    readonly state: readonly ScopeOrigin[];
    /** The loads and saves localstack-pods recorded in the instance, oldest first. */
    readonly operations: readonly RecordedOperation[];
    /** Objects of the record that hold no operation this version reads (written by a newer one). */
    readonly unreadable: number;
}
/**
 * Which pod versions the state of the running instance came from, per account, service and
 * region, and which state came from no pod: the record of loads and saves kept in the instance
 * (see `instance-log.ts`), folded, against what the instance holds now, read as `state inspect`
 * reads it. The options' services, regions and accounts narrow it; by default it looks at the
 * caller's account and every account an operation recorded. Nothing in the instance changes.
 */
export declare function instanceStatus(options: PodsOptions): Promise<InstanceStatus>;
