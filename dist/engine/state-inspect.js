import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from './pods.js';
import { saveVersion } from './save.js';
import { privateTempDir } from './util/private-temp.js';
/**
 * What the running instance holds per account, service and region, from the capture code a save
 * runs (so the two never disagree): a save into a private store of its own, read and removed,
 * which the instance's record of operations does not show. Like a save, it reads only; the
 * options' services, regions and accounts narrow it.
 */
export async function inspectState(options) {
    const home = await mkdtemp(join(privateTempDir(), 'state-'));
    // The local store of a home of its own, whatever remote the options name.
    const { remote: _remote, ...rest } = options;
    const own = { ...rest, env: { ...options.env, LOCALSTACK_PODS_HOME: home } };
    try {
        const saved = await saveVersion({ pod: 'instance', options: own }, { recorded: false });
        const pod = await inspect('instance', own);
        return {
            endpoint: options.endpoint,
            instance: pod.config.source,
            state: pod.layers.map(({ account, service, region, resources }) => ({ account, service, region, resources })),
            warnings: saved.warnings,
        };
    }
    finally {
        await rm(home, { recursive: true, force: true });
    }
}
