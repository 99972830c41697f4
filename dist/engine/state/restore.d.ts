import { type PodConfig, type PodManifest, type Scope, type StateLayer } from '../pod/manifest.js';
import type { BlobReader } from '../store/store.js';
import type { PodRecord, ServiceContext, ServiceModule } from './module.js';
import { type Strategy } from './strategy.js';
/** A state layer and the account of the instance it goes into. */
export interface RestoreLayer extends StateLayer {
    readonly into: string;
}
export interface RestorePlan {
    readonly modules: ServiceModule[];
    readonly strategy: Strategy;
    /** Scopes emptied before the pod's records are written. */
    readonly clear: Scope[];
    readonly layers: RestoreLayer[];
    /** Services restored only in part: the resource groups cleared and written (see `ServiceModule.partial`). */
    readonly groups: ReadonlyMap<string, ReadonlySet<string>>;
}
/**
 * What a load is limited to: some services and, within those named in `resources`, some
 * resource groups (S3: buckets or `bucket/key` objects; DynamoDB: tables or items, see
 * `item-groups.ts`). Services that cannot be restored in part are restored whole.
 */
export interface RestoreLimit {
    readonly services: readonly string[];
    readonly resources?: Readonly<Record<string, readonly string[]>>;
}
export type ContextFactory = (module: ServiceModule, account: string) => ServiceContext;
/**
 * Decides what a load clears and writes, per strategy, without changing anything. The account
 * that saved the pod maps to `caller`, the account of the credentials that load it. With
 * `only`, the plan concerns only what it names.
 */
export declare function planRestore(manifest: PodManifest, config: PodConfig, strategy: Strategy, caller: string, contextOf: ContextFactory, only?: RestoreLimit): Promise<RestorePlan>;
/** The records of a layer, their references moved to the account they are restored into. */
export declare function podRecords(store: BlobReader, layer: RestoreLayer): AsyncGenerator<PodRecord>;
/**
 * Carries out a plan: clears scopes in reverse dependency order, then restores layers in
 * dependency order; modules of one level, and regions of one module, run concurrently
 * (up to SCOPE_CONCURRENCY). What
 * modules asked to do after the restore (`ServiceContext.afterRestore`) runs last, in order.
 */
export declare function executeRestore(plan: RestorePlan, store: BlobReader, contextOfModule: ContextFactory, onScope: (phase: 'clear' | 'restore', scope: Scope) => void): Promise<void>;
export interface PlannedChange {
    readonly action: 'create' | 'change' | 'delete';
    readonly service: string;
    readonly account: string;
    readonly region: string;
    readonly type: string;
    readonly id: string;
}
/**
 * What a plan would create, change and delete, found by reading the instance (capture, which
 * changes nothing) and the pod. Payloads are compared by size only.
 */
export declare function diffRestore(plan: RestorePlan, store: BlobReader, contextOf: ContextFactory): Promise<PlannedChange[]>;
