import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import { FileStore } from './file-store.js';
export { FileStore } from './file-store.js';
/** `file:///abs/dir`: an OCI image layout directory, created on first write. */
export const fileStoreOpener = {
    scheme: 'file:',
    async open(url, mode, display) {
        if (url.host && url.host !== 'localhost') {
            throw new UsageError(`Invalid remote ${display}: a file URL has no host (file:///abs/dir).`);
        }
        return FileStore.open(fileURLToPath(url), { create: mode === 'write', display });
    },
};
