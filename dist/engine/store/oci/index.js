import { requestTimeoutMs } from '../../util/http.js';
import { OciStore } from './oci-store.js';
import { parseRegistryUrl } from './remote.js';
export { OciStore } from './oci-store.js';
/**
 * `oras://[{oras_username}:{oras_password}@]host[:port]/namespace[?plain-http=true]`: an OCI
 * registry (distribution, Docker Hub, GHCR, ECR, Harbor, Zot), over HTTPS unless `plain-http`.
 */
export const ociStoreOpener = {
    scheme: 'oras:',
    async open(url, mode, display, env) {
        return OciStore.open(parseRegistryUrl(url, display), { mode, timeoutMs: requestTimeoutMs(env) });
    },
};
