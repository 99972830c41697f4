import * as R53 from '@aws-sdk/client-route-53';
import type { ServiceModule } from '../../module.js';
import { clientOf, eachRegion, IdMap, on, restoreRecords } from '../kit/index.js';
import { captureHealthCheck, deleteHealthCheck, HEALTH_CHECK, healthChecks, restoreHealthCheck } from './health-checks.js';
import { captureZone, deleteZone, HOSTED_ZONE, hostedZones, restoreZone } from './zones.js';

/** Route 53 is global: its state is kept, and asked for, in one region. */
const ROUTE53_REGION = 'us-east-1';

const client = clientOf(R53.Route53Client);

/** Health checks first: record sets name them. */
const capture = eachRegion(async function* (context, region) {
  if (region !== ROUTE53_REGION) return;
  const r53 = client(context, region);
  for (const check of await healthChecks(r53)) yield HEALTH_CHECK.record(region, check.Id!, await captureHealthCheck(r53, check));
  for (const zone of await hostedZones(r53)) {
    const data = await captureZone(r53, zone);
    yield HOSTED_ZONE.record(region, data.id, data);
  }
});

/**
 * Route 53 (global, in us-east-1): hosted zones, public and private (with their VPCs), every
 * record set but the SOA and apex NS records the instance makes with a zone (simple, weighted,
 * latency, failover, geolocation, multivalue, alias), health checks, and the tags of both.
 */
export const route53: ServiceModule = {
  name: 'route53',
  global: true,
  // Private zones name their VPCs.
  dependsOn: ['ec2'],
  capture,
  regionsWithState: async (context) => {
    const r53 = client(context, ROUTE53_REGION);
    const [zones, checks] = await Promise.all([
      r53.send(new R53.ListHostedZonesCommand({ MaxItems: 1 })),
      r53.send(new R53.ListHealthChecksCommand({ MaxItems: 1 })),
    ]);
    return (zones.HostedZones?.length ?? 0) + (checks.HealthChecks?.length ?? 0) > 0 ? [ROUTE53_REGION] : [];
  },
  clear: async (context, region) => {
    if (region !== ROUTE53_REGION) return;
    const r53 = client(context, region);
    for (const zone of await hostedZones(r53)) await deleteZone(r53, zone);
    for (const check of await healthChecks(r53)) await deleteHealthCheck(r53, check.Id!);
  },
  // One at a time, in the pod's order: zones name the health checks, and alias one another.
  restore: (context, _region, records) => {
    const r53 = client(context, ROUTE53_REGION);
    const ids = new IdMap();
    return restoreRecords(
      context,
      records,
      1,
      on(HEALTH_CHECK, async (h) => ids.set(h.id, await restoreHealthCheck(r53, h))),
      on(HOSTED_ZONE, async (z) => {
        const sets = z.recordSets?.map((r) => (r.HealthCheckId ? { ...r, HealthCheckId: ids.of(r.HealthCheckId) } : r));
        ids.set(z.id, await restoreZone(context, r53, { ...z, recordSets: sets }, ids.of));
      }),
    );
  },
  // A REST protocol: every write counts for the whole service.
  requests: { signingName: 'route53' },
};
