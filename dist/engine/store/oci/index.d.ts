import type { StoreOpener } from '../store.js';
/**
 * `oras://[{oras_username}:{oras_password}@]host[:port]/namespace[?plain-http=true]`: an OCI
 * registry (distribution, Docker Hub, GHCR, ECR, Harbor, Zot), over HTTPS unless `plain-http`.
 */
export declare const ociStoreOpener: StoreOpener;
