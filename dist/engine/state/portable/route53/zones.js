import * as R53 from '@aws-sdk/client-route-53';
import { collect, nonEmpty, pagesOf, recordKind, sortBy, sortedTags, unlessMissing } from '../kit/index.js';
export const HOSTED_ZONE = recordKind('hosted-zone');
/** `/hostedzone/Z123` as the API answers it; `Z123` as ARNs, tags and users name it. */
export const bareZoneId = (id) => id.replace(/^\/hostedzone\//, '');
export async function hostedZones(r53) {
    const zones = await collect(R53.paginateListHostedZones({ client: r53 }, {}), (p) => p.HostedZones);
    return sortBy(zones, (z) => `${z.Name}\u0000${z.Id}`);
}
/** Whether a record set comes with the zone itself: its SOA, and the NS records of its apex. */
function isZoneDefault(zoneName, r) {
    return r.Name === zoneName && (r.Type === 'SOA' || (r.Type === 'NS' && r.SetIdentifier === undefined));
}
async function recordSetsOf(r53, zoneId, zoneName) {
    const pages = pagesOf((token) => {
        const [name, type, identifier] = token === undefined ? [] : JSON.parse(token);
        return r53.send(new R53.ListResourceRecordSetsCommand({
            HostedZoneId: zoneId,
            StartRecordName: name,
            StartRecordType: type,
            StartRecordIdentifier: identifier,
        }));
    }, (page) => (page.IsTruncated ? JSON.stringify([page.NextRecordName, page.NextRecordType, page.NextRecordIdentifier]) : undefined));
    const sets = await collect(pages, (p) => p.ResourceRecordSets);
    return sets.filter((r) => !isZoneDefault(zoneName, r));
}
export async function captureZone(r53, zone) {
    const id = bareZoneId(zone.Id);
    const detail = await r53.send(new R53.GetHostedZoneCommand({ Id: id }));
    const tags = await r53.send(new R53.ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: id }));
    return {
        id,
        name: zone.Name,
        comment: zone.Config?.Comment || undefined,
        privateZone: zone.Config?.PrivateZone || undefined,
        vpcs: nonEmpty(detail.VPCs),
        recordSets: nonEmpty(await recordSetsOf(r53, id, zone.Name)),
        tags: sortedTags(tags.ResourceTagSet?.Tags, (t) => t.Key),
    };
}
/** Record sets go in batches of this many changes (AWS takes up to 1000). */
const CHANGE_BATCH = 500;
async function upsert(r53, zoneId, sets) {
    for (let i = 0; i < sets.length; i += CHANGE_BATCH) {
        const Changes = sets.slice(i, i + CHANGE_BATCH).map((ResourceRecordSet) => ({ Action: 'UPSERT', ResourceRecordSet }));
        await r53.send(new R53.ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes } }));
    }
}
/** Deletes the record sets the zone did not come with, then the zone: AWS deletes no zone that holds others. */
export async function deleteZone(r53, zone) {
    const id = bareZoneId(zone.Id);
    const sets = await unlessMissing(recordSetsOf(r53, id, zone.Name));
    if (sets === undefined)
        return;
    for (let i = 0; i < sets.length; i += CHANGE_BATCH) {
        const Changes = sets.slice(i, i + CHANGE_BATCH).map((ResourceRecordSet) => ({ Action: 'DELETE', ResourceRecordSet }));
        await r53.send(new R53.ChangeResourceRecordSetsCommand({ HostedZoneId: id, ChangeBatch: { Changes } }));
    }
    await unlessMissing(r53.send(new R53.DeleteHostedZoneCommand({ Id: id })));
}
/**
 * Makes the zone the pod's: any zone of its name (and privacy) goes first, then it is created,
 * with the pod's record sets, VPCs and tags. Record sets that alias another zone of the pod name
 * the id it got in this load.
 */
export async function restoreZone(context, r53, z, zoneIdOf) {
    for (const existing of await hostedZones(r53)) {
        if (existing.Name === z.name && Boolean(existing.Config?.PrivateZone) === Boolean(z.privateZone))
            await deleteZone(r53, existing);
    }
    const [firstVpc, ...otherVpcs] = z.vpcs ?? [];
    const created = await r53.send(new R53.CreateHostedZoneCommand({
        Name: z.name,
        CallerReference: `localstack-pods-${z.id}-${Date.now()}`,
        // Only when set, and with a comment, if empty: LocalStack fails on a config without one.
        HostedZoneConfig: z.comment !== undefined || z.privateZone ? { Comment: z.comment ?? '', PrivateZone: z.privateZone } : undefined,
        VPC: firstVpc,
    }));
    const id = bareZoneId(created.HostedZone.Id);
    if (id !== z.id)
        context.renamed(z.id, id);
    for (const vpc of otherVpcs)
        await r53.send(new R53.AssociateVPCWithHostedZoneCommand({ HostedZoneId: id, VPC: vpc }));
    // An alias names its own zone (an apex alias), another zone of the pod, or one of AWS's.
    const aliased = (target) => (bareZoneId(target) === z.id ? id : zoneIdOf(bareZoneId(target)));
    const sets = (z.recordSets ?? []).map((r) => r.AliasTarget?.HostedZoneId ? { ...r, AliasTarget: { ...r.AliasTarget, HostedZoneId: aliased(r.AliasTarget.HostedZoneId) } } : r);
    await upsert(r53, id, sets);
    if (z.tags)
        await r53.send(new R53.ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: id, AddTags: z.tags }));
    return id;
}
