import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResourceFailure } from './errors.js';
import type { PodsOptions } from './options.js';
import type { SourceInstance } from './pod/manifest.js';
import { resolveVersion } from './catalog.js';
import { openRemoteForRead, using } from './open-store.js';
import { stateLayers } from './pod/manifest.js';
import { decodeRecords } from './pod/records.js';
import { inspect } from './pods.js';
import { fetchVerified, readManifest } from './store/content.js';
import { podView } from './store/store.js';
import { saveVersion } from './save.js';
import { privateTempDir } from './util/private-temp.js';

/** What the running instance holds, as a save would capture it. */
export interface StateInspection {
  readonly endpoint: string;
  readonly instance: SourceInstance;
  /**
   * Per account, service and region: how many resources (records) a save would keep, and with
   * `resources`, each one's type and id (never its data, which may hold secrets).
   */
  readonly state: readonly {
    readonly account: string;
    readonly service: string;
    readonly region: string;
    readonly resources: number;
    readonly ids?: readonly { readonly type: string; readonly id: string }[];
  }[];
  /** What a save would warn of. */
  readonly warnings: readonly ResourceFailure[];
}

/**
 * What the running instance holds per account, service and region, from the capture code a save
 * runs (so the two never disagree): a save into a private store of its own, read and removed,
 * which the instance's record of operations does not show. Like a save, it reads only; the
 * options' services, regions and accounts narrow it.
 */
export async function inspectState(options: PodsOptions, { resources = false }: { resources?: boolean } = {}): Promise<StateInspection> {
  const home = await mkdtemp(join(privateTempDir(), 'state-'));
  // The local store of a home of its own, whatever remote the options name.
  const { remote: _remote, ...rest } = options;
  const own: PodsOptions = { ...rest, env: { ...options.env, LOCALSTACK_PODS_HOME: home } };
  try {
    const saved = await saveVersion({ pod: 'instance', options: own }, { recorded: false });
    const pod = await inspect('instance', own);
    const ids = resources ? await recordIds(own) : undefined;
    return {
      endpoint: options.endpoint,
      instance: pod.config.source,
      state: pod.layers.map(({ account, service, region, resources, digest }) => ({
        account,
        service,
        region,
        resources,
        ...(ids ? { ids: ids.get(digest) ?? [] } : {}),
      })),
      warnings: saved.warnings,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** The type and id of every record of the private pod `instance`, by layer digest. */
async function recordIds(options: PodsOptions): Promise<Map<string, { type: string; id: string }[]>> {
  return using(await openRemoteForRead(undefined, options.env), async (store) => {
    const pod = podView(store, 'instance');
    const version = await resolveVersion(store, { name: 'instance', version: 'latest' });
    const ids = new Map<string, { type: string; id: string }[]>();
    for (const layer of stateLayers(await readManifest(pod, version.descriptor))) {
      const list: { type: string; id: string }[] = [];
      for await (const record of decodeRecords(await fetchVerified(pod, layer.descriptor), layer.service))
        list.push({ type: record.type, id: record.id });
      ids.set(layer.descriptor.digest, list);
    }
    return ids;
  });
}
