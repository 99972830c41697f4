import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { CorruptPodError, NotFoundError, PodsError, UnsafePathError } from '../../errors.js';
import { podNames, versionsOf } from '../oci-index.js';
import { checkEntryPath } from './entry-path.js';
import { blobEntry, INDEX_FILE, LAYOUT_FILE } from './layout.js';
function openZip(path) {
    return new Promise((resolve, reject) => {
        yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: true }, (error, zip) => (error ? reject(error) : resolve(zip)));
    });
}
function readEntries(zip) {
    return new Promise((resolve, reject) => {
        const entries = new Map();
        zip.on('entry', (entry) => {
            try {
                entries.set(checkEntryPath(entry.fileName), entry);
                zip.readEntry();
            }
            catch (error) {
                reject(error);
            }
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', reject);
        zip.readEntry();
    });
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
    });
}
/**
 * Reads a single-file pod (a zip of an OCI image layout) in place: entries are streamed from the
 * file on demand, so memory does not grow with the pod.
 */
export class ZipReader {
    zip;
    entries;
    index;
    display;
    onClose;
    constructor(zip, entries, index, display, onClose) {
        this.zip = zip;
        this.entries = entries;
        this.index = index;
        this.display = display;
        this.onClose = onClose;
    }
    /** Opens the pod file at `path`; `onClose` runs when the reader closes or fails to open (a temp download's removal). */
    static async open(path, display = path, onClose = async () => undefined) {
        try {
            return await ZipReader.openFile(path, display, onClose);
        }
        catch (error) {
            await onClose();
            throw error;
        }
    }
    static async openFile(path, display, onClose) {
        let zip;
        try {
            zip = await openZip(path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                throw new NotFoundError(`No pod file at ${display}.`);
            throw new CorruptPodError(`${display} is not a readable pod file (${error.message}).`, { cause: error });
        }
        try {
            const entries = await readEntries(zip);
            if (!entries.has(LAYOUT_FILE) || !entries.has(INDEX_FILE)) {
                throw new CorruptPodError(`${display} is a zip but not a pod: it lacks ${LAYOUT_FILE} or ${INDEX_FILE}.`);
            }
            const text = (await buffer(await openEntry(zip, entries.get(INDEX_FILE)))).toString('utf8');
            const index = JSON.parse(text);
            if (!Array.isArray(index.manifests))
                throw new CorruptPodError(`${display}: ${INDEX_FILE} has no manifests.`);
            return new ZipReader(zip, entries, index, display, onClose);
        }
        catch (error) {
            zip.close();
            if (error instanceof PodsError)
                throw error;
            // yauzl checks entry names itself, before we see them.
            const unsafe = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/.exec(error.message);
            if (unsafe)
                throw new UnsafePathError(`Refusing pod file ${display}: entry "${unsafe[1]}" would escape its directory.`);
            throw new CorruptPodError(`${display} is damaged (${error.message}).`, { cause: error });
        }
    }
    async openEntry(name) {
        const entry = this.entries.get(name);
        if (!entry)
            throw new NotFoundError(`${name} is missing from ${this.display}.`);
        try {
            return await openEntry(this.zip, entry);
        }
        catch (error) {
            throw new CorruptPodError(`${this.display}: cannot read ${name} (${error.message}).`, { cause: error });
        }
    }
    async exists(digest) {
        return this.entries.has(blobEntry(digest));
    }
    fetch(descriptor) {
        return this.openEntry(blobEntry(descriptor.digest));
    }
    async listPods() {
        return podNames(this.index);
    }
    async listVersions(name) {
        return versionsOf(this.index, name);
    }
    async close() {
        this.zip.close();
        await this.onClose();
    }
}
