import type { PodManifest, StateLayer } from '../pod/manifest.js';
import type { BlobReader } from '../store/store.js';
import type { ServiceContext, ServiceModule } from './module.js';
import type { Strategy } from './strategy.js';
/** One service in one account and region. */
export interface Scope {
    readonly service: string;
    readonly account: string;
    readonly region: string;
}
export interface RestorePlan {
    readonly modules: ServiceModule[];
    /** Scopes emptied before the pod's records are written. */
    readonly clear: Scope[];
    readonly layers: StateLayer[];
}
/** Decides what a load clears and writes, per strategy, without touching anything. */
export declare function planRestore(manifest: PodManifest, podServices: readonly string[], strategy: Strategy, account: string, contextOf: (module: ServiceModule, account: string) => ServiceContext): Promise<RestorePlan>;
/**
 * Carries out a plan: clears scopes in reverse dependency order, then restores layers in
 * dependency order; modules of one level, and regions of one module, run concurrently.
 */
export declare function executeRestore(plan: RestorePlan, store: BlobReader, contextOf: (module: ServiceModule, account: string) => ServiceContext, onScope: (phase: 'clear' | 'restore', scope: Scope) => void): Promise<void>;
