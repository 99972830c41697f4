import type { ReadableStore, StoreOpener } from './store.js';
/**
 * Adds a store at runtime, so a store that needs a front's libraries (the GitHub Action's
 * `github-cache://`) lives in that front and the engine does not depend on them. An opener for
 * a scheme already known replaces it; the replaced opener is returned so the new one can wrap
 * it (a read-through cache in front of a remote).
 */
export declare function registerStore(opener: StoreOpener): StoreOpener | undefined;
export declare function supportedSchemes(): string[];
/** Opens the store at `template` (placeholders filled from `env`); `display` masks its secrets. */
export declare function openStoreUrl(template: string, mode: 'read' | 'write', env?: NodeJS.ProcessEnv): Promise<ReadableStore>;
