import * as R53 from '@aws-sdk/client-route-53';
import { collect, recordKind, sortBy, sortedTags, unlessMissing } from '../kit/index.js';

/**
 * Health checks, which record sets name by id. The instance draws the id; a load makes the
 * check anew and the zones restored after it name the new one.
 */

type Tag = { Key: string; Value?: string };

export type HealthCheckData = { id: string; config: R53.HealthCheckConfig; tags?: Tag[] };

export const HEALTH_CHECK = recordKind<HealthCheckData>('health-check');

export async function healthChecks(r53: R53.Route53Client): Promise<R53.HealthCheck[]> {
  return sortBy(await collect(R53.paginateListHealthChecks({ client: r53 }, {}), (p) => p.HealthChecks), (h) => h.Id!);
}

export async function captureHealthCheck(r53: R53.Route53Client, h: R53.HealthCheck): Promise<HealthCheckData> {
  const tags = await r53.send(new R53.ListTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: h.Id! }));
  return { id: h.Id!, config: h.HealthCheckConfig!, tags: sortedTags(tags.ResourceTagSet?.Tags as Tag[] | undefined, (t) => t.Key) };
}

/** Creates the check; returns the id the instance gave it. */
export async function restoreHealthCheck(r53: R53.Route53Client, h: HealthCheckData): Promise<string> {
  const created = await r53.send(
    new R53.CreateHealthCheckCommand({ CallerReference: `localstack-pods-${h.id}-${Date.now()}`, HealthCheckConfig: h.config }),
  );
  const id = created.HealthCheck!.Id!;
  if (h.tags) await r53.send(new R53.ChangeTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: id, AddTags: h.tags }));
  return id;
}

export async function deleteHealthCheck(r53: R53.Route53Client, id: string): Promise<void> {
  await unlessMissing(r53.send(new R53.DeleteHealthCheckCommand({ HealthCheckId: id })));
}
