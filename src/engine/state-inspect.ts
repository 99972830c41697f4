import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResourceFailure } from './errors.js';
import type { PodsOptions } from './options.js';
import type { SourceInstance } from './pod/manifest.js';
import { inspect } from './pods.js';
import { saveVersion } from './save.js';
import { privateTempDir } from './util/private-temp.js';

/** What the running instance holds, as a save would capture it. */
export interface StateInspection {
  readonly endpoint: string;
  readonly instance: SourceInstance;
  /** Per account, service and region: how many resources (records) a save would keep. */
  readonly state: readonly { readonly account: string; readonly service: string; readonly region: string; readonly resources: number }[];
  /** What a save would warn of. */
  readonly warnings: readonly ResourceFailure[];
}

/**
 * What the running instance holds per account, service and region, from the capture code a save
 * runs (so the two never disagree): a save into a private store of its own, read and removed,
 * which the instance's record of operations does not show. Like a save, it reads only; the
 * options' services, regions and accounts narrow it.
 */
export async function inspectState(options: PodsOptions): Promise<StateInspection> {
  const home = await mkdtemp(join(privateTempDir(), 'state-'));
  // The local store of a home of its own, whatever remote the options name.
  const { remote: _remote, ...rest } = options;
  const own: PodsOptions = { ...rest, env: { ...options.env, LOCALSTACK_PODS_HOME: home } };
  try {
    const saved = await saveVersion({ pod: 'instance', options: own }, { recorded: false });
    const pod = await inspect('instance', own);
    return {
      endpoint: options.endpoint,
      instance: pod.config.source,
      state: pod.layers.map(({ account, service, region, resources }) => ({ account, service, region, resources })),
      warnings: saved.warnings,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
