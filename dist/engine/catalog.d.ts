import type { PodVersionInfo } from './pod/manifest.js';
import type { PodRef } from './pod/ref.js';
import { type ReadableStore, type TaggedVersion } from './store/store.js';
/** The version a ref names; a NotFoundError that says what exists on a miss. */
export declare function resolveVersion(store: ReadableStore, ref: PodRef): Promise<TaggedVersion>;
/** A version with what its manifest and config say. */
export declare function describeVersion(store: ReadableStore, tagged: TaggedVersion): Promise<PodVersionInfo>;
