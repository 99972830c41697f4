import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CorruptPodError, NotFoundError, StoreError } from '../../errors.js';
import { ContentCheck, DigestingStream, hexOf, VerifyingStream } from '../../pod/digest.js';
import { decodeManifest } from '../../pod/manifest.js';
import { OCI_LAYOUT_VERSION, OCI_MANIFEST } from '../../pod/media-types.js';
import { emptyIndex, hasVersion, indexEntry, podNames, removeVersion, versionsOf } from '../oci-index.js';
import { parsePodName } from '../../pod/ref.js';
import { writeFileAtomic } from './atomic.js';
import { isAlive } from '../../util/process-alive.js';
import { withLock } from './lock.js';
/** The read buffer of `verify`. */
const VERIFY_BUFFER = 1024 * 1024;
/**
 * A store in an OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/…`), so
 * `oras`, `skopeo` and `crane` read it as it is. Each version is one `index.json` entry whose
 * `org.opencontainers.image.ref.name` is `name:version`.
 *
 * Blobs are written to `ingest/` and renamed into place once their digest is checked; `index.json`
 * is rewritten atomically under a lock, after the blobs it names exist. A process that writes
 * blobs holds a lease (`leases/<pid>`) until it closes the store, so garbage collection in
 * another process never removes blobs of a save that has not tagged its version yet.
 */
