import { resolveVersion } from './catalog.js';
import { encryptionOf } from './pod/encryption-info.js';
import { NeedsKeyError } from './errors.js';
import { openRemoteForRead, using } from './open-store.js';
import type { PodsOptions } from './options.js';
import { canonicalJson, stateLayers } from './pod/manifest.js';
import { parsePodName } from './pod/ref.js';
import { decodeRecords, recordKey } from './pod/records.js';
import { fetchVerified, readManifest } from './store/content.js';
import { podView, type ReadableStore, type TaggedVersion } from './store/store.js';

/** One resource that differs between two versions. */
export interface ResourceChange {
  readonly account: string;
  readonly region: string;
  readonly type: string;
  readonly id: string;
}

/** What changed in one service from one version to another. */
export interface ServiceDiff {
  readonly service: string;
  readonly created: ResourceChange[];
  readonly changed: ResourceChange[];
  readonly removed: ResourceChange[];
}

export interface VersionDiff {
  readonly remote: string;
  readonly name: string;
  readonly from: number;
  readonly to: number;
  /** Services with a difference, by name. */
  readonly services: ServiceDiff[];
}

/** A version's records as fingerprints (their data and payload, canonical), by scope and record. */
async function fingerprints(
  store: ReadableStore,
  version: TaggedVersion,
): Promise<Map<string, { change: ResourceChange; service: string; print: string }>> {
  const pod = podView(store, version.name);
  const manifest = await readManifest(pod, version.descriptor);
  if (encryptionOf(manifest)) {
    throw new NeedsKeyError(`${version.name}:${version.version} is encrypted: its resources cannot be compared without its key.`);
  }
  const prints = new Map<string, { change: ResourceChange; service: string; print: string }>();
  for (const layer of stateLayers(manifest)) {
    for await (const record of decodeRecords(await fetchVerified(pod, layer.descriptor), layer.service)) {
      const key = `${layer.service}/${layer.account}/${layer.region}/${recordKey(record.type, record.id)}`;
      const print = canonicalJson({ data: record.data, payload: record.payload ?? null }).toString();
      prints.set(key, { service: layer.service, change: { account: layer.account, region: layer.region, type: record.type, id: record.id }, print });
    }
  }
  return prints;
}

/**
 * The resources created, changed and removed per service from version `from` to version `to`
 * of a pod, record by record: what a load of `to` over `from` would make differ.
 */
export async function diffVersions(name: string, from: number, to: number, options: Pick<PodsOptions, 'remote' | 'env'>): Promise<VersionDiff> {
  parsePodName(name);
  return using(await openRemoteForRead(options.remote, options.env), async (store) => {
    const [before, after] = await Promise.all([from, to].map(async (version) => fingerprints(store, await resolveVersion(store, { name, version }))));
    const services = new Map<string, ServiceDiff>();
    const of = (service: string) => {
      let diff = services.get(service);
      if (!diff) services.set(service, (diff = { service, created: [], changed: [], removed: [] }));
      return diff;
    };
    for (const [key, now] of after!) {
      const then = before!.get(key);
      if (!then) of(now.service).created.push(now.change);
      else if (then.print !== now.print) of(now.service).changed.push(now.change);
    }
    for (const [key, then] of before!) if (!after!.has(key)) of(then.service).removed.push(then.change);
    return { remote: store.display, name, from, to, services: [...services.values()].sort((a, b) => (a.service < b.service ? -1 : 1)) };
  });
}
