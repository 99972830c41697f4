import * as AG from '@aws-sdk/client-api-gateway';
import { clientOf, eachRegion, IdMap, on, regionsWhere, restoreRecords } from '../kit/index.js';
import { captureDomainName, DOMAIN_NAME, deleteDomainName, domainNames, restoreDomainName } from './domains.js';
import { captureRestApi, deleteRestApi, REST_API, restApis, restoreRestApi } from './rest-apis.js';
import { API_KEY, apiKeyOf, apiKeys, captureUsagePlan, deleteUsagePlan, restoreApiKey, restoreUsagePlan, USAGE_PLAN, usagePlans } from './usage.js';
const client = clientOf(AG.APIGatewayClient);
/** REST APIs, then the keys and plans that name them, then the domains that map to them. */
const capture = eachRegion(async function* (context, region) {
    const ag = client(context, region);
    for (const api of await restApis(ag))
        yield REST_API.record(region, api.id, await captureRestApi(ag, api));
    for (const key of await apiKeys(ag))
        yield API_KEY.record(region, key.id, apiKeyOf(key));
    for (const plan of await usagePlans(ag))
        yield USAGE_PLAN.record(region, plan.id, await captureUsagePlan(ag, plan));
    for (const domain of await domainNames(ag))
        yield DOMAIN_NAME.record(region, domain.domainName, await captureDomainName(ag, domain));
});
const regionsWithState = regionsWhere(async (context, region) => {
    const ag = client(context, region);
    const one = { limit: 1 };
    const [apis, keys, plans, domains] = await Promise.all([
        ag.send(new AG.GetRestApisCommand(one)),
        ag.send(new AG.GetApiKeysCommand(one)),
        ag.send(new AG.GetUsagePlansCommand(one)),
        ag.send(new AG.GetDomainNamesCommand(one)),
    ]);
    return [apis, keys, plans, domains].some((page) => (page.items?.length ?? 0) > 0);
});
/** What names an API goes before it: AWS deletes no API that a domain or a usage plan maps to. */
async function clear(context, region) {
    const ag = client(context, region);
    for (const domain of await domainNames(ag))
        await deleteDomainName(ag, domain.domainName);
    for (const plan of await usagePlans(ag))
        await deleteUsagePlan(ag, plan);
    for (const key of await apiKeys(ag))
        await ag.send(new AG.DeleteApiKeyCommand({ apiKey: key.id }));
    for (const api of await restApis(ag))
        await deleteRestApi(ag, api.id);
}
/**
 * API Gateway's REST APIs (resources, methods, integrations and their responses, models,
 * request validators, authorizers, gateway responses, deployments, stages with their variables,
 * method settings and tags), API keys, usage plans with their keys, custom domain names with
 * their base path mappings.
 */
export const apigateway = {
    name: 'apigateway',
    // Integrations and authorizers invoke functions, under roles; domains name certificates.
    dependsOn: ['iam', 'lambda', 'acm'],
    capture,
    regionsWithState,
    clear,
    // One at a time, in the pod's order: plans and domains name the APIs and keys restored before them.
    restore: (context, region, records) => {
        const ag = client(context, region);
        const ids = new IdMap();
        return restoreRecords(context, records, 1, on(REST_API, async (a) => ids.set(a.id, await restoreRestApi(context, ag, region, a))), on(API_KEY, async (k) => ids.set(k.id, await restoreApiKey(ag, k))), on(USAGE_PLAN, (p) => restoreUsagePlan(ag, p, ids.of)), on(DOMAIN_NAME, (d) => restoreDomainName(ag, d, ids.of)));
    },
    // A REST protocol: every write counts for the whole service.
    requests: { signingName: 'apigateway' },
};
