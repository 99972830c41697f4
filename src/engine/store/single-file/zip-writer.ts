import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { StoreError } from '../../errors.js';
import { VerifyingStream, type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import { OCI_LAYOUT_VERSION } from '../../pod/media-types.js';
import { tempPathFor } from '../file/atomic.js';
import { emptyIndex, hasVersion, indexEntry, podNames, versionsOf } from '../oci-index.js';
import type { TaggedVersion, WritableStore } from '../store.js';
import { blobEntry, INDEX_FILE, LAYOUT_FILE } from './layout.js';

/** Fixed entry times make equal pods byte-identical files. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * Writes a single-file pod as a stream into a temp file beside `path`; `commit` adds the layout
 * files and renames it into place, `close` without `commit` removes it. Blobs are stored without
 * compression: state layers are gzip already.
 */
export class ZipWriter implements WritableStore {
  private readonly zip = new yazl.ZipFile();
  private readonly written: Promise<void>;
  private readonly blobs = new Set<Digest>();
  private readonly index = emptyIndex();
  private queue: Promise<void> = Promise.resolve();
  private committed = false;

  private constructor(
    private readonly path: string,
    readonly display: string,
    private readonly temp: string,
    out: WriteStream,
    /** Whether a file is at `path` already, which `commit` replaces. */
    readonly replaces: boolean,
  ) {
    this.written = pipeline(this.zip.outputStream, out);
    this.written.catch(() => undefined);
  }

  /** A writer of `path`, whose folder must exist: a save finds out before it reads anything. */
  static async create(path: string, display = path): Promise<ZipWriter> {
    const temp = tempPathFor(path);
    const out = createWriteStream(temp, { flags: 'wx' });
    try {
      await once(out, 'open');
    } catch (error) {
      throw cannotWrite(error, path, display);
    }
    const replaces = await stat(path).then(
      () => true,
      () => false,
    );
    return new ZipWriter(path, display, temp, out, replaces);
  }

  async exists(digest: Digest): Promise<boolean> {
    return this.blobs.has(digest);
  }

  async fetch(): Promise<Readable> {
    throw new StoreError(`${this.display} is being written; it cannot be read yet.`);
  }

  async listPods(): Promise<string[]> {
    return podNames(this.index);
  }

  async listVersions(name: string): Promise<TaggedVersion[]> {
    return versionsOf(this.index, name);
  }

  /** Entries go into the zip one at a time, in the order they are pushed. */
  push(descriptor: Descriptor, content: Readable): Promise<void> {
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

  async tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean> {
    if (hasVersion(this.index, name, version)) return false;
    this.index.manifests.push(indexEntry(name, version, manifest));
    return true;
  }

  /** Finishes the zip and moves it to its path. */
  async commit(): Promise<void> {
    await this.queue;
    const options = { mtime: FIXED_MTIME };
    this.zip.addBuffer(Buffer.from(JSON.stringify({ imageLayoutVersion: OCI_LAYOUT_VERSION })), LAYOUT_FILE, options);
    this.zip.addBuffer(Buffer.from(JSON.stringify(this.index, null, 2)), INDEX_FILE, options);
    this.zip.end();
    await this.written.catch((error: unknown) => {
      throw cannotWrite(error, this.path, this.display);
    });
    await rename(this.temp, this.path);
    this.committed = true;
  }

  async close(): Promise<void> {
    if (this.committed) return;
    (this.zip.outputStream as Readable).destroy();
    await this.written.catch(() => undefined);
    await rm(this.temp, { force: true });
  }
}

/** What stopped a pod file being written, in words that say what to do. */
function cannotWrite(error: unknown, path: string, display: string): StoreError {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  if (code === 'ENOENT')
    return new StoreError(`Cannot write ${display}: the folder ${folder} does not exist. Create it, or name a file in a folder that exists.`);
  if (code === 'EACCES' || code === 'EPERM') return new StoreError(`Cannot write ${display}: no permission to create files in ${folder}.`);
  if (code === 'ENOTDIR') return new StoreError(`Cannot write ${display}: a part of ${folder} is a file, not a folder.`);
  return new StoreError(`Cannot write ${display}: ${(error as Error).message}`);
}
