import * as cache from '@actions/cache';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FileStore, type Descriptor } from '../engine/index.js';
import { withRequestTimeout } from './request-timeout.js';

/**
 * The one path every entry is archived from and restored to. `@actions/cache` hashes the path
 * strings into the entry's version and tars paths relative to the workspace, so a relative
 * path gives every runner and every job of the repository the same version; it lives in the
 * workspace only while an entry is written or read.
 */
export const ENTRY_PATH = '.localstack-pods-cache';

/** The cache operations of this process, one after another (they share `ENTRY_PATH`). */
let queue: Promise<unknown> = Promise.resolve();

/** What an entry holds besides its blobs: JSON the store that wrote it needs back. */
const META_FILE = 'meta.json';

/** An entry as restored: its key, and the JSON it was saved with. */
export interface RestoredEntry<M> {
  readonly key: string;
  readonly meta: M;
}

/**
 * Entries of the GitHub Actions cache holding blobs: each is a directory of
 * `blobs/sha256/<hex>` files and a `meta.json`, saved once under its key (entries are
 * immutable) and restored into a local file store, every blob checked against its digest.
 * Entries share `ENTRY_PATH`, so one is handled at a time in the process. Each request to the
 * cache service may go unanswered for `timeoutMs` at most (see `withRequestTimeout`).
 */
export class CacheEntries {
  constructor(private readonly timeoutMs: number) {}

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  /** A call of `@actions/cache` under the request timeout; `failed` tells its failure from its result. */
  private timed<T>(call: () => Promise<T>, failed: (result: T) => boolean): Promise<T> {
    return withRequestTimeout(this.timeoutMs, 'The GitHub Actions cache service', call, failed);
  }

  private get dir(): string {
    return resolve(ENTRY_PATH);
  }

  /** The key of the newest entry `key` or a restore key matches, without downloading it. */
  lookup(key: string, restoreKeys: readonly string[] = []): Promise<string | undefined> {
    return this.exclusive(() =>
      this.timed(
        () => cache.restoreCache([ENTRY_PATH], key, [...restoreKeys], { lookupOnly: true }),
        (matched) => matched === undefined,
      ),
    );
  }

  /**
   * Restores the newest entry `key` (matched exactly first, then as a prefix, as the cache
   * does) or a restore key matches, puts its blobs into `into`, and returns its key and meta.
   */
  restore<M>(key: string, restoreKeys: readonly string[], into: FileStore): Promise<RestoredEntry<M> | undefined> {
    return this.exclusive(async () => {
      await rm(this.dir, { recursive: true, force: true });
      try {
        const matched = await this.timed(
          () => cache.restoreCache([ENTRY_PATH], key, [...restoreKeys], { timeoutInMs: this.timeoutMs }),
          (found) => found === undefined,
        );
        if (!matched) return undefined;
        const blobs = join(this.dir, 'blobs', 'sha256');
        for (const hex of await readdir(blobs)) {
          const path = join(blobs, hex);
          const descriptor: Descriptor = { mediaType: 'application/octet-stream', digest: `sha256:${hex}`, size: (await stat(path)).size };
          await into.push(descriptor, createReadStream(path));
        }
        return { key: matched, meta: JSON.parse(await readFile(join(this.dir, META_FILE), 'utf8')) as M };
      } finally {
        await rm(this.dir, { recursive: true, force: true });
      }
    });
  }

  /**
   * Saves `blobs` (from `from`) and `meta` as the entry `key`. False when the cache did not
   * take it: the key exists already, or the cache refused (`@actions/cache` logged why).
   */
  save(key: string, from: FileStore, blobs: readonly Descriptor[], meta: unknown): Promise<boolean> {
    return this.exclusive(async () => {
      const dir = join(this.dir, 'blobs', 'sha256');
      await rm(this.dir, { recursive: true, force: true });
      try {
        await mkdir(dir, { recursive: true });
        for (const blob of blobs) await copyFile(from.blobPath(blob.digest), join(dir, blob.digest.slice('sha256:'.length)));
        await writeFile(join(this.dir, META_FILE), JSON.stringify(meta));
        return (
          (await this.timed(
            () => cache.saveCache([ENTRY_PATH], key),
            (id) => id === -1,
          )) !== -1
        );
      } finally {
        await rm(this.dir, { recursive: true, force: true });
      }
    });
  }
}
