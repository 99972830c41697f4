import { Readable } from 'node:stream';
import { CorruptPodError } from '../errors.js';
import { stateLayers } from '../pod/manifest.js';
import { PAYLOAD_LAYER } from '../pod/media-types.js';
import { decodeRecords } from '../pod/records.js';
import { fetchVerified } from '../store/content.js';
import { dependencyLevels } from './order.js';
import { PORTABLE_MODULES } from './portable/registry.js';
function moduleFor(service) {
    const module = PORTABLE_MODULES.find((m) => m.name === service);
    if (!module) {
        throw new CorruptPodError(`The pod holds state of "${service}", which this version of localstack-pods cannot restore.`);
    }
    return module;
}
function scopeKey(s) {
    return `${s.service}/${s.account}/${s.region}`;
}
/** Decides what a load clears and writes, per strategy, without touching anything. */
export async function planRestore(manifest, podServices, strategy, account, contextOf) {
    const layers = stateLayers(manifest);
    const inPod = [...new Set([...podServices, ...layers.map((l) => l.service)])].map(moduleFor);
    const clear = new Map();
    const add = (s) => clear.set(scopeKey(s), s);
    if (strategy === 'account-region-merge') {
        for (const l of layers)
            add(l);
    }
    else if (strategy === 'merge' || strategy === 'overwrite') {
        const cleared = strategy === 'merge' ? inPod : [...PORTABLE_MODULES];
        const accounts = [...new Set([account, ...layers.map((l) => l.account)])];
        for (const module of cleared) {
            for (const acct of accounts) {
                for (const region of await module.regionsWithState(contextOf(module, acct))) {
                    add({ service: module.name, account: acct, region });
                }
            }
        }
        for (const l of layers)
            add(l);
    }
    const modules = strategy === 'overwrite' ? [...PORTABLE_MODULES] : inPod;
    return { modules, clear: [...clear.values()], layers };
}
function restoredPayload(store, ref) {
    if ('inline' in ref) {
        const bytes = Buffer.from(ref.inline, 'base64');
        return { size: bytes.length, open: async () => Readable.from([bytes]) };
    }
    return {
        size: ref.size,
        open: () => fetchVerified(store, { mediaType: PAYLOAD_LAYER, digest: ref.digest, size: ref.size }),
    };
}
async function* podRecords(store, layer) {
    const what = `${layer.service} layer ${layer.descriptor.digest}`;
    for await (const record of decodeRecords(await fetchVerified(store, layer.descriptor), what)) {
        const { payload, ...rest } = record;
        yield payload ? { ...rest, payload: restoredPayload(store, payload) } : rest;
    }
}
/**
 * Carries out a plan: clears scopes in reverse dependency order, then restores layers in
 * dependency order; modules of one level, and regions of one module, run concurrently.
 */
export async function executeRestore(plan, store, contextOf, onScope) {
    const levels = dependencyLevels(plan.modules);
    for (const level of [...levels].reverse()) {
        await Promise.all(level.flatMap((module) => plan.clear
            .filter((s) => s.service === module.name)
            .map(async (scope) => {
            await module.clear(contextOf(module, scope.account), scope.region);
            onScope('clear', scope);
        })));
    }
    for (const level of levels) {
        await Promise.all(level.flatMap((module) => plan.layers
            .filter((l) => l.service === module.name)
            .map(async (layer) => {
            await module.restore(contextOf(module, layer.account), layer.region, podRecords(store, layer));
            onScope('restore', layer);
        })));
    }
}
