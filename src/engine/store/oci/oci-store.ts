import { Readable, pipeline } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { DigestMismatchError, NotFoundError, StoreError } from '../../errors.js';
import { digestOf, VerifyingStream, type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import { isVersionText, parsePodName } from '../../pod/ref.js';
import { forEachLimit } from '../../util/concurrency.js';
import { bodyStream } from '../../util/http.js';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../../util/request-timeout.js';
import type { ManagedStore, TaggedVersion } from '../store.js';
import { CATALOG_SCOPE, RegistryClient, repositoryScope } from './client.js';
import { blobsOf, describeManifest, isManifestType, MANIFEST_ACCEPT, MAX_MANIFEST_SIZE, readManifestBytes, stagedTag } from './manifests.js';
import { claimedVersion, claimsOn, EMPTY_CONFIG, EMPTY_CONFIG_BYTES, isStale, newClaim } from './claims.js';
import type { RegistryRemote } from './remote.js';
import { DEFAULT_CHUNK_SIZE, location, uploadBlob } from './upload.js';

/**
 * Where the store keeps what it is given before it knows the pod (the store contract, tools that
 * use a store without `forPod`): two path components under the namespace, so never a pod's
 * repository. `tagIfAbsent` mounts from here into the pod's repository.
 */
const STAGING = 'localstack-pods/staging';
/** Tags that are versions: whole numbers from 1 (as `parsePodVersion` accepts). */
const STAGED_TAG = /^sha256-[a-f0-9]{64}$/;
/** Requests in flight at once for per-tag or per-repository look-ups. */
const LOOKUPS = 8;
/**
 * How long a claim waits for rival claims on the same version to withdraw (see `holdsClaim`).
 * A rival withdraws after one listing and one delete; on a registry slowed by many writers at
 * once, those took over 10 s, and a claim that gives up leaves the version to nobody.
 */
const DEFAULT_CLAIM_WAIT_MS = 30_000;
/** How soon a waiting claim lists the tags again, at first and at the most: every waiting writer lists, so they back off. */
const CLAIM_POLL_MS = { first: 100, most: 1000 };
/** Tries of a claim's delete (see `withdraw`). */
const WITHDRAW_ATTEMPTS = 4;
/** Tries of a manifest PUT that distribution answers 400 DIGEST_INVALID in a race (see `putManifest`). */
const MANIFEST_PUT_ATTEMPTS = 4;

export interface OciStoreOptions {
  readonly mode: 'read' | 'write';
  /** Blobs up to this size are uploaded in one request, larger ones in chunks of it. */
  readonly chunkSize?: number;
  readonly claimWaitMs?: number;
  /** The request timeout (see `timedFetch`); the default when not given. */
  readonly timeoutMs?: number;
}

/** State every view of one opened remote shares. */
interface Shared {
  readonly client: RegistryClient;
  readonly remote: RegistryRemote;
  /** Token actions for reads and writes: a read-only store asks for no push right. */
  readonly actions: string;
  readonly chunkSize: number;
  readonly claimWaitMs: number;
  /** Repositories seen to hold a digest in this process: where mounts and fetches look. */
  readonly locations: Map<Digest, Set<string>>;
}

/**
 * A store in an OCI registry (OCI distribution spec 1.1): pod `name` is the repository
 * `<namespace>/<name>`, version N its tag `N`, so `oras pull host/namespace/name:N` reads it.
 *
 * Registries keep blobs per repository. `forPod(name)` gives the view the engine uses (see
 * `podView`), whose blobs go straight to the pod's repository; the store itself, which does not
 * know the pod when it is given blobs, keeps them in a staging repository and mounts them into
 * the pod's repository when a version is tagged.
 */
export class OciStore implements ManagedStore {
  readonly display: string;

  private constructor(
    private readonly shared: Shared,
    /** The repository this view reads and writes blobs in. */
    private readonly repository: string,
  ) {
    this.display = shared.remote.display;
  }

  /** Opens `remote`, checking that the registry answers and accepts the credentials. */
  static async open(remote: RegistryRemote, options: OciStoreOptions): Promise<OciStore> {
    const client = new RegistryClient(remote, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000);
    const shared: Shared = {
      client,
      remote,
      actions: options.mode === 'write' ? 'pull,push' : 'pull',
      chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
      claimWaitMs: options.claimWaitMs ?? DEFAULT_CLAIM_WAIT_MS,
      locations: new Map(),
    };
    const ping = await client.expect({ method: 'GET', url: '/v2/', scope: '' }, [200], 'answer the API check GET /v2/');
    await ping.body?.cancel();
    return new OciStore(shared, repositoryOf(remote.namespace, STAGING));
  }

  /** The view of pod `name`: blobs are read from and written to its repository. */
  forPod(name: string): this {
    return new OciStore(this.shared, this.repoOf(parsePodName(name))) as this;
  }

  private repoOf(name: string): string {
    return repositoryOf(this.shared.remote.namespace, name);
  }

  private get client(): RegistryClient {
    return this.shared.client;
  }

  private scope(repository: string): string {
    return repositoryScope(repository, this.shared.actions);
  }

  private remember(digest: Digest, repository: string): void {
    let repositories = this.shared.locations.get(digest);
    if (!repositories) this.shared.locations.set(digest, (repositories = new Set()));
    repositories.add(repository);
  }

  private rememberBlobsOf(manifest: Uint8Array, repository: string): void {
    for (const blob of blobsOf(manifest)) this.remember(blob.digest, repository);
  }

  /** Other repositories seen to hold `digest`, for a mount. */
  private sourcesOf(digest: Digest, except: string): string[] {
    return [...(this.shared.locations.get(digest) ?? [])].filter((r) => r !== except);
  }

  async exists(digest: Digest): Promise<boolean> {
    const found = (await this.hasBlob(this.repository, digest)) || (await this.hasManifest(this.repository, digest));
    if (found) this.remember(digest, this.repository);
    return found;
  }

  /**
   * Whether `repository` holds the manifest `digest`. distribution 2.8 also looks among the
   * repository's layers and answers 500 when the digest is a blob that is not a manifest: that
   * happens when a concurrent push links the blob after `hasBlob` missed it, so a 5xx is
   * answered by asking for the blob again.
   */
  private async hasManifest(repository: string, digest: Digest): Promise<boolean> {
    const response = await this.client.send({
      method: 'HEAD',
      url: `/v2/${repository}/manifests/${digest}`,
      scope: this.scope(repository),
      headers: { accept: MANIFEST_ACCEPT },
      retry: false,
    });
    if (response.status === 200 || response.status === 404) {
      await response.body?.cancel();
      return response.status === 200;
    }
    if (response.status >= 500 && (await this.hasBlob(repository, digest))) {
      await response.body?.cancel();
      return true;
    }
    throw await this.client.failure(response, `look up manifest ${digest} in ${repository}`);
  }

  private async hasBlob(repository: string, digest: Digest): Promise<boolean> {
    return (await this.blobSize(repository, digest)) !== undefined;
  }

  /** The size the registry gives for a blob of the pod's repository (HEAD), undefined when it is missing. */
  async sizeOf(digest: Digest): Promise<number | undefined> {
    return this.blobSize(this.repository, digest);
  }

  private async blobSize(repository: string, digest: Digest): Promise<number | undefined> {
    const response = await this.client.send({
      method: 'HEAD',
      url: `/v2/${repository}/blobs/${digest}`,
      scope: this.scope(repository),
    });
    await response.body?.cancel();
    if (response.status === 200) return Number(response.headers.get('content-length') ?? Number.NaN);
    if (response.status === 404) return undefined;
    throw await this.client.failure(response, `look up blob ${digest} in ${repository}`);
  }

  private manifestAt(repository: string, reference: string): Promise<Descriptor | undefined> {
    return describeManifest(this.client, repository, reference, this.scope(repository));
  }

  async fetch(descriptor: Descriptor): Promise<Readable> {
    const { digest } = descriptor;
    for (const repository of [this.repository, ...this.sourcesOf(digest, this.repository)]) {
      if (isManifestType(descriptor.mediaType)) {
        const bytes = await readManifestBytes(this.client, repository, digest, this.scope(repository));
        if (!bytes) continue;
        this.remember(digest, repository);
        this.rememberBlobsOf(bytes, repository);
        return Readable.from([bytes]);
      }
      const response = await this.client.send({
        method: 'GET',
        url: `/v2/${repository}/blobs/${digest}`,
        scope: this.scope(repository),
      });
      if (response.status === 404) {
        await response.body?.cancel();
        continue;
      }
      if (response.status !== 200 || !response.body) {
        throw await this.client.failure(response, `read blob ${digest} from ${repository}`);
      }
      this.remember(digest, repository);
      return bodyStream(response, this.shared.client.timeoutMs, `registry ${this.shared.remote.host} (blob ${digest})`);
    }
    throw new NotFoundError(`Blob ${digest} is missing from ${this.display} (repository ${this.repository}).`);
  }

  async push(descriptor: Descriptor, content: Readable): Promise<void> {
    if (isManifestType(descriptor.mediaType)) {
      await this.pushManifest(descriptor, content);
      return;
    }
    const { digest } = descriptor;
    if (await this.hasBlob(this.repository, digest)) {
      content.destroy();
      this.remember(digest, this.repository);
      return;
    }
    const mounted = await this.mount(this.repository, descriptor);
    if (mounted === true) {
      content.destroy();
    } else {
      await uploadBlob(this.client, this.repository, descriptor, content, {
        chunkSize: this.shared.chunkSize,
        ...(mounted ? { session: mounted } : {}),
      });
    }
    this.remember(digest, this.repository);
  }

  /**
   * Links a blob another repository of this process's acquaintance holds into `repository`
   * without sending it. True when mounted; else the upload session the registry opened instead
   * (a 202, as registries answer when they do not mount across these repositories), or
   * undefined when no repository is known to hold it.
   */
  private async mount(repository: string, descriptor: Descriptor): Promise<true | URL | undefined> {
    const from = this.sourcesOf(descriptor.digest, repository)[0];
    if (!from) return undefined;
    const what = `mount blob ${descriptor.digest} from ${from} into ${repository}`;
    const url = new URL(`/v2/${repository}/blobs/uploads/`, this.shared.remote.origin);
    url.searchParams.set('mount', descriptor.digest);
    url.searchParams.set('from', from);
    const response = await this.client.expect({ method: 'POST', url, scope: repositoryScope(repository, 'pull,push', from) }, [201, 202], what);
    await response.body?.cancel();
    return response.status === 201 ? true : location(this.client, response, what);
  }

  /** Manifests go to `/manifests/`, where the registry checks the blobs they name are in the repository. */
  private async pushManifest(descriptor: Descriptor, content: Readable): Promise<void> {
    if (descriptor.size > MAX_MANIFEST_SIZE) {
      content.destroy();
      throw new StoreError(`Manifest ${descriptor.digest} is ${descriptor.size} bytes; a registry takes at most ${MAX_MANIFEST_SIZE}.`);
    }
    const bytes = await buffer(pipeline(content, new VerifyingStream(descriptor), () => undefined));
    // In staging a manifest is tagged, else nothing could find it to collect it; a pod's
    // repository gets it by digest until `tagIfAbsent` names it.
    const staging = this.repository === repositoryOf(this.shared.remote.namespace, STAGING);
    await this.putManifest(this.repository, staging ? stagedTag(descriptor.digest) : descriptor.digest, descriptor, bytes);
    this.remember(descriptor.digest, this.repository);
    this.rememberBlobsOf(bytes, this.repository);
  }

  /**
   * PUTs a manifest. distribution 2.8 writes a repository's blob links in place, so a manifest
   * PUT that checks its blobs while a concurrent push rewrites one of their links reads an empty
   * link and answers 400 DIGEST_INVALID; the bytes were checked against their digest here, so
   * that answer is transient and the PUT (idempotent) is sent again.
   */
  private async putManifest(
    repository: string,
    reference: string,
    descriptor: Descriptor,
    bytes: Buffer,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.client.send({
        method: 'PUT',
        url: `/v2/${repository}/manifests/${reference}`,
        scope: repositoryScope(repository, 'pull,push'),
        headers: { 'content-type': descriptor.mediaType, ...headers },
        body: bytes,
        retry: true,
      });
      if (response.status === 201 || response.status === 412) {
        await response.body?.cancel();
        return response;
      }
      if (response.status === 400 && attempt < MANIFEST_PUT_ATTEMPTS && (await response.clone().text()).includes('DIGEST_INVALID')) {
        await response.body?.cancel();
        await sleep(100 * attempt);
        continue;
      }
      throw await this.client.failure(response, `store manifest ${descriptor.digest} as ${repository}:${reference}`);
    }
  }

  listPods(): Promise<string[]> {
    return this.podNames(`name the pod: localstack-pods versions NAME ${this.display}`);
  }

  /** The pods, or a StoreError ending with `advice` when the registry has no catalog. */
  private async podNames(advice: string): Promise<string[]> {
    const repositories = await this.client.list('/v2/_catalog', 'repositories', CATALOG_SCOPE, 'list its repositories', (r) =>
      this.noCatalog(r, advice),
    );
    const prefix = this.shared.remote.namespace ? `${this.shared.remote.namespace}/` : '';
    const candidates = repositories
      .filter((r) => r.startsWith(prefix))
      .map((r) => r.slice(prefix.length))
      .filter((name) => /^[a-z0-9][a-z0-9._-]{0,127}$/.test(name));
    // A repository stays in the catalog after its last version is deleted (or when a save
    // stopped before tagging); a pod is a repository with at least one version.
    const pods: string[] = [];
    await forEachLimit(candidates, LOOKUPS, async (name) => {
      if ((await this.versionTags(this.repoOf(name))).length > 0) pods.push(name);
    });
    return pods.sort();
  }

  /** The error for a registry without `/v2/_catalog` (GHCR, ECR, Docker Hub), unless the credentials are the reason. */
  private async noCatalog(response: Response, advice: string): Promise<never> {
    if (response.status === 401 && !this.shared.remote.credentials) throw await this.client.failure(response, 'list its repositories');
    if (response.status === 401) {
      const probe = await this.client.send({ method: 'GET', url: '/v2/', scope: '' });
      if (probe.status === 401) throw await this.client.failure(probe, 'answer the API check GET /v2/');
      await probe.body?.cancel();
    }
    await response.body?.cancel();
    throw new StoreError(
      `Registry ${this.shared.remote.host} does not offer the catalog API (${response.status} on /v2/_catalog), so the pods of ${this.display} cannot be listed; ${advice}.`,
    );
  }

  private tags(repository: string): Promise<string[]> {
    return this.client.list(`/v2/${repository}/tags/list`, 'tags', this.scope(repository), `list the tags of ${repository}`, async (r) => {
      // distribution answers NAME_UNKNOWN (404) for a repository nothing was pushed to.
      if (r.status !== 404) throw await this.client.failure(r, `list the tags of ${repository}`);
      await r.body?.cancel();
      return [];
    });
  }

  private async versionTags(repository: string): Promise<number[]> {
    return (await this.tags(repository))
      .filter(isVersionText)
      .map(Number)
      .sort((a, b) => a - b);
  }

  async listVersions(name: string): Promise<TaggedVersion[]> {
    const repository = this.repoOf(parsePodName(name));
    const numbers = await this.versionTags(repository);
    const found: (TaggedVersion | undefined)[] = new Array(numbers.length);
    await forEachLimit(numbers.entries(), LOOKUPS, async ([i, version]) => {
      const descriptor = await this.manifestAt(repository, String(version));
      // A tag deleted between the list and the look-up is simply not a version any more.
      if (descriptor) {
        this.remember(descriptor.digest, repository);
        found[i] = { name, version, descriptor };
      }
    });
    return found.filter((v): v is TaggedVersion => v !== undefined);
  }

  /**
   * Tags `manifest` as `name:version` unless that version exists or another writer is taking
   * it, by a claim (see `claims.ts`): registries offer no compare-and-swap on tags, and a tag
   * PUT held back by the network would otherwise overwrite a version another save had already
   * reported. `If-None-Match: *` is sent with the tag too, for registries that honour it (412).
   * The claim is removed afterwards, with any a killed writer left; where the registry allows
   * no deletes they stay, harmless (a claim never names a version's content).
   */
  async tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean> {
    const repository = this.repoOf(parsePodName(name));
    const tag = String(version);
    const bytes = await this.manifestInto(repository, manifest);
    const before = await this.tags(repository);
    if (before.includes(tag) || claimsOn(before, version).length > 0) return false;
    const claim = newClaim(version);
    await this.blobInRepository(repository, EMPTY_CONFIG, EMPTY_CONFIG_BYTES);
    await this.putManifest(repository, claim.tag, claim.descriptor, claim.bytes);
    try {
      if (!(await this.holdsClaim(repository, version, claim.tag))) return false;
      const put = await this.putManifest(repository, tag, manifest, bytes, { 'if-none-match': '*' });
      return put.status !== 412;
    } finally {
      if (await this.withdraw(repository, claim.descriptor.digest)) await this.sweepClaims(repository, before);
    }
  }

  /**
   * Deletes a claim's manifest, trying again a few times: distribution can fail a manifest delete
   * that races tag writes of other writers, and a claim left behind holds rivals up until they
   * give up the version. False when the registry allows no deletes (the claim then goes stale).
   */
  private async withdraw(repository: string, digest: Digest): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deleteIn(repository, 'manifests', digest);
        return true;
      } catch {
        if (attempt === WITHDRAW_ATTEMPTS) return false;
        await sleep(100 * attempt);
      }
    }
  }

  /** Removes, best effort, the claims among `tags` that decide nothing any more: stale, or on a version that is tagged. */
  private async sweepClaims(repository: string, tags: readonly string[]): Promise<void> {
    const settled = tags.filter((t) => {
      const version = claimedVersion(t);
      return version !== undefined && (isStale(t) || tags.includes(String(version)));
    });
    await forEachLimit(settled, LOOKUPS, async (tag) => {
      const claim = await this.manifestAt(repository, tag).catch(() => undefined);
      if (claim) await this.deleteIn(repository, 'manifests', claim.digest).catch(() => undefined);
    });
  }

  /**
   * Whether the claim `own` on `version` is the only one, waiting while rivals that sort after
   * it withdraw; false as soon as the version is tagged or a rival sorts first, or when the
   * rivals stay past `claimWaitMs` (a writer killed within the last hour).
   */
  private async holdsClaim(repository: string, version: number, own: string): Promise<boolean> {
    const deadline = Date.now() + this.shared.claimWaitMs;
    for (let pause = CLAIM_POLL_MS.first; ; pause = Math.min(pause * 2, CLAIM_POLL_MS.most)) {
      const tags = await this.tags(repository);
      if (tags.includes(String(version))) return false;
      const listed = claimsOn(tags, version).filter((t) => t !== own);
      // A withdrawn claim's tag can outlive its manifest in the listing (a delete that raced a
      // tag write): only a tag that still resolves is a rival.
      const live = await Promise.all(listed.map(async (t) => Boolean(await this.manifestAt(repository, t).catch(() => true))));
      const rivals = listed.filter((_, i) => live[i]);
      // A rival that tagged the version withdraws right after, so a claim found gone may have
      // left the tag behind, later than the listing: only a listing after the look-ups tells.
      if (rivals.length === 0) return rivals.length === listed.length || !(await this.tags(repository)).includes(String(version));
      if (rivals[0]! < own || Date.now() > deadline) return false;
      await sleep(pause);
    }
  }

  /** Uploads a small blob held in memory into `repository` unless it is there. */
  private async blobInRepository(repository: string, descriptor: Descriptor, bytes: Buffer): Promise<void> {
    if (this.shared.locations.get(descriptor.digest)?.has(repository) || (await this.hasBlob(repository, descriptor.digest))) return;
    await uploadBlob(this.client, repository, descriptor, Readable.from([bytes]), { chunkSize: this.shared.chunkSize });
    this.remember(descriptor.digest, repository);
  }

  /**
   * Makes `repository` hold `manifest` and every blob it names, mounting (or else copying) from
   * where this process saw them; returns the manifest's bytes, checked against its digest.
   */
  private async manifestInto(repository: string, manifest: Descriptor): Promise<Buffer> {
    for (const source of [repository, this.repository, ...this.sourcesOf(manifest.digest, repository)]) {
      const bytes = await readManifestBytes(this.client, source, manifest.digest, this.scope(source));
      if (!bytes) continue;
      if (digestOf(bytes) !== manifest.digest) {
        throw new DigestMismatchError(`Manifest ${manifest.digest} in ${source} of ${this.display} does not match its digest.`);
      }
      if (source !== repository) {
        this.rememberBlobsOf(bytes, source);
        await forEachLimit(blobsOf(bytes), 4, (blob) => this.blobInto(repository, blob));
      }
      this.remember(manifest.digest, repository);
      return bytes;
    }
    throw new StoreError(`Cannot tag ${repository}: its manifest ${manifest.digest} is not stored in ${this.display}.`);
  }

  private async blobInto(repository: string, blob: Descriptor): Promise<void> {
    if (await this.hasBlob(repository, blob.digest)) return;
    const mounted = await this.mount(repository, blob);
    if (mounted === undefined) {
      throw new StoreError(`Blob ${blob.digest} is in no repository of ${this.display} this process knows; push it first.`);
    }
    if (mounted !== true) {
      const source = this.sourcesOf(blob.digest, repository)[0]!;
      const view = new OciStore(this.shared, source);
      await uploadBlob(this.client, repository, blob, await view.fetch(blob), { chunkSize: this.shared.chunkSize, session: mounted });
    }
    this.remember(blob.digest, repository);
  }

  /**
   * Deletes the tag of `name:version`. Registries delete manifests by digest, which removes
   * every tag naming it, so when another tag names the same manifest only the tag is deleted
   * (OCI distribution 1.1 tag deletion), or nothing, with an error, where the registry cannot.
   */
  async deleteVersion(name: string, version: number): Promise<void> {
    const repository = this.repoOf(parsePodName(name));
    const tag = String(version);
    const target = await this.manifestAt(repository, tag);
    if (!target) throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
    const sharing: string[] = [];
    await forEachLimit(
      (await this.tags(repository)).filter((t) => t !== tag),
      LOOKUPS,
      async (other) => {
        if ((await this.manifestAt(repository, other))?.digest === target.digest) sharing.push(other);
      },
    );
    const reference = sharing.length === 0 ? target.digest : tag;
    const response = await this.client.send({
      method: 'DELETE',
      url: `/v2/${repository}/manifests/${reference}`,
      scope: repositoryScope(repository, 'delete'),
    });
    if (response.status === 202 || response.status === 200) {
      await response.body?.cancel();
      return;
    }
    if (response.status === 404) {
      await response.body?.cancel();
      throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
    }
    const error = await this.client.failure(response, `delete ${repository}:${tag}`);
    if (sharing.length > 0 && response.status !== 401 && response.status !== 403) {
      throw new StoreError(
        `Registry ${this.shared.remote.host} cannot delete the tag ${repository}:${tag} alone (${response.status}), and deleting its manifest would also delete ${sharing
          .sort()
          .map((t) => `${name}:${t}`)
          .join(', ')} of ${this.display}; nothing was deleted.`,
      );
    }
    if (response.status === 405 || /UNSUPPORTED/.test(error.message)) {
      throw new StoreError(
        `Registry ${this.shared.remote.host} does not allow deletes for ${this.display} (${response.status}); a distribution registry needs storage.delete.enabled: true (REGISTRY_STORAGE_DELETE_ENABLED=true).`,
      );
    }
    throw error;
  }

  /**
   * A registry frees blob storage itself (distribution: `registry garbage-collect
   * --delete-untagged`), and its API can neither list a repository's blobs nor its untagged
   * manifests. What this can find is the staging repository's manifests (they are tagged): those
   * no version of any pod names are deleted, with the blobs only they used unlinked from staging.
   * Returns zero: the registry's own collection, not this, frees the bytes. A save through the
   * store itself (not `forPod`) that has staged its manifest but not tagged it yet loses it here.
   */
  async collectGarbage(): Promise<{ blobs: number; bytes: number }> {
    const staging = this.repoOf(STAGING);
    const staged = (await this.tags(staging)).filter((t) => STAGED_TAG.test(t));
    if (staged.length === 0) return { blobs: 0, bytes: 0 };
    const referenced = new Set<string>();
    const pods = await this.podNames('garbage collection needs it to know which pods use staged content');
    await forEachLimit(pods, LOOKUPS, async (pod) => {
      for (const v of await this.listVersions(pod)) referenced.add(v.descriptor.digest);
    });
    const manifests = new Map<Digest, Descriptor[]>();
    await forEachLimit(staged, LOOKUPS, async (tag) => {
      const bytes = await readManifestBytes(this.client, staging, tag, this.scope(staging));
      if (bytes) manifests.set(digestOf(bytes), blobsOf(bytes));
    });
    const kept = new Set<string>();
    for (const [digest, blobs] of manifests) if (referenced.has(digest)) for (const b of blobs) kept.add(b.digest);
    const unlinked = new Set<string>();
    for (const [digest, blobs] of manifests) {
      if (referenced.has(digest)) continue;
      await this.deleteIn(staging, 'manifests', digest);
      for (const blob of blobs) {
        if (kept.has(blob.digest) || unlinked.has(blob.digest)) continue;
        unlinked.add(blob.digest);
        await this.deleteIn(staging, 'blobs', blob.digest);
      }
    }
    return { blobs: 0, bytes: 0 };
  }

  private async deleteIn(repository: string, kind: 'manifests' | 'blobs', digest: Digest): Promise<void> {
    await this.client
      .expect(
        { method: 'DELETE', url: `/v2/${repository}/${kind}/${digest}`, scope: repositoryScope(repository, 'delete') },
        [200, 202, 404],
        `delete ${kind === 'blobs' ? 'blob' : 'manifest'} ${digest} from ${repository}`,
      )
      .then((r) => r.body?.cancel());
  }
}

/** `<namespace>/<name>`, or `<name>` at the registry's top level. */
function repositoryOf(namespace: string, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
