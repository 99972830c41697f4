import { FileStore } from './store/file/index.js';
import { type ManagedStore, type ReadableStore, type WritableStore } from './store/store.js';
export declare function openRemoteForRead(remote: string | undefined, env: NodeJS.ProcessEnv): Promise<ReadableStore>;
export declare function openRemoteForWrite(remote: string | undefined, env: NodeJS.ProcessEnv): Promise<WritableStore>;
export declare function openRemoteForDelete(remote: string | undefined, env: NodeJS.ProcessEnv): Promise<ManagedStore>;
/** A file store in a new temp directory under `base`, for staging; `dispose` removes it. */
export declare function tempStore(base?: string): Promise<{
    store: FileStore;
    dispose(): Promise<void>;
}>;
/** Runs `fn` with `store`, closing it afterwards whatever happens. */
export declare function using<S extends ReadableStore, T>(store: S, fn: (store: S) => Promise<T>): Promise<T>;
