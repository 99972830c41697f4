import { describeVersion, resolveVersion } from './catalog.js';
import { copyVersion } from './copy.js';
import { UsageError } from './errors.js';
import { parseFileLocation, parseLocation } from './location.js';
import { locate, openSource } from './source.js';
import { openRemoteForDelete, openRemoteForRead, openRemoteForWrite, using } from './open-store.js';
import type { PodsOptions } from './options.js';
import { stateLayers, type PodVersionInfo } from './pod/manifest.js';
import { ANNOTATION, ENCRYPTED, PAYLOAD_LAYER } from './pod/media-types.js';
import { encryptionOf } from './pod/encryption-info.js';
import { parsePodName, parseRef } from './pod/ref.js';
import { readManifest } from './store/content.js';
import { podView } from './store/store.js';
import { forEachLimit } from './util/concurrency.js';

export interface PodSummary {
  readonly name: string;
  readonly versions: number;
  readonly latest: PodVersionInfo;
}

type StoreOptions = Pick<PodsOptions, 'remote' | 'env'>;

/** Every pod in a remote with its latest version. */
export async function list(options: StoreOptions): Promise<{ remote: string; pods: PodSummary[] }> {
  return using(await openRemoteForRead(options.remote, options.env), async (store) => {
    const pods: PodSummary[] = [];
    for (const name of await store.listPods()) {
      const versions = await store.listVersions(name);
      pods.push({ name, versions: versions.length, latest: await describeVersion(store, versions.at(-1)!) });
    }
    return { remote: store.display, pods };
  });
}

/** What a remote holds: the bytes its versions reference (a blob once per version), and those it stores (a blob once). */
export interface StorageUse {
  readonly remote: string;
  readonly pods: number;
  readonly versions: number;
  readonly referencedBytes: number;
  readonly storedBytes: number;
}

/**
 * The storage use of a remote, from its manifests: what deduplication saves is the referenced
 * bytes less the stored ones. Blobs no version references (none after a delete) are not counted.
 */
export async function storageUse(options: StoreOptions): Promise<StorageUse> {
  return using(await openRemoteForRead(options.remote, options.env), async (store) => {
    const stored = new Map<string, number>();
    let referencedBytes = 0;
    let count = 0;
    const names = await store.listPods();
    for (const name of names) {
      const tagged = await store.listVersions(name);
      count += tagged.length;
      await forEachLimit(tagged, 8, async (v) => {
        const manifest = await readManifest(podView(store, name), v.descriptor);
        for (const blob of [v.descriptor, manifest.config, ...manifest.layers]) {
          referencedBytes += blob.size;
          stored.set(blob.digest, blob.size);
        }
      });
    }
    const storedBytes = [...stored.values()].reduce((sum, size) => sum + size, 0);
    return { remote: store.display, pods: names.length, versions: count, referencedBytes, storedBytes };
  });
}

/** Every version of a pod, oldest first. */
export async function versions(name: string, options: StoreOptions): Promise<{ remote: string; versions: PodVersionInfo[] }> {
  parsePodName(name);
  return using(await openRemoteForRead(options.remote, options.env), async (store) => {
    const tagged = await store.listVersions(name);
    if (tagged.length === 0) await resolveVersion(store, { name, version: 'latest' });
    const infos: PodVersionInfo[] = new Array(tagged.length);
    await forEachLimit(tagged.entries(), 8, async ([i, v]) => {
      infos[i] = await describeVersion(store, v);
    });
    return { remote: store.display, versions: infos };
  });
}

/** One version in full: metadata, config and layers. */
export async function inspect(pod: string, options: StoreOptions) {
  const location = parseLocation(pod, options.env);
  return using(await openSource(location, options as PodsOptions), async (store) => {
    const version = await locate(location, store);
    const info = await describeVersion(store, version);
    const manifest = await readManifest(podView(store, version.name), version.descriptor);
    const state = stateLayers(manifest).map((l) => ({
      service: l.service,
      account: l.account,
      region: l.region,
      resources: Number(l.descriptor.annotations?.[ANNOTATION.records] ?? 0),
      digest: l.descriptor.digest,
      size: l.descriptor.size,
      encrypted: l.encrypted,
    }));
    const encryption = encryptionOf(manifest);
    const payloads = manifest.layers.filter((l) => l.mediaType === PAYLOAD_LAYER || l.mediaType === `${PAYLOAD_LAYER}${ENCRYPTED}`);
    return {
      remote: store.display,
      ...info,
      layers: state,
      payloads: { blobs: payloads.length, bytes: payloads.reduce((sum, p) => sum + p.size, 0) },
      ...(encryption ? { encryption } : {}),
    };
  });
}

