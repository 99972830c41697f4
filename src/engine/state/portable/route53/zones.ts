import * as R53 from '@aws-sdk/client-route-53';
import type { ServiceContext } from '../../module.js';
import { collect, nonEmpty, pagesOf, recordKind, sortBy, sortedTags, unlessMissing } from '../kit/index.js';

/**
 * A hosted zone is one record with all its record sets. The instance draws a zone's id when it
 * makes the zone, and no API takes one, so a load gives the zone a new id and hands it on with
 * `context.renamed`. The SOA record and the apex NS record come with every public zone, naming
 * the instance's own name servers: the instance's are kept.
 */

type Tag = { Key: string; Value?: string };

export type ZoneData = {
  id: string;
  name: string;
  comment?: string;
  privateZone?: boolean;
  vpcs?: { VPCRegion?: string; VPCId?: string }[];
  recordSets?: R53.ResourceRecordSet[];
  tags?: Tag[];
};

export const HOSTED_ZONE = recordKind<ZoneData>('hosted-zone');

/** `/hostedzone/Z123` as the API answers it; `Z123` as ARNs, tags and users name it. */
export const bareZoneId = (id: string) => id.replace(/^\/hostedzone\//, '');

export async function hostedZones(r53: R53.Route53Client): Promise<R53.HostedZone[]> {
  const zones = await collect(R53.paginateListHostedZones({ client: r53 }, {}), (p) => p.HostedZones);
  return sortBy(zones, (z) => `${z.Name}\u0000${z.Id}`);
}

/** Whether a record set comes with the zone itself: its SOA, and the NS records of its apex. */
function isZoneDefault(zoneName: string, r: R53.ResourceRecordSet): boolean {
  return r.Name === zoneName && (r.Type === 'SOA' || (r.Type === 'NS' && r.SetIdentifier === undefined));
}

async function recordSetsOf(r53: R53.Route53Client, zoneId: string, zoneName: string): Promise<R53.ResourceRecordSet[]> {
  const pages = pagesOf(
    (token) => {
      const [name, type, identifier] = token === undefined ? [] : (JSON.parse(token) as [string, R53.RRType, string | undefined]);
      return r53.send(
        new R53.ListResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          StartRecordName: name,
          StartRecordType: type,
          StartRecordIdentifier: identifier,
        }),
      );
    },
    (page) => (page.IsTruncated ? JSON.stringify([page.NextRecordName, page.NextRecordType, page.NextRecordIdentifier]) : undefined),
  );
  const sets = await collect(pages, (p) => p.ResourceRecordSets);
  return sets.filter((r) => !isZoneDefault(zoneName, r));
}

export async function captureZone(r53: R53.Route53Client, zone: R53.HostedZone): Promise<ZoneData> {
  const id = bareZoneId(zone.Id!);
  const detail = await r53.send(new R53.GetHostedZoneCommand({ Id: id }));
  const tags = await r53.send(new R53.ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: id }));
  return {
    id,
    name: zone.Name!,
    comment: zone.Config?.Comment || undefined,
    privateZone: zone.Config?.PrivateZone || undefined,
    vpcs: nonEmpty(detail.VPCs),
    recordSets: nonEmpty(await recordSetsOf(r53, id, zone.Name!)),
    tags: sortedTags(tags.ResourceTagSet?.Tags as Tag[] | undefined, (t) => t.Key),
  };
}

/** Record sets go in batches of this many changes (AWS takes up to 1000). */
const CHANGE_BATCH = 500;

async function upsert(r53: R53.Route53Client, zoneId: string, sets: readonly R53.ResourceRecordSet[]): Promise<void> {
  for (let i = 0; i < sets.length; i += CHANGE_BATCH) {
    const Changes = sets.slice(i, i + CHANGE_BATCH).map((ResourceRecordSet) => ({ Action: 'UPSERT' as const, ResourceRecordSet }));
    await r53.send(new R53.ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes } }));
  }
}

/** Deletes the record sets the zone did not come with, then the zone: AWS deletes no zone that holds others. */
export async function deleteZone(r53: R53.Route53Client, zone: { Id?: string; Name?: string }): Promise<void> {
  const id = bareZoneId(zone.Id!);
  const sets = await unlessMissing(recordSetsOf(r53, id, zone.Name!));
  if (sets === undefined) return;
  for (let i = 0; i < sets.length; i += CHANGE_BATCH) {
    const Changes = sets.slice(i, i + CHANGE_BATCH).map((ResourceRecordSet) => ({ Action: 'DELETE' as const, ResourceRecordSet }));
    await r53.send(new R53.ChangeResourceRecordSetsCommand({ HostedZoneId: id, ChangeBatch: { Changes } }));
  }
  await unlessMissing(r53.send(new R53.DeleteHostedZoneCommand({ Id: id })));
}

/**
 * Makes the zone the pod's: any zone of its name (and privacy) goes first, then it is created,
 * with the pod's record sets, VPCs and tags. Record sets that alias another zone of the pod name
 * the id it got in this load.
 */
export async function restoreZone(context: ServiceContext, r53: R53.Route53Client, z: ZoneData, zoneIdOf: (id: string) => string): Promise<string> {
  for (const existing of await hostedZones(r53)) {
    if (existing.Name === z.name && Boolean(existing.Config?.PrivateZone) === Boolean(z.privateZone)) await deleteZone(r53, existing);
  }
  const [firstVpc, ...otherVpcs] = z.vpcs ?? [];
  const created = await r53.send(
    new R53.CreateHostedZoneCommand({
      Name: z.name,
      CallerReference: `localstack-pods-${z.id}-${Date.now()}`,
      // Only when set, and with a comment, if empty: LocalStack fails on a config without one.
      HostedZoneConfig: z.comment !== undefined || z.privateZone ? { Comment: z.comment ?? '', PrivateZone: z.privateZone } : undefined,
      VPC: firstVpc as R53.VPC | undefined,
    }),
  );
  const id = bareZoneId(created.HostedZone!.Id!);
  if (id !== z.id) context.renamed(z.id, id);
  for (const vpc of otherVpcs) await r53.send(new R53.AssociateVPCWithHostedZoneCommand({ HostedZoneId: id, VPC: vpc as R53.VPC }));
  // An alias names its own zone (an apex alias), another zone of the pod, or one of AWS's.
  const aliased = (target: string) => (bareZoneId(target) === z.id ? id : zoneIdOf(bareZoneId(target)));
  const sets = (z.recordSets ?? []).map((r) =>
    r.AliasTarget?.HostedZoneId ? { ...r, AliasTarget: { ...r.AliasTarget, HostedZoneId: aliased(r.AliasTarget.HostedZoneId) } } : r,
  );
  await upsert(r53, id, sets);
  if (z.tags) await r53.send(new R53.ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: id, AddTags: z.tags }));
  return id;
}
