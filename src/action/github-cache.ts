import * as cache from '@actions/cache';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import {
  FileStore,
  OCI_MANIFEST,
  readManifest,
  registerStore,
  requestTimeoutMs,
  StoreError,
  tempStore,
  UsageError,
  type Descriptor,
  type ReadableStore,
  type TaggedVersion,
  type WritableStore,
} from '../engine/index.js';
import { CacheEntries } from './cache-entries.js';

/** The remote URL of the cache store. */
export const GITHUB_CACHE_URL = 'github-cache://';

/**
 * Cache keys. The cache matches a key exactly, then as a prefix, newest first. `/` cannot occur
 * in a pod name, so one pod's prefix never matches another's, and a version's key ends in `/`,
 * so `v1/` never matches `v10/`. A key is unique in its scope (the cache refuses a second
 * entry), which makes taking a version number atomic within a branch.
 */
export const CACHE_KEYS = {
  /** A prefix of every version of a pod: the newest entry is its latest version. */
  pod: (name: string) => `localstack-pods/pods/${name}/v`,
  version: (name: string, version: number) => `localstack-pods/pods/${name}/v${version}/`,
  /** The blobs of one version of any remote, by manifest digest: content-addressed, so exact. */
  blobs: (manifest: string) => `localstack-pods/blobs/${manifest}`,
};

/** What a pod version's entry holds besides its blobs: the pod's versions up to it. */
interface PodEntryMeta {
  readonly versions: readonly { readonly version: number; readonly descriptor: Descriptor }[];
}

/** A local file store in a temp directory of the job's, removed on close. */
const workStore = () => tempStore(process.env.RUNNER_TEMP || tmpdir());

/** The manifest and every blob it names: what a version's entry holds. */
async function closure(store: FileStore, manifest: Descriptor): Promise<Descriptor[]> {
  const { config, layers } = await readManifest(store, manifest);
  return [manifest, config, ...layers];
}

/**
 * `github-cache://`: pods in the GitHub Actions cache of the repository. A version is one
 * immutable entry (`CACHE_KEYS.version`) holding its blobs and the list of the pod's versions
 * up to it, so the newest entry (found by prefix) says what exists. The cache scopes entries to
 * a branch: a job reads its branch's entries, then the default branch's, and writes its own, so
 * a branch numbers its versions on from what it reads. It cannot list pods or delete versions.
 */
export class GitHubCacheStore implements WritableStore {
  readonly display = GITHUB_CACHE_URL;
  /** Each pod's versions, as the newest entry listed them when last read. */
  private readonly known = new Map<string, TaggedVersion[]>();
  /** The key of each pod's newest entry, as last downloaded into the work store. */
  private readonly newest = new Map<string, string>();
  /** Versions this store tried to create: a second try means the cache refuses writes. */
  private readonly attempted = new Set<string>();

  private constructor(
    private readonly entries: CacheEntries,
    private readonly work: { store: FileStore; dispose(): Promise<void> },
  ) {}

  static async open(entries: CacheEntries): Promise<GitHubCacheStore> {
    return new GitHubCacheStore(entries, await workStore());
  }

  private get local(): FileStore {
    return this.work.store;
  }

  exists(digest: Descriptor['digest']): Promise<boolean> {
    return this.local.exists(digest);
  }

  async fetch(descriptor: Descriptor): Promise<Readable> {
    if (!(await this.local.exists(descriptor.digest))) {
      // An older version than the newest entry: its blobs are in its own entry.
      const version = [...this.known.values()].flat().find((v) => v.descriptor.digest === descriptor.digest);
      if (version) await this.entries.restore(CACHE_KEYS.version(version.name, version.version), [], this.local);
    }
    return this.local.fetch(descriptor);
  }

  push(descriptor: Descriptor, content: Readable): Promise<void> {
    return this.local.push(descriptor, content);
  }

  async listPods(): Promise<string[]> {
    throw new UsageError(`${GITHUB_CACHE_URL} cannot list its pods (the cache has no listing); name the pod to load.`);
  }

  async listVersions(name: string): Promise<TaggedVersion[]> {
    const prefix = CACHE_KEYS.pod(name);
    // A save lists twice (the latest version's payloads, then the next number): the newest
    // entry is downloaded again only when another one has become the newest.
    const last = this.newest.get(name);
    if (last && (await this.entries.lookup(prefix, [prefix])) === last) return this.known.get(name) ?? [];
    const entry = await this.entries.restore<PodEntryMeta>(prefix, [prefix], this.local);
    const versions = (entry?.meta.versions ?? []).map((v) => ({ name, version: v.version, descriptor: v.descriptor }));
    this.known.set(name, versions);
    if (entry) this.newest.set(name, entry.key);
    return versions;
  }

