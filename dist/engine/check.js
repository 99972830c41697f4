import { messageOf } from './errors.js';
import { openRemoteForRead, using } from './open-store.js';
import { readManifest, fetchVerified } from './store/content.js';
import { podView } from './store/store.js';
import { forEachLimit } from './util/concurrency.js';
/** Blobs checked at once. */
const CHECK_CONCURRENCY = 4;
/**
 * What is wrong with one blob, or undefined: with `readData` its content is read and hashed
 * (digest and size), otherwise it must exist with its size (where the store tells sizes).
 */
async function blobProblem(store, blob, readData) {
    try {
        if (readData) {
            for await (const _ of await fetchVerified(store, blob)) {
                // read to the end: the verifying stream fails on a wrong digest or size
            }
            return undefined;
        }
        const size = store.sizeOf ? await store.sizeOf(blob.digest) : (await store.exists(blob.digest)) ? blob.size : undefined;
        if (size === undefined)
            return 'missing';
        return size === blob.size ? undefined : `${size} bytes where the manifest says ${blob.size}`;
    }
    catch (error) {
        return messageOf(error);
    }
}
/**
 * Verifies every version of every pod of a remote: its manifest (read and hashed), its config
 * and its layers. A blob several versions share is checked once and reported for each.
 */
export async function check(options, { readData = false } = {}) {
    return using(await openRemoteForRead(options.remote, options.env), async (store) => {
        const problems = [];
        const results = new Map();
        let versions = 0;
        let bytesRead = 0;
        const pods = await store.listPods();
        for (const pod of pods) {
            const view = podView(store, pod);
            for (const tagged of await view.listVersions(pod)) {
                versions += 1;
                const at = { pod, version: tagged.version };
                let blobs;
                try {
                    const manifest = await readManifest(view, tagged.descriptor);
                    blobs = [manifest.config, ...manifest.layers];
                }
                catch (error) {
                    problems.push({ ...at, blob: tagged.descriptor.digest, problem: `manifest: ${messageOf(error)}` });
                    continue;
                }
                await forEachLimit(blobs, CHECK_CONCURRENCY, async (blob) => {
                    // Per pod: a store that keeps pods apart (a registry) may hold one blob for one and not another.
                    const key = `${pod}\0${blob.digest}`;
                    if (!results.has(key)) {
                        if (readData)
                            bytesRead += blob.size;
                        results.set(key, blobProblem(view, blob, readData));
                    }
                    const problem = await results.get(key);
                    if (problem)
                        problems.push({ ...at, blob: blob.digest, problem });
                });
            }
        }
        return { remote: store.display, pods: pods.length, versions, blobs: results.size, bytesRead, problems };
    });
}