export class FileStore {
    root;
    display;
    leaseWritten = false;
    /** Blobs this instance has stored that were not there before. */
    written = { blobs: 0, bytes: 0 };
    constructor(root, display) {
        this.root = root;
        this.display = display;
    }
    /** Opens the layout at `root`, creating it when `create` is set; else a missing layout is a NotFoundError. */
    static async open(root, options) {
        const store = new FileStore(root, options.display ?? root);
        try {
            const layout = JSON.parse(await readFile(join(root, 'oci-layout'), 'utf8'));
            if (layout.imageLayoutVersion !== OCI_LAYOUT_VERSION) {
                throw new CorruptPodError(`${root} is an OCI layout of an unknown version (${String(layout.imageLayoutVersion)}).`);
            }
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                if (error instanceof CorruptPodError)
                    throw error;
                throw new CorruptPodError(`${root}/oci-layout cannot be read: ${error.message}`, { cause: error });
            }
            if (!options.create)
                throw new NotFoundError(`No pod store at ${store.display}.`);
            await mkdir(join(root, 'blobs', 'sha256'), { recursive: true });
            await writeFileAtomic(join(root, 'oci-layout'), JSON.stringify({ imageLayoutVersion: OCI_LAYOUT_VERSION }));
        }
        await mkdir(join(root, 'blobs', 'sha256'), { recursive: true });
        return store;
    }
    blobPath(digest) {
        return join(this.root, 'blobs', 'sha256', hexOf(digest));
    }
    async exists(digest) {
        try {
            await stat(this.blobPath(digest));
            return true;
        }
        catch {
            return false;
        }
    }
    async sizeOf(digest) {
        try {
            return (await stat(this.blobPath(digest))).size;
        }
        catch {
            return undefined;
        }
    }
    async fetch(descriptor) {
        return (await this.openBlob(descriptor)).createReadStream();
    }
    async openBlob(descriptor) {
        try {
            return await open(this.blobPath(descriptor.digest), 'r');
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new NotFoundError(`Blob ${descriptor.digest} is missing from ${this.display}.`);
            }
            throw error;
        }
    }
    /**
     * Checks a blob against its descriptor without handing its content on. It reads into one
     * buffer of up to 1 MiB: a stream would allocate a buffer of 64 KiB for every piece, which
     * for a pod of gigabytes is that much garbage for the collector, and four times the calls.
     */
    async verify(descriptor) {
        const check = new ContentCheck(descriptor);
        const handle = await this.openBlob(descriptor);
        try {
            const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(descriptor.size, VERIFY_BUFFER)));
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0)
                    break;
                check.update(buffer.subarray(0, bytesRead));
            }
        }
        finally {
            await handle.close();
        }
        check.finish();
    }
    async push(descriptor, content) {
        await this.holdLease();
        const target = this.blobPath(descriptor.digest);
        if ((await this.touch(target)) && (await this.intact(descriptor))) {
            content.destroy();
            return;
        }
        await this.write(content, new VerifyingStream(descriptor), () => descriptor.digest);
    }
    /** Stores content whose digest is not known in advance (state captured from an instance). */
    async ingest(content) {
        await this.holdLease();
        const digesting = new DigestingStream();
        let digest;
        await this.write(content, digesting, () => (digest = digesting.digest()));
        return { digest: digest, size: digesting.size };
    }
    /** Writes a blob whose digest `digestOf` tells once the content went through `check`. */
    async write(content, check, digestOf) {
        const ingestDir = join(this.root, 'ingest');
        await mkdir(ingestDir, { recursive: true });
        const temp = join(ingestDir, `${process.pid}-${randomUUID()}`);
        try {
            await pipeline(content, check, createWriteStream(temp, { flags: 'wx' }));
            const digest = digestOf();
            const final = this.blobPath(digest);
            const size = (await stat(temp)).size;
            // A blob that arrived meanwhile has the same content: keep it and drop ours, unless it
            // is damaged; then ours, just verified, replaces it (a damaged blob heals when written again).
            if ((await this.touch(final)) && (await this.intact({ digest, size }))) {
                await rm(temp, { force: true });
            }
            else {
                await rename(temp, final);
                this.written.blobs += 1;
                this.written.bytes += (await stat(final)).size;
            }
        }
        catch (error) {
            await rm(temp, { force: true });
            if (error.code === 'ENOSPC') {
                throw new StoreError(`No space left on the device of ${this.display}; nothing was published.`, { cause: error });
            }
            throw error;
        }
    }
    /** Whether the stored blob matches its digest and size. */
    async intact(blob) {
        try {
            await this.verify({ mediaType: 'application/octet-stream', ...blob });
            return true;
        }
        catch {
            return false;
        }
    }
    /** Marks an existing blob as in use now (garbage collection spares recent blobs under a lease). */
    async touch(path) {
        try {
            const now = new Date();
            await utimes(path, now, now);
            return true;
        }
        catch {
            return false;
        }
    }
    async holdLease() {
        if (this.leaseWritten)
            return;
        this.leaseWritten = true;
        await mkdir(join(this.root, 'leases'), { recursive: true });
        const lease = { pid: process.pid, started: Date.now() };
        await writeFile(this.leasePath(), JSON.stringify(lease));
    }
    leasePath() {
        return join(this.root, 'leases', `${process.pid}`);
    }
    async close() {
        if (this.leaseWritten)
            await rm(this.leasePath(), { force: true });
        this.leaseWritten = false;
    }
    async readIndex() {
        let text;
        try {
            text = await readFile(join(this.root, 'index.json'), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                return emptyIndex();
            }
            throw error;
        }
        try {
            const index = JSON.parse(text);
            if (!Array.isArray(index.manifests))
                throw new Error('no manifests array');
            return index;
        }
        catch (error) {
            throw new CorruptPodError(`${this.display}/index.json is damaged (${error.message}); no version was changed.`, {
                cause: error,
            });
        }
    }
    async updateIndex(change) {
        await withLock(join(this.root, 'index.json.lock'), async () => {
            const index = await this.readIndex();
            if (change(index))
                await writeFileAtomic(join(this.root, 'index.json'), JSON.stringify(index, null, 2));
        });
    }
    async listPods() {
        return podNames(await this.readIndex());
    }
    async listVersions(name) {
        return versionsOf(await this.readIndex(), name);
    }
    async tagIfAbsent(name, version, manifest) {
        parsePodName(name);
        if (!(await this.exists(manifest.digest))) {
            throw new StoreError(`Cannot tag ${name}:${version}: its manifest ${manifest.digest} is not stored in ${this.display}.`);
        }
        let created = false;
        await this.updateIndex((index) => {
            if (hasVersion(index, name, version))
                return false;
            index.manifests.push(indexEntry(name, version, manifest));
            created = true;
            return true;
        });
        return created;
    }
    async deleteVersion(name, version) {
        let found = false;
        await this.updateIndex((index) => {
            found = removeVersion(index, name, version);
            return found;
        });
        if (!found)
            throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
    }
    async collectGarbage() {
        let removed = { blobs: 0, bytes: 0 };
        await withLock(join(this.root, 'index.json.lock'), async () => {
            const referenced = new Set();
            for (const entry of (await this.readIndex()).manifests) {
                referenced.add(hexOf(entry.digest));
                if (entry.mediaType !== OCI_MANIFEST)
                    continue;
                const manifest = decodeManifest(await readFile(this.blobPath(entry.digest)));
                referenced.add(hexOf(manifest.config.digest));
                for (const layer of manifest.layers)
                    referenced.add(hexOf(layer.digest));
            }
            const protectedSince = await this.oldestLiveLease();
            const dir = join(this.root, 'blobs', 'sha256');
            for (const file of await readdir(dir)) {
                if (referenced.has(file))
                    continue;
                const path = join(dir, file);
                const info = await stat(path);
                if (info.mtimeMs >= protectedSince)
                    continue;
                await rm(path, { force: true });
                removed = { blobs: removed.blobs + 1, bytes: removed.bytes + info.size };
            }
            await this.removeDeadIngests();
        });
        return removed;
    }
    /** The start of the oldest lease held by a live process other than this one; Infinity if none. */
    async oldestLiveLease() {
        const dir = join(this.root, 'leases');
        let oldest = Infinity;
        for (const file of await readdir(dir).catch(() => [])) {
            try {
                const lease = JSON.parse(await readFile(join(dir, file), 'utf8'));
                if (lease.pid !== process.pid && isAlive(lease.pid))
                    oldest = Math.min(oldest, lease.started - 1000);
                else if (lease.pid !== process.pid)
                    await rm(join(dir, file), { force: true });
            }
            catch {
                await rm(join(dir, file), { force: true });
            }
        }
        return oldest;
    }
    /** Temp files of killed saves: named `<pid>-<uuid>`, removed when that pid is gone. */
    async removeDeadIngests() {
        const dir = join(this.root, 'ingest');
        for (const file of await readdir(dir).catch(() => [])) {
            const pid = Number(file.split('-')[0]);
            if (!Number.isSafeInteger(pid) || !isAlive(pid))
                await rm(join(dir, file), { force: true });
        }
    }
}
