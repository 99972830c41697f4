import * as AG from '@aws-sdk/client-api-gateway';
import { collect, nonEmpty, recordKind, sortBy, sortedRecord, unlessMissing } from '../kit/index.js';
export const API_KEY = recordKind('api-key', 'API key');
export const USAGE_PLAN = recordKind('usage-plan');
const PAGE = 500;
export async function apiKeys(ag) {
    return sortBy(await collect(AG.paginateGetApiKeys({ client: ag, pageSize: PAGE }, { includeValues: true }), (p) => p.items), (k) => k.id);
}
export async function usagePlans(ag) {
    return sortBy(await collect(AG.paginateGetUsagePlans({ client: ag, pageSize: PAGE }, {}), (p) => p.items), (p) => p.id);
}
export function apiKeyOf(k) {
    return {
        id: k.id,
        name: k.name,
        description: k.description,
        enabled: k.enabled,
        value: k.value,
        customerId: k.customerId,
        tags: sortedRecord(k.tags),
    };
}
export async function captureUsagePlan(ag, p) {
    const keys = await collect(AG.paginateGetUsagePlanKeys({ client: ag, pageSize: PAGE }, { usagePlanId: p.id }), (page) => page.items);
    const apiStages = (p.apiStages ?? []).map((s) => ({ apiId: s.apiId, stage: s.stage, throttle: sortedRecord(s.throttle) }));
    return {
        id: p.id,
        name: p.name,
        description: p.description,
        apiStages: nonEmpty(sortBy(apiStages, (s) => `${s.apiId}/${s.stage}`)),
        throttle: p.throttle,
        quota: p.quota,
        tags: sortedRecord(p.tags),
        keys: nonEmpty(keys.map((k) => k.id).sort()),
    };
}
/** Creates the key, in place of any key of the same value (AWS refuses a second one); returns its new id. */
export async function restoreApiKey(ag, k) {
    if (k.value !== undefined) {
        for (const existing of await apiKeys(ag)) {
            if (existing.value === k.value)
                await unlessMissing(ag.send(new AG.DeleteApiKeyCommand({ apiKey: existing.id })));
        }
    }
    const { id: _, ...settings } = k;
    return (await ag.send(new AG.CreateApiKeyCommand(settings))).id;
}
/**
 * Creates the plan, in place of any plan of the same name, with its API stages and keys under
 * the ids this load gave them (`idOf`).
 */
export async function restoreUsagePlan(ag, p, idOf) {
    for (const existing of await usagePlans(ag)) {
        if (existing.name === p.name)
            await deleteUsagePlan(ag, existing);
    }
    const created = await ag.send(new AG.CreateUsagePlanCommand({
        name: p.name,
        description: p.description,
        apiStages: p.apiStages?.map((s) => ({ ...s, apiId: idOf(s.apiId) })),
        throttle: p.throttle,
        quota: p.quota,
        tags: p.tags,
    }));
    for (const keyId of p.keys ?? []) {
        await ag.send(new AG.CreateUsagePlanKeyCommand({ usagePlanId: created.id, keyId: idOf(keyId), keyType: 'API_KEY' }));
    }
}
/** AWS deletes no plan that still names API stages: they are removed first. */
export async function deleteUsagePlan(ag, p) {
    const patchOperations = (p.apiStages ?? []).map((s) => ({ op: 'remove', path: '/apiStages', value: `${s.apiId}:${s.stage}` }));
    if (patchOperations.length > 0)
        await unlessMissing(ag.send(new AG.UpdateUsagePlanCommand({ usagePlanId: p.id, patchOperations })));
    await unlessMissing(ag.send(new AG.DeleteUsagePlanCommand({ usagePlanId: p.id })));
}
