import type { Scope } from '../pod/manifest.js';
import type { Strategy } from '../state/strategy.js';
/** The pod version an operation loaded or saved. */
export interface OperationPod {
    readonly name: string;
    readonly version: number;
    readonly digest: string;
    /** Where the pod is, secrets masked. */
    readonly remote: string;
}
/** A load or save localstack-pods did on an instance, as the instance's record keeps it. */
export interface RecordedOperation {
    readonly kind: 'load' | 'save';
    /** When it ended, by the clock of the machine that ran it (ISO 8601). */
    readonly at: string;
    readonly pod: OperationPod;
    /** A load's strategy. */
    readonly strategy?: Strategy;
    /** A load of only part of the pod (the test fronts' restores before a test file). */
    readonly partial?: boolean;
    /** What a load wrote the pod's records into, or what a save captured. */
    readonly scopes: readonly Scope[];
    /** What a load emptied whole before writing; a save empties nothing. */
    readonly cleared: readonly Scope[];
    /** The instance's session when it reports one (LocalStack's `session_id`): it tells a restart. */
    readonly session?: string;
}
/**
 * The operation an object of the record holds, or undefined when it holds none this version
 * can read: another process (or another version of localstack-pods) may have written it.
 */
export declare function parseOperation(text: string): RecordedOperation | undefined;
/** The services an operation touched (wrote, captured or emptied), sorted. */
export declare function servicesTouched(operation: RecordedOperation): string[];
