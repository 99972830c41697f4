import type { Descriptor, PodManifest } from '../pod/manifest.js';
import type { FileStore } from '../store/file/file-store.js';
import type { ServiceContext, ServiceModule } from './module.js';
import { type Validators } from './validators.js';
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
/** Payload blobs an earlier version stored, by the MD5 and size of their content. */
export type KnownPayloads = ReadonlyMap<string, Descriptor>;
/** The payload blobs of a version whose content MD5 it recorded. */
export declare function knownPayloads(manifest: PodManifest): KnownPayloads;
/** One service in one account. */
export interface CaptureJob {
    readonly module: ServiceModule;
    readonly context: ServiceContext;
}
/**
 * Captures the state of every job into blobs of `sink`: one state layer per service, account
 * and region, and one blob per large payload. Nothing is published; a failure leaves only
 * unreferenced blobs. Payloads found in `known` are referenced, not read: the destination
 * holds them already.
 */
export declare function captureState(jobs: readonly CaptureJob[], regions: readonly string[] | undefined, sink: FileStore, known?: KnownPayloads): Promise<CapturedState>;
