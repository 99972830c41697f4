import { type Scope } from '../pod/manifest.js';
import type { Strategy } from '../state/strategy.js';
import type { OperationPod, RecordedOperation } from './operation.js';
/** A pod version whose records a load wrote into a scope, and nothing has emptied since. */
export interface Contribution {
    readonly pod: OperationPod;
    readonly strategy?: Strategy;
    /** When the load ended. */
    readonly at: string;
    /** The load ran before the instance's last restart, whose persistence kept its state. */
    readonly beforeRestart?: true;
}
/** A scope holding state now, and the pod versions that state came from: none when from no pod. */
export interface ScopeOrigin extends Scope {
    /** Resources the scope holds now, as a save counts them. */
    readonly resources: number;
    /** Oldest first; several when loads merged into the scope without emptying it (deep-merge, partial loads). */
    readonly pods: readonly Contribution[];
}
/**
 * Folds the record, oldest operation first, into what each scope holds of which pod: a load's
 * emptied scopes lose what earlier loads put there, and each scope it wrote gains the pod (once:
 * the same version loaded again replaces its earlier contribution). Saves change nothing. With
 * `session`, a contribution made in another session of the instance is marked `beforeRestart`.
 */
export declare function contributionsOf(operations: readonly RecordedOperation[], session?: string): Map<string, Contribution[]>;
/** The scopes that hold state now, each with the pods its state came from. */
export declare function originsOf(held: readonly (Scope & {
    readonly resources: number;
})[], contributions: ReadonlyMap<string, readonly Contribution[]>): ScopeOrigin[];
/**
 * When the instance, now in `session`, last saw an operation in another session: the record
 * outlived a restart (persistence). Undefined when nothing tells (no session reported).
 */
export declare function restartedSince(operations: readonly RecordedOperation[], session: string | undefined): string | undefined;
