import * as R53 from '@aws-sdk/client-route-53';
import { collect, recordKind, sortBy, sortedTags, unlessMissing } from '../kit/index.js';
export const HEALTH_CHECK = recordKind('health-check');
export async function healthChecks(r53) {
    return sortBy(await collect(R53.paginateListHealthChecks({ client: r53 }, {}), (p) => p.HealthChecks), (h) => h.Id);
}
export async function captureHealthCheck(r53, h) {
    const tags = await r53.send(new R53.ListTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: h.Id }));
    return { id: h.Id, config: h.HealthCheckConfig, tags: sortedTags(tags.ResourceTagSet?.Tags, (t) => t.Key) };
}
/** Creates the check; returns the id the instance gave it. */
export async function restoreHealthCheck(r53, h) {
    const created = await r53.send(new R53.CreateHealthCheckCommand({ CallerReference: `localstack-pods-${h.id}-${Date.now()}`, HealthCheckConfig: h.config }));
    const id = created.HealthCheck.Id;
    if (h.tags)
        await r53.send(new R53.ChangeTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: id, AddTags: h.tags }));
    return id;
}
export async function deleteHealthCheck(r53, id) {
    await unlessMissing(r53.send(new R53.DeleteHealthCheckCommand({ HealthCheckId: id })));
}