  async tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean> {
    const refused = () => new StoreError(`The GitHub Actions cache did not take ${name}:${version} (see the message above); nothing was saved.`);
    if (this.attempted.has(`${name}:${version}`)) throw refused();
    this.attempted.add(`${name}:${version}`);
    const earlier = (this.known.get(name) ?? []).filter((v) => v.version < version);
    const versions = [...earlier, { name, version, descriptor: manifest }];
    const meta: PodEntryMeta = { versions: versions.map((v) => ({ version: v.version, descriptor: v.descriptor })) };
    const key = CACHE_KEYS.version(name, version);
    if (!(await this.entries.save(key, this.local, await closure(this.local, manifest), meta))) {
      // Another job took the number first (the caller lists the versions again and takes the
      // next), or the cache refused the write.
      if (await this.entries.lookup(key)) return false;
      throw refused();
    }
    this.known.set(name, versions);
    return true;
  }

  close(): Promise<void> {
    return this.work.dispose();
  }
}

/** State a read-through store shares with its per-pod views. */
interface ReadThroughSession {
  readonly entries: CacheEntries;
  readonly work: { store: FileStore; dispose(): Promise<void> };
  /** Manifests whose entries were looked for. */
  readonly looked: Set<string>;
  /** Manifests fetched from the remote: their blobs become an entry on close. */
  readonly missed: Descriptor[];
}

/**
 * A remote's store with the GitHub Actions cache in front of its blobs: a version's blobs come
 * from the entry of its manifest digest (`CACHE_KEYS.blobs`) when there is one, else from the
 * remote, and are saved as that entry when the store closes, so the next run restores them
 * from the cache. Listing versions still asks the remote, which says what is latest.
 */
export class ReadThroughStore implements ReadableStore {
  private constructor(
    private readonly inner: ReadableStore,
    private readonly session: ReadThroughSession,
  ) {}

  static async open(inner: ReadableStore, entries: CacheEntries): Promise<ReadThroughStore> {
    return new ReadThroughStore(inner, { entries, work: await workStore(), looked: new Set(), missed: [] });
  }

  get display(): string {
    return this.inner.display;
  }

  private get local(): FileStore {
    return this.session.work.store;
  }

  exists(digest: Descriptor['digest']): Promise<boolean> {
    return this.inner.exists(digest);
  }

  async fetch(descriptor: Descriptor): Promise<Readable> {
    const { digest } = descriptor;
    if (descriptor.mediaType === OCI_MANIFEST && !this.session.looked.has(digest) && !(await this.local.exists(digest))) {
      this.session.looked.add(digest);
      await this.session.entries.restore(CACHE_KEYS.blobs(digest), [], this.local);
    }
    if (!(await this.local.exists(digest))) {
      await this.local.push(descriptor, await this.inner.fetch(descriptor));
      if (descriptor.mediaType === OCI_MANIFEST) this.session.missed.push(descriptor);
    }
    return this.local.fetch(descriptor);
  }

  listPods(): Promise<string[]> {
    return this.inner.listPods();
  }

  listVersions(name: string): Promise<TaggedVersion[]> {
    return this.inner.listVersions(name);
  }

  forPod(name: string): this {
    return (this.inner.forPod ? new ReadThroughStore(this.inner.forPod(name), this.session) : this) as this;
  }

  async close(): Promise<void> {
    try {
      for (const manifest of this.session.missed) {
        // A version only partly read (a failed load) is not worth an entry.
        const blobs = await closure(this.local, manifest);
        const complete = await Promise.all(blobs.map((b) => this.local.exists(b.digest)));
        if (complete.every(Boolean)) await this.session.entries.save(CACHE_KEYS.blobs(manifest.digest), this.local, blobs, {});
      }
    } finally {
      await this.session.work.dispose();
      await this.inner.close?.();
    }
  }
}

/** The stores the read-through cache sits in front of: every remote that is not a local directory. */
const CACHED_SCHEMES = ['s3:', 'oras:'];

/**
 * Registers `github-cache://` with the engine, and puts the cache in front of the blobs of
 * the remotes in `CACHED_SCHEMES` when they are read. Inside a GitHub Actions job only: the
 * cache service's URL and token come from the runner.
 */
export function registerGitHubCache(): void {
  const entriesFor = (env: NodeJS.ProcessEnv) => new CacheEntries(requestTimeoutMs(env));
  registerStore({
    scheme: 'github-cache:',
    async open(url, _mode, _display, env) {
      if (url.host || (url.pathname && url.pathname !== '/')) {
        throw new UsageError(`Invalid remote "${url.href}": the GitHub Actions cache is ${GITHUB_CACHE_URL}, with nothing after it.`);
      }
      if (!cache.isFeatureAvailable()) {
        throw new UsageError(`${GITHUB_CACHE_URL} works inside a GitHub Actions job only: the runner gives the cache service's URL and token.`);
      }
      return GitHubCacheStore.open(entriesFor(env));
    },
  });
  for (const scheme of CACHED_SCHEMES) {
    const replaced = registerStore({
      scheme,
      async open(url, mode, display, env) {
        const inner = await replaced!.open(url, mode, display, env);
        return mode === 'read' && cache.isFeatureAvailable() ? ReadThroughStore.open(inner, entriesFor(env)) : inner;
      },
    });
  }
}