/**
 * Deletes one version (`name:N`) or every version of a pod (`name`), then removes the blobs no
 * remaining version references.
 */
export async function deletePod(
  refText: string,
  options: StoreOptions,
): Promise<{ remote: string; name: string; deleted: number[]; freedBytes: number }> {
  const ref = parseRef(refText);
  const explicitLatest = refText.endsWith(':latest');
  return using(await openRemoteForDelete(options.remote, options.env), async (store) => {
    const targets = ref.version === 'latest' && !explicitLatest ? await store.listVersions(ref.name) : [await resolveVersion(store, ref)];
    if (targets.length === 0) await resolveVersion(store, ref);
    for (const v of targets) await store.deleteVersion(v.name, v.version);
    const freed = await store.collectGarbage();
    return { remote: store.display, name: ref.name, deleted: targets.map((v) => v.version), freedBytes: freed.bytes };
  });
}

/** Writes one version of a remote pod into a single-file pod. */
export async function exportPod(refText: string, file: string, options: StoreOptions) {
  const location = parseFileLocation(file);
  const ref = parseRef(refText);
  return using(await openRemoteForRead(options.remote, options.env), async (store) => {
    const version = await resolveVersion(store, ref);
    const { ZipWriter } = await import('./store/single-file/zip-writer.js');
    const writer = await ZipWriter.create(location.path, `file://${location.path}`);
    try {
      await copyVersion(store, version, writer, version.name, version.version);
      await writer.commit();
    } finally {
      await writer.close();
    }
    return { name: version.name, version: version.version, digest: version.descriptor.digest, file: location.path, replaced: writer.replaces };
  });
}

/** Adds the pod of a single file as the next version of `name` (the file's pod name by default). */
export async function importPod(file: string, name: string | undefined, options: StoreOptions) {
  const location = parseFileLocation(file);
  if (name !== undefined) parsePodName(name);
  const { ZipReader } = await import('./store/single-file/zip-reader.js');
  return using(await ZipReader.open(location.path, `file://${location.path}`), async (reader) => {
    const version = await locate(location, reader);
    return using(await openRemoteForWrite(options.remote, options.env), async (store) => {
      const copied = await copyVersion(reader, version, store, name ?? version.name);
      return { name: name ?? version.name, version: copied.version, digest: version.descriptor.digest, remote: store.display };
    });
  });
}

export interface CopiedVersion {
  readonly version: number;
  readonly digest: string;
  /** `copied`, or `present` when the destination had this very version already. */
  readonly outcome: 'copied' | 'present';
  readonly bytes: number;
  readonly skippedBytes: number;
}

/**
 * Copies versions of a pod between remotes without an instance, keeping their numbers: one
 * version (`name:N`, latest for `name`) or all of them. Only blobs the destination lacks are
 * sent, so mirroring again costs almost nothing. A number the destination holds with other
 * content is a conflict, reported and left alone.
 */
export async function copyPod(
  refText: string,
  from: string,
  to: string,
  options: Pick<PodsOptions, 'env'> & { allVersions?: boolean },
): Promise<{ name: string; from: string; to: string; versions: CopiedVersion[] }> {
  const ref = parseRef(refText);
  return using(await openRemoteForRead(from, options.env), async (src) =>
    using(await openRemoteForWrite(to, options.env), async (dst) => {
      const wanted = options.allVersions ? await src.listVersions(ref.name) : [await resolveVersion(src, ref)];
      if (wanted.length === 0) await resolveVersion(src, ref);
      const existing = new Map((await dst.listVersions(ref.name)).map((v) => [v.version, v.descriptor.digest]));
      const copied: CopiedVersion[] = [];
      for (const version of wanted) {
        const there = existing.get(version.version);
        if (there === version.descriptor.digest) {
          copied.push({ version: version.version, digest: there, outcome: 'present', bytes: 0, skippedBytes: 0 });
          continue;
        }
        if (there) {
          throw new UsageError(
            `${dst.display} already has ${ref.name}:${version.version} with other content (${there}); delete it there first or copy to another remote.`,
          );
        }
        const stats = await copyVersion(src, version, dst, ref.name, version.version);
        copied.push({
          version: version.version,
          digest: version.descriptor.digest,
          outcome: 'copied',
          bytes: stats.bytes,
          skippedBytes: stats.skippedBytes,
        });
      }
      return { name: ref.name, from: src.display, to: dst.display, versions: copied };
    }),
  );
}
