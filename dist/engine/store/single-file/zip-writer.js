import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
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
    temp;
    replaces;
    zip = new yazl.ZipFile();
    written;
    blobs = new Set();
    index = emptyIndex();
    queue = Promise.resolve();
    committed = false;
    constructor(path, display, temp, out, 
    /** Whether a file is at `path` already, which `commit` replaces. */
    replaces) {
        this.path = path;
        this.display = display;
        this.temp = temp;
        this.replaces = replaces;
        this.written = pipeline(this.zip.outputStream, out);
        this.written.catch(() => undefined);
    }
    /** A writer of `path`, whose folder must exist: a save finds out before it reads anything. */
    static async create(path, display = path) {
        const temp = tempPathFor(path);
        const out = createWriteStream(temp, { flags: 'wx' });
        try {
            await once(out, 'open');
        }
        catch (error) {
            throw cannotWrite(error, path, display);
        }
        const replaces = await stat(path).then(() => true, () => false);
        return new ZipWriter(path, display, temp, out, replaces);
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
            // The file failing (a full disk) stops the zip reading the entry: that ends the wait too.
            await Promise.race([Promise.all([copied, finished(verifying)]), this.written]);
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
        await this.written.catch((error) => {
            throw cannotWrite(error, this.path, this.display);
        });
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
/** What stopped a pod file being written, in words that say what to do. */
function cannotWrite(error, path, display) {
    const code = error.code;
    const folder = dirname(path);
    if (code === 'ENOENT')
        return new StoreError(`Cannot write ${display}: the folder ${folder} does not exist. Create it, or name a file in a folder that exists.`);
    if (code === 'EACCES' || code === 'EPERM')
        return new StoreError(`Cannot write ${display}: no permission to create files in ${folder}.`);
    if (code === 'ENOTDIR')
        return new StoreError(`Cannot write ${display}: a part of ${folder} is a file, not a folder.`);
    return new StoreError(`Cannot write ${display}: ${error.message}`);
}
