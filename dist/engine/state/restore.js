import { Readable } from 'node:stream';
import { CorruptPodError } from '../errors.js';
import { canonicalJson, scopeKey, stateLayers } from '../pod/manifest.js';
import { PAYLOAD_LAYER } from '../pod/media-types.js';
import { decodeRecords, recordKey } from '../pod/records.js';
import { fetchVerified } from '../store/content.js';
import { forEachLimit } from '../util/concurrency.js';
import { dependencyLevels } from './order.js';
import { loadModules, SERVICE_NAMES } from './portable/registry.js';
import { rebaseAccount, renameReferences } from './rebase.js';
import { servicesReached, strategyEffect } from './strategy.js';
/** Refuses a pod holding state of a service this version has no module for. */
function refuseUnknown(services) {
    const unknown = services.find((s) => !SERVICE_NAMES.includes(s));
    if (unknown) {
        throw new CorruptPodError(`The pod holds state of "${unknown}", which this version of localstack-pods cannot restore.`);
    }
}
/**
 * Decides what a load clears and writes, per strategy, without changing anything. The account
 * that saved the pod maps to `caller`, the account of the credentials that load it. With
 * `only`, the plan concerns only what it names.
 */
export async function planRestore(manifest, config, strategy, caller, contextOf, only) {
    const wanted = (service) => !only || only.services.includes(service);
    const layers = stateLayers(manifest)
        .filter((l) => wanted(l.service))
        .map((l) => ({ ...l, into: l.account === config.account ? caller : l.account }));
    const inPod = [...new Set([...config.services, ...layers.map((l) => l.service)])].filter(wanted);
    refuseUnknown(inPod);
    const effect = strategyEffect(strategy);
    const reached = await loadModules(servicesReached(strategy, inPod, SERVICE_NAMES.filter(wanted)));
    const clear = new Map();
    const add = (s) => clear.set(scopeKey(s), s);
    if (effect.clearsPodScopes) {
        for (const l of layers)
            add({ service: l.service, account: l.into, region: l.region });
    }
    if (effect.clearsWholeServices) {
        const accounts = [...new Set([caller, ...layers.map((l) => l.into)])];
        await Promise.all(reached.flatMap((module) => accounts.map(async (account) => {
            for (const region of await module.regionsWithState(contextOf(module, account))) {
                add({ service: module.name, account, region });
            }
        })));
    }
    const sorted = [...clear.values()].sort((a, b) => (scopeKey(a) < scopeKey(b) ? -1 : 1));
    const groups = new Map();
    for (const [service, names] of Object.entries(only?.resources ?? {})) {
        if (reached.find((m) => m.name === service)?.partial)
            groups.set(service, new Set(names));
    }
    return { modules: reached, strategy, clear: sorted, layers, groups };
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
/** The records of a layer, their references moved to the account they are restored into. */
export async function* podRecords(store, layer) {
    const what = `${layer.service} layer ${layer.descriptor.digest}`;
    for await (const record of decodeRecords(await fetchVerified(store, layer.descriptor), what)) {
        const { payload, type, id, data } = record;
        const rebased = { type, id: rebaseAccount(id, layer.account, layer.into), data: rebaseAccount(data, layer.account, layer.into) };
        yield payload ? { ...rebased, payload: restoredPayload(store, payload) } : rebased;
    }
}
/** Records with the identifiers renamed so far (see `ServiceContext.renamed`) rewritten. */
async function* renamed(records, renames) {
    for await (const record of records)
        yield renames.size === 0 ? record : { ...record, data: renameReferences(record.data, renames) };
}
/** The records of the plan's groups, for a module restored in part; all records otherwise. */
async function* inGroups(records, module, groups) {
    const kept = groups.get(module.name);
    const selected = kept && module.partial ? module.partial.select(kept) : () => true;
    for await (const record of records) {
        if (selected(record))
            yield record;
    }
}
/**
 * Scopes cleared or restored at once: enough to keep the instance busy, few enough that a pod
 * of thousands of layers does not open thousands of files and connections.
 */
const SCOPE_CONCURRENCY = 16;
/**
 * Carries out a plan: clears scopes in reverse dependency order, then restores layers in
 * dependency order; modules of one level, and regions of one module, run concurrently
 * (up to SCOPE_CONCURRENCY). What
 * modules asked to do after the restore (`ServiceContext.afterRestore`) runs last, in order.
 */
export async function executeRestore(plan, store, contextOfModule, onScope) {
    const last = [];
    const renames = new Map();
    const contextOf = (module, account) => {
        const context = contextOfModule(module, account);
        return {
            ...context,
            afterRestore: (resource, work) => void last.push({ context, resource, work }),
            renamed: (from, to) => void renames.set(from, to),
        };
    };
    const levels = dependencyLevels(plan.modules);
    const inLevel = (level, scopes) => level.flatMap((module) => scopes.filter((s) => s.service === module.name).map((scope) => ({ module, scope })));
    for (const level of [...levels].reverse()) {
        await forEachLimit(inLevel(level, plan.clear), SCOPE_CONCURRENCY, async ({ module, scope }) => {
            const context = contextOf(module, scope.account);
            const groups = plan.groups.get(module.name);
            await (groups && module.partial ? module.partial.clear(context, scope.region, groups) : module.clear(context, scope.region));
            onScope('clear', scope);
        });
    }
    for (const level of levels) {
        await forEachLimit(inLevel(level, plan.layers), SCOPE_CONCURRENCY, async ({ module, scope: layer }) => {
            const records = renamed(podRecords(store, layer), renames);
            await module.restore(contextOf(module, layer.into), layer.region, inGroups(records, module, plan.groups));
            onScope('restore', { service: layer.service, account: layer.into, region: layer.region });
        });
    }
    for (const { context, resource, work } of last) {
        try {
            await work();
        }
        catch (error) {
            context.fail(resource, error);
        }
    }
}
/** A record's content for comparison: its data, and its payload by size (bodies are not read). */
function fingerprint(data, payloadSize) {
    return canonicalJson({ data, payloadSize }).toString();
}
/**
 * What a plan would create, change and delete, found by reading the instance (capture, which
 * changes nothing) and the pod. Payloads are compared by size only.
 */
export async function diffRestore(plan, store, contextOf) {
    const scopes = new Map();
    for (const s of plan.clear)
        scopes.set(scopeKey(s), s);
    for (const l of plan.layers)
        scopes.set(scopeKey({ service: l.service, account: l.into, region: l.region }), { service: l.service, account: l.into, region: l.region });
    const cleared = new Set(plan.clear.map(scopeKey));
    const changes = [];
    for (const scope of [...scopes.values()].sort((a, b) => (scopeKey(a) < scopeKey(b) ? -1 : 1))) {
        const module = plan.modules.find((m) => m.name === scope.service);
        const current = new Map();
        for await (const r of module.capture(contextOf(module, scope.account), [scope.region])) {
            current.set(recordKey(r.type, r.id), fingerprint(r.data, r.payload?.size));
        }
        const inPod = new Set();
        const change = (action, key) => {
            const [type, id] = key.split('\0');
            changes.push({ action, ...scope, type, id });
        };
        for (const layer of plan.layers.filter((l) => scopeKey({ service: l.service, account: l.into, region: l.region }) === scopeKey(scope))) {
            for await (const r of podRecords(store, layer)) {
                const key = recordKey(r.type, r.id);
                inPod.add(key);
                const now = current.get(key);
                if (now === undefined)
                    change('create', key);
                else if (now !== fingerprint(r.data, r.payload?.size))
                    change('change', key);
            }
        }
        if (cleared.has(scopeKey(scope))) {
            for (const key of current.keys())
                if (!inPod.has(key))
                    change('delete', key);
        }
    }
    return changes;
}
