import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished, pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { StoreError } from '../../errors.js';
import { VerifyingStream } from '../../pod/digest.js';
import { OCI_LAYOUT_VERSION } from '../../pod/media-types.js';
import { tempPathFor } from '../file/atomic.js';
import { emptyIndex, hasVersion, indexEntry, podNames, versionsOf } from '../oci-index.js';
import { blobEntry, INDEX_FILE, LAYOUT_FILE } from './layout.js';
/** Fixed entry times make equal pods byte-identical files. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');
/**
 * Writes a single-file pod as a stream into a temp file beside `path`; `commit` adds the layout
 * files and renames it into place, `close` without `commit` removes it. Blobs are stored without
 * compression: state layers are gzip already.
 */
export class ZipWriter {
    path;
    display;
    zip = new yazl.ZipFile();
    temp;
    written;
    blobs = new Set();
    index = emptyIndex();
    queue = Promise.resolve();
    committed = false;
    constructor(path, display = path) {
        this.path = path;
        this.display = display;
        this.temp = tempPathFor(path);
        this.written = pipeline(this.zip.outputStream, createWriteStream(this.temp, { flags: 'wx' }));
        this.written.catch(() => undefined);
    }
    async exists(digest) {
        return this.blobs.has(digest);
    }
    async fetch() {
        throw new StoreError(`${this.display} is being written; it cannot be read yet.`);
    }
    async listPods() {
        return podNames(this.index);
    }
    async listVersions(name) {
        return versionsOf(this.index, name);
    }
    /** Entries go into the zip one at a time, in the order they are pushed. */
    push(descriptor, content) {
        const run = this.queue.then(async () => {
            if (this.blobs.has(descriptor.digest)) {
                content.destroy();
                return;
            }
            const verifying = new VerifyingStream(descriptor);
            const copied = pipeline(content, verifying);
            this.zip.addReadStream(verifying, blobEntry(descriptor.digest), { mtime: FIXED_MTIME, compress: false });
            await Promise.all([copied, finished(verifying)]);
            this.blobs.add(descriptor.digest);
        });
        this.queue = run.catch(() => undefined);
        return run;
    }
    async tagIfAbsent(name, version, manifest) {
        if (hasVersion(this.index, name, version))
            return false;
        this.index.manifests.push(indexEntry(name, version, manifest));
        return true;
    }
    /** Finishes the zip and moves it to its path. */
    async commit() {
        await this.queue;
        const options = { mtime: FIXED_MTIME };
        this.zip.addBuffer(Buffer.from(JSON.stringify({ imageLayoutVersion: OCI_LAYOUT_VERSION })), LAYOUT_FILE, options);
        this.zip.addBuffer(Buffer.from(JSON.stringify(this.index, null, 2)), INDEX_FILE, options);
        this.zip.end();
        await this.written;
        await rename(this.temp, this.path);
        this.committed = true;
    }
    async close() {
        if (this.committed)
            return;
        this.zip.outputStream.destroy();
        await this.written.catch(() => undefined);
        await rm(this.temp, { force: true });
    }
}
