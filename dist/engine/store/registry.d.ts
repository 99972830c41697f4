import type { ReadableStore } from './store.js';
/** Opens the store a remote URL names. */
export interface StoreOpener {
    /** The URL scheme, with its colon (`file:`, `s3:`). */
    readonly scheme: string;
    open(url: URL, mode: 'read' | 'write', display: string): Promise<ReadableStore>;
}
export declare function supportedSchemes(): string[];
/** Opens the store at `template` (placeholders filled from `env`); `display` masks its secrets. */
export declare function openStoreUrl(template: string, mode: 'read' | 'write', env?: NodeJS.ProcessEnv): Promise<ReadableStore>;
