import { Readable } from 'node:stream';
import { UsageError } from './errors.js';
import { MAX_POD_VERSION } from './pod/ref.js';
import { readManifest } from './store/content.js';
import { podView } from './store/store.js';
import { forEachLimit } from './util/concurrency.js';
/** Blobs sent to a store at once. */
const BLOB_CONCURRENCY = 4;
/**
 * Copies the blobs of one pod version that `dst` lacks, children before the manifest, so the
 * version is complete before anything names it. `push` verifies each blob on the way.
 */
export async function copyBlobs(src, dst, manifestDescriptor, onBlob) {
    const manifest = await readManifest(src, manifestDescriptor);
    let bytes = 0;
    let skippedBytes = 0;
    // Pushes start in the manifest's order, however the lookups before them interleave: a
    // single-file pod takes its entries in the order they are pushed, and the same pod must
    // always give the same file. They still run side by side.
    let turn = Promise.resolve();
    const copyOne = async (descriptor) => {
        const previous = turn;
        let started;
        turn = new Promise((resolve) => (started = resolve));
        try {
            const present = await dst.exists(descriptor.digest);
            await previous;
            if (present) {
                skippedBytes += descriptor.size;
                onBlob?.(descriptor, false);
                return;
            }
            const content = await src.fetch(descriptor);
            const pushed = dst.push(descriptor, content);
            started();
            // A push that fails before reading its content to the end leaves it open (a file handle
            // of the staging store) until garbage collection otherwise.
            await pushed.catch((error) => {
                content.destroy();
                throw error;
            });
            bytes += descriptor.size;
            onBlob?.(descriptor, true);
        }
        finally {
            started();
        }
    };
    await forEachLimit([manifest.config, ...manifest.layers], BLOB_CONCURRENCY, copyOne);
    await copyOne(manifestDescriptor);
    return { bytes, skippedBytes, manifest };
}
/** Pushes a manifest held in memory (a new save) to a store. */
export async function pushBytes(dst, descriptor, bytes) {
    if (!(await dst.exists(descriptor.digest)))
        await dst.push(descriptor, Readable.from([bytes]));
}
/**
 * Tags `manifest` as a version of `name`: `version` exactly, or the next free number. Two saves
 * racing for one number both succeed, one with the next number. Each try asks for a higher number
 * than the last, whatever the listing says (a store whose listing lags or hides a tag cannot keep
 * a save trying one number for ever), and none goes past the highest version.
 */
export async function publish(dst, name, manifest, version) {
    if (version !== undefined) {
        if (!(await dst.tagIfAbsent(name, version, manifest))) {
            throw new UsageError(`Version ${name}:${version} already exists in ${dst.display}.`);
        }
        return version;
    }
    let tried = 0;
    for (;;) {
        const latest = (await dst.listVersions(name)).at(-1)?.version ?? 0;
        const next = Math.max(latest, tried) + 1;
        if (next > MAX_POD_VERSION) {
            throw new UsageError(`${name} has reached version ${MAX_POD_VERSION}, the highest a pod can have in ${dst.display}: delete old versions (\`delete ${name}:N\`) or save under another name.`);
        }
        if (await dst.tagIfAbsent(name, next, manifest))
            return next;
        tried = next;
    }
}
/**
 * Copies one version from `src` to `dst` as `name` (the next version there, or `version`),
 * sending only the blobs `dst` lacks. Saving, exporting, importing and mirroring are all this.
 */
export async function copyVersion(src, from, dst, name, version) {
    const target = podView(dst, name);
    const stats = await copyBlobs(podView(src, from.name), target, from.descriptor);
    return { bytes: stats.bytes, skippedBytes: stats.skippedBytes, version: await publish(target, name, from.descriptor, version) };
}
