import * as R53 from '@aws-sdk/client-route-53';
import { expect } from 'vitest';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { scenarioOf } from './scenario.js';

const services = { services: 'route53' };
const bare = (id: string) => id.replace(/^\/hostedzone\//, '');

/**
 * A shop's public zone as a team runs it: an apex alias, a CNAME, long TXT and MX records, a
 * weighted pair for a canary, a failover pair behind a health check, tags; and a second zone.
 */
async function seedShop(r53: R53.Route53Client): Promise<void> {
  const check = await r53.send(
    new R53.CreateHealthCheckCommand({
      CallerReference: 'web-check',
      HealthCheckConfig: {
        Type: 'HTTPS',
        FullyQualifiedDomainName: 'web.shop.test',
        Port: 443,
        ResourcePath: '/health',
        RequestInterval: 30,
        FailureThreshold: 3,
      },
    }),
  );
  await r53.send(
    new R53.ChangeTagsForResourceCommand({
      ResourceType: 'healthcheck',
      ResourceId: check.HealthCheck!.Id!,
      AddTags: [{ Key: 'team', Value: 'web' }],
    }),
  );
  const zone = await r53.send(
    new R53.CreateHostedZoneCommand({ Name: 'shop.test', CallerReference: 'shop', HostedZoneConfig: { Comment: 'the shop' } }),
  );
  const zoneId = bare(zone.HostedZone!.Id!);
  await r53.send(new R53.CreateHostedZoneCommand({ Name: 'internal.test', CallerReference: 'internal' }));
  await r53.send(new R53.ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: zoneId, AddTags: [{ Key: 'env', Value: 'dev' }] }));
  const set = (ResourceRecordSet: R53.ResourceRecordSet) => ({ Action: 'CREATE' as const, ResourceRecordSet });
  const a = (ip: string) => [{ Value: ip }];
  await r53.send(
    new R53.ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [
          set({ Name: 'web.shop.test', Type: 'A', TTL: 60, ResourceRecords: a('10.0.0.10') }),
          set({ Name: 'shop.test', Type: 'A', AliasTarget: { HostedZoneId: zoneId, DNSName: 'web.shop.test', EvaluateTargetHealth: false } }),
          set({ Name: 'www.shop.test', Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: 'web.shop.test' }] }),
          set({
            Name: 'shop.test',
            Type: 'TXT',
            TTL: 300,
            ResourceRecords: [{ Value: '"v=spf1 include:mail.shop.test ~all"' }, { Value: `"${'k'.repeat(200)}"` }],
          }),
          set({ Name: 'shop.test', Type: 'MX', TTL: 3600, ResourceRecords: [{ Value: '10 mail.shop.test' }, { Value: '20 backup.shop.test' }] }),
          set({ Name: 'api.shop.test', Type: 'A', TTL: 60, SetIdentifier: 'stable', Weight: 90, ResourceRecords: a('10.0.1.1') }),
          set({ Name: 'api.shop.test', Type: 'A', TTL: 60, SetIdentifier: 'canary', Weight: 10, ResourceRecords: a('10.0.1.2') }),
          set({
            Name: 'pay.shop.test',
            Type: 'A',
            TTL: 60,
            SetIdentifier: 'main',
            Failover: 'PRIMARY',
            HealthCheckId: check.HealthCheck!.Id!,
            ResourceRecords: a('10.0.2.1'),
          }),
          set({ Name: 'pay.shop.test', Type: 'A', TTL: 60, SetIdentifier: 'standby', Failover: 'SECONDARY', ResourceRecords: a('10.0.2.2') }),
        ],
      },
    }),
  );
}

/** Zones by name with their record sets and tags, health checks by what they check: not by the ids the instance draws. */
async function route53State(r53: R53.Route53Client) {
  const checks = (await r53.send(new R53.ListHealthChecksCommand({}))).HealthChecks ?? [];
  const checkName = new Map(checks.map((h) => [h.Id, h.HealthCheckConfig?.FullyQualifiedDomainName]));
  const zones = [];
  for (const z of (await r53.send(new R53.ListHostedZonesCommand({}))).HostedZones ?? []) {
    const id = bare(z.Id!);
    const sets = (await r53.send(new R53.ListResourceRecordSetsCommand({ HostedZoneId: id }))).ResourceRecordSets ?? [];
    const tags = (await r53.send(new R53.ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: id }))).ResourceTagSet?.Tags;
    zones.push({
      name: z.Name,
      comment: z.Config?.Comment,
      tags,
      recordSets: sets
        .filter((r) => r.Type !== 'SOA' && r.Type !== 'NS')
        .map(({ HealthCheckId, AliasTarget, ...r }) => ({
          ...r,
          healthCheck: checkName.get(HealthCheckId),
          alias: AliasTarget && { ...AliasTarget, HostedZoneId: AliasTarget.HostedZoneId === id ? 'this zone' : AliasTarget.HostedZoneId },
        })),
    });
  }
  const described = [];
  for (const h of checks) {
    const tags = (await r53.send(new R53.ListTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: h.Id! }))).ResourceTagSet?.Tags;
    described.push({ config: h.HealthCheckConfig, tags });
  }
  return JSON.parse(JSON.stringify({ zones: zones.sort((a, b) => a.name!.localeCompare(b.name!)), healthChecks: described }));
}

async function roundTrip(endpoint: string) {
  const r53 = new R53.Route53Client(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedShop(r53);
    const before = await route53State(r53);
    expect(before.zones.map((z: { name: string }) => z.name)).toEqual(['internal.test.', 'shop.test.']);
    const saved = await saveState(endpoint, home, 'dns', services);
    expect(saved.resources).toEqual({ route53: 3 });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect(await route53State(r53)).toEqual({ zones: [], healthChecks: [] });
    const loaded = await loadState(endpoint, home, 'dns', services);
    expect(await route53State(r53)).toEqual(before);
    return loaded;
  } finally {
    r53.destroy();
  }
}

export const route53Scenario = scenarioOf(
  'route53',
  'restores hosted zones with every record set (alias, weighted, failover behind a health check), health checks and tags',
  roundTrip,
);
