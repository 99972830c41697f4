import type { Descriptor } from '../pod/manifest.js';
import type { FileStore } from '../store/file/file-store.js';
import type { ServiceContext, ServiceModule } from './module.js';
export interface CapturedState {
    /** State layers sorted by service, account and region, then payload blobs sorted by digest. */
    readonly layers: Descriptor[];
    readonly services: string[];
    readonly regions: string[];
    readonly accounts: string[];
    readonly resources: Record<string, number>;
}
/** One service in one account. */
export interface CaptureJob {
    readonly module: ServiceModule;
    readonly context: ServiceContext;
}
/**
 * Captures the state of every job into blobs of `sink`: one state layer per service, account
 * and region, and one blob per large payload. Nothing is published; a failure leaves only
 * unreferenced blobs.
 */
export declare function captureState(jobs: readonly CaptureJob[], regions: readonly string[] | undefined, sink: FileStore): Promise<CapturedState>;
