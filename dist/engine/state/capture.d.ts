import { type Descriptor, type PodManifest } from '../pod/manifest.js';
import type { FileStore } from '../store/file/file-store.js';
import { type ServiceContext, type ServiceModule } from './module.js';
import type { Validators } from './validators.js';
export interface CapturedState {
    /** State layers sorted by service, account and region, then payload blobs sorted by digest. */
    readonly layers: Descriptor[];
    readonly services: string[];
    readonly regions: string[];
    readonly accounts: string[];
    readonly resources: Record<string, number>;
    /** The validators of the records read (see `CapturedRecord.validator`), for the next save. */
    readonly validators: Validators;
}
/** What a save can take from the pod's latest version without reading or storing it again. */
export interface Earlier {
    /** Payload blobs, by the MD5 and size of their content. */
    readonly payloads: KnownPayloads;
    /** Payload blobs, by digest. */
    readonly blobs: ReadonlyMap<string, Descriptor>;
    /** State layers, by `scopeKey`. */
    readonly layers: ReadonlyMap<string, Descriptor>;
}
/** Payload blobs an earlier version stored, by the MD5 and size of their content. */
export type KnownPayloads = ReadonlyMap<string, Descriptor>;
/** What the version `manifest` offers the next save. */
export declare function earlierOf(manifest: PodManifest | undefined): Earlier;
/** One service in one account. */
export interface CaptureJob {
    readonly module: ServiceModule;
    readonly context: ServiceContext;
}
/**
 * Captures the state of every job into blobs of `sink`: one state layer per service, account
 * and region, and one blob per large payload. Nothing is published; a failure leaves only
 * unreferenced blobs. Payloads and layers found in `earlier` are referenced, not read or
 * stored again: the destination holds them already.
 */
export declare function captureState(jobs: readonly CaptureJob[], regions: readonly string[] | undefined, sink: FileStore, earlier?: Earlier): Promise<CapturedState>;
