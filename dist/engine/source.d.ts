import type { PodLocation } from './location.js';
import type { PodsOptions } from './options.js';
import type { ReadableStore, TaggedVersion } from './store/store.js';
/**
 * Opens the store a location reads from; the caller closes it. The zip and HTTP libraries load
 * only for the locations that need them: listing a remote should not pay for them at start-up.
 */
export declare function openSource(pod: PodLocation, options: Pick<PodsOptions, 'remote' | 'env'>): Promise<ReadableStore>;
/** The version a location names in its store. */
export declare function locate(pod: PodLocation, store: ReadableStore): Promise<TaggedVersion>;
