import { type Readable } from 'node:stream';
import { type Descriptor, type PodConfig, type PodManifest } from '../pod/manifest.js';
import type { BlobReader } from './store.js';
/** The blob's content, failing the stream if it does not match `descriptor`. */
export declare function fetchVerified(store: BlobReader, descriptor: Descriptor): Promise<Readable>;
/** A small blob read whole and verified. */
export declare function readVerified(store: BlobReader, descriptor: Descriptor): Promise<Buffer>;
export declare function readManifest(store: BlobReader, descriptor: Descriptor): Promise<PodManifest>;
export declare function readConfig(store: BlobReader, manifest: PodManifest): Promise<PodConfig>;
