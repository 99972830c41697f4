/**
 * Replicas (global tables of version 2019.11.21: Terraform's `replica` blocks and
 * `aws_dynamodb_table_replica`): one table kept in several regions, an item written in one seen
 * in all, DescribeTable in each listing the others. The pod keeps such a table once, in the layer
 * of one of its regions (see `holding-region.ts`), its items once, and per other region what that
 * replica has of its own. A load creates the table there, writes its items, then adds the
 * replicas. moto keeps none (it answers UpdateTable's ReplicaUpdates and ignores them), so a save
 * from moto never holds any, and a load into moto reports each replica of the pod.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { reportFailure, sortBy } from '../kit/index.js';
import { clientsOf } from './clients.js';
import { deleteTable } from './deletion.js';
import { holdingRegion } from './holding-region.js';
import { ensureTable, isActive, settingsOf, tableDescription, waitForTable } from './tables.js';
/** The regions of the table's replicas besides the one DescribeTable was asked in. */
function replicaRegions(t) {
    return (t?.Replicas ?? []).map((r) => r.RegionName);
}
/** Unset limits read as absent or -1 depending on the instance. */
function overridesOf(d) {
    const read = d.ProvisionedThroughputOverride?.ReadCapacityUnits ?? 0;
    const limit = d.OnDemandThroughputOverride?.MaxReadRequestUnits ?? 0;
    if (read <= 0 && limit <= 0)
        return undefined;
    return {
        ...(read > 0 ? { ProvisionedThroughputOverride: { ReadCapacityUnits: read } } : {}),
        ...(limit > 0 ? { OnDemandThroughputOverride: { MaxReadRequestUnits: limit } } : {}),
    };
}
function indexOverrides(r) {
    const indexes = (r.GlobalSecondaryIndexes ?? []).flatMap((g) => {
        const overrides = overridesOf(g);
        return overrides ? [{ IndexName: g.IndexName, ...overrides }] : [];
    });
    return indexes.length > 0 ? sortBy(indexes, (g) => g.IndexName) : undefined;
}
/**
 * The KMS key that other regions list for `region`'s copy: LocalStack reports the key of a
 * replica there only, its own DescribeTable shows none (AWS shows it in both).
 */
function keyListedElsewhere(region, copies) {
    return copies.flatMap((c) => c.own.Replicas ?? []).find((r) => r.RegionName === region)?.KMSMasterKeyId;
}
/**
 * A replica's own settings, read in its region, where AWS reports its encryption key and table
 * class and LocalStack those of the region that created the table only; otherwise as the table's
 * description lists the replica (LocalStack keeps the key a replica was created with, and drops
 * its table class).
 */
async function describeReplica(ddb, { listed, own }) {
    const settings = await settingsOf(ddb, own);
    return {
        region: listed.RegionName,
        kmsKeyId: settings.sse?.kmsKeyId ?? listed.KMSMasterKeyId,
        tableClass: settings.tableClass ?? listed.ReplicaTableClassSummary?.TableClass,
        throughput: overridesOf(listed),
        indexThroughput: indexOverrides(listed),
        ttlAttribute: settings.ttlAttribute,
        pointInTimeRecovery: settings.pointInTimeRecovery,
        tags: settings.tags,
        resourcePolicy: settings.resourcePolicy,
        kinesisDestinations: settings.kinesisDestinations,
    };
}
/** The table's replicas that are there still, as listed and as described in their regions, by region. */
async function copiesOf(clients, t) {
    const listed = sortBy(t.Replicas ?? [], (r) => r.RegionName);
    const copies = await Promise.all(listed.map(async (r) => ({ listed: r, own: await tableDescription(clients(r.RegionName), t.TableName) })));
    return copies.filter((c) => c.own !== undefined);
}
/**
 * A table's settings with its replicas', as the capture of `region` holds it; undefined when the
 * table is gone, or another region's capture holds it.
 */
export async function captureTable(clients, region, captured, name) {
    const ddb = clients(region);
    const t = await tableDescription(ddb, name);
    if (!t || holdingRegion([region, ...replicaRegions(t)], captured) !== region)
        return undefined;
    const settings = await settingsOf(ddb, t);
    const copies = await copiesOf(clients, t);
    if (copies.length === 0)
        return settings;
    const listedKey = keyListedElsewhere(region, copies);
    const replicas = await Promise.all(copies.map((c) => describeReplica(clients(c.listed.RegionName), c)));
    return { ...settings, sse: settings.sse ?? (listedKey ? { kmsKeyId: listedKey } : undefined), replicas };
}
/** The table as its replica `r` has it: the table's settings with the replica's own. */
function inReplica(t, r) {
    return {
        ...t,
        ttlAttribute: r.ttlAttribute,
        pointInTimeRecovery: r.pointInTimeRecovery,
        tags: r.tags,
        resourcePolicy: r.resourcePolicy,
        kinesisDestinations: r.kinesisDestinations,
    };
}
/** Adds the replica `r` to the table through `home`, a region the table is in, and waits until the table takes the next change. */
async function addReplica(home, name, r) {
    const Create = {
        RegionName: r.region,
        KMSMasterKeyId: r.kmsKeyId,
        TableClassOverride: r.tableClass,
        ...r.throughput,
        GlobalSecondaryIndexes: r.indexThroughput,
    };
    const answer = await home.send(new DynamoDB.UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Create }] }));
    if (!replicaRegions(answer.TableDescription).includes(r.region)) {
        throw new Error(`The instance keeps no replicas (moto answers as if it made one, and makes none): the table stays in one region`);
    }
    // A table refuses the next replica until this one is ACTIVE.
    await waitForTable(home, name, isActive, 'ACTIVE');
}
/**
 * Makes way for the replica `r`: a table of that name in its region that is not one of this
 * table's replicas is deleted. A load that clears the table's region but not that one leaves the
 * old copy there, as a table of its own.
 */
async function makeWay(context, region, name, r) {
    const there = await tableDescription(clientsOf(context)(r.region), name);
    if (there && !replicaRegions(there).includes(region))
        await deleteTable(context, r.region, name);
}
/**
 * Adds the table's replicas from `region`, where the table was just restored with its items
 * (which a new replica copies), one after the other. A replica that is there already is kept,
 * with its own settings brought to the pod's.
 */
export async function restoreReplicas(context, region, t) {
    const clients = clientsOf(context);
    for (const r of t.replicas ?? []) {
        const label = `table ${t.name} replica ${r.region}`;
        const create = () => addReplica(clients(region), t.name, r);
        await reportFailure(context, label, async () => {
            await makeWay(context, region, t.name, r);
            await ensureTable(context, clients(r.region), inReplica(t, r), { label, create, fromPod: false });
        });
    }
}
