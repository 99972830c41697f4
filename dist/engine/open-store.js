import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { LOCAL_REMOTE, resolveRemote } from './remotes.js';
import { FileStore } from './store/file/index.js';
import { openStoreUrl } from './store/registry.js';
import { isManaged, isWritable } from './store/store.js';
import { privateTempDir } from './util/private-temp.js';
export async function openRemoteForRead(remote, env) {
    const resolved = await resolveRemote(remote, env);
    // The local store exists from the first use on, so reading it before any save finds no pods.
    return openStoreUrl(resolved.url, resolved.name === LOCAL_REMOTE ? 'write' : 'read', env);
}
export async function openRemoteForWrite(remote, env) {
    const store = await openStoreUrl((await resolveRemote(remote, env)).url, 'write', env);
    if (!isWritable(store))
        throw new UsageError(`${store.display} is read-only; pods cannot be saved there.`);
    return store;
}
export async function openRemoteForDelete(remote, env) {
    const store = await openRemoteForRead(remote, env);
    if (!isManaged(store))
        throw new UsageError(`${store.display} does not support deleting pods.`);
    return store;
}
/** A file store in a new temp directory under `base`, for staging; `dispose` removes it. */
export async function tempStore(base = privateTempDir()) {
    const dir = await mkdtemp(join(base, 'store-'));
    const store = await FileStore.open(dir, { create: true });
    return {
        store,
        async dispose() {
            await store.close();
            await rm(dir, { recursive: true, force: true });
        },
    };
}
/** Runs `fn` with `store`, closing it afterwards whatever happens. */
export async function using(store, fn) {
    try {
        return await fn(store);
    }
    finally {
        await store.close?.();
    }
}
