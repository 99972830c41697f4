import { requestTimeoutMs } from '../../util/request-timeout.js';
import { parseRegistryUrl } from './remote.js';
/**
 * `oras://[{oras_username}:{oras_password}@]host[:port]/namespace[?plain-http=true]`: an OCI
 * registry (distribution, Docker Hub, GHCR, ECR, Harbor, Zot), over HTTPS unless `plain-http`.
 */
export const ociStoreOpener = {
    scheme: 'oras:',
    async open(url, mode, display, env) {
        // Loaded when a registry is opened: its HTTP client is a large part of what a command loads.
        const { OciStore } = await import('./oci-store.js');
        return OciStore.open(parseRegistryUrl(url, display), { mode, timeoutMs: requestTimeoutMs(env) });
    },
};
