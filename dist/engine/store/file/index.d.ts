import type { StoreOpener } from '../store.js';
export { FileStore } from './file-store.js';
/** `file:///abs/dir`: an OCI image layout directory, created on first write. */
export declare const fileStoreOpener: StoreOpener;
