import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { CorruptPodError, NotFoundError, PodsError, UnsafePathError } from '../../errors.js';
import type { Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import { podNames, versionsOf, type OciIndex } from '../oci-index.js';
import type { ReadableStore, TaggedVersion } from '../store.js';
import { checkEntryPath } from './entry-path.js';
import { blobEntry, INDEX_FILE, LAYOUT_FILE } from './layout.js';

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: true }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

function readEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      try {
        entries.set(checkEntryPath(entry.fileName), entry);
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

/**
 * Reads a single-file pod (a zip of an OCI image layout) in place: entries are streamed from the
 * file on demand, so memory does not grow with the pod.
 */
export class ZipReader implements ReadableStore {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly index: OciIndex,
    readonly display: string,
    private readonly onClose: () => Promise<void>,
  ) {}

  /** Opens the pod file at `path`; `onClose` runs when the reader closes or fails to open (a temp download's removal). */
  static async open(path: string, display = path, onClose: () => Promise<void> = async () => undefined): Promise<ZipReader> {
    try {
      return await ZipReader.openFile(path, display, onClose);
    } catch (error) {
      await onClose();
      throw error;
    }
  }

  private static async openFile(path: string, display: string, onClose: () => Promise<void>): Promise<ZipReader> {
    let zip: ZipFile;
    try {
      zip = await openZip(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`No pod file at ${display}.`);
      throw new CorruptPodError(`${display} is not a readable pod file (${(error as Error).message}).`, { cause: error });
    }
    try {
      const entries = await readEntries(zip);
      if (!entries.has(LAYOUT_FILE) || !entries.has(INDEX_FILE)) {
        throw new CorruptPodError(`${display} is a zip but not a pod: it lacks ${LAYOUT_FILE} or ${INDEX_FILE}.`);
      }
      const text = (await buffer(await openEntry(zip, entries.get(INDEX_FILE)!))).toString('utf8');
      const index = JSON.parse(text) as OciIndex;
      if (!Array.isArray(index.manifests)) throw new CorruptPodError(`${display}: ${INDEX_FILE} has no manifests.`);
      return new ZipReader(zip, entries, index, display, onClose);
    } catch (error) {
      zip.close();
      if (error instanceof PodsError) throw error;
      // yauzl checks entry names itself, before we see them.
      const unsafe = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/.exec((error as Error).message);
      if (unsafe) throw new UnsafePathError(`Refusing pod file ${display}: entry "${unsafe[1]}" would escape its directory.`);
      throw new CorruptPodError(`${display} is damaged (${(error as Error).message}).`, { cause: error });
    }
  }

  private async openEntry(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new NotFoundError(`${name} is missing from ${this.display}.`);
    try {
      return await openEntry(this.zip, entry);
    } catch (error) {
      throw new CorruptPodError(`${this.display}: cannot read ${name} (${(error as Error).message}).`, { cause: error });
    }
  }

  async exists(digest: Digest): Promise<boolean> {
    return this.entries.has(blobEntry(digest));
  }

  fetch(descriptor: Descriptor): Promise<Readable> {
    return this.openEntry(blobEntry(descriptor.digest));
  }

  async listPods(): Promise<string[]> {
    return podNames(this.index);
  }

  async listVersions(name: string): Promise<TaggedVersion[]> {
    return versionsOf(this.index, name);
  }

  async close(): Promise<void> {
    this.zip.close();
    await this.onClose();
  }
}
