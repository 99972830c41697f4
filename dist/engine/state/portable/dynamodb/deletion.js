/**
 * Deleting a table from one region: the scope a clear works on. A table with replicas is kept in
 * other regions too, and only this region's copy goes.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { isNamed, unlessMissing } from '../kit/index.js';
import { clientsOf } from './clients.js';
import { waitForTableStream } from './table-streams.js';
import { tableDescription, waitForTable } from './tables.js';
/**
 * Takes `region` out of the table's replicas through a region that keeps it, as DeleteTable of a
 * replica does on AWS. Says whether that worked; false leaves the copy to DeleteTable.
 *
 * LocalStack keeps one copy of a replicated table, in the region that created it, and serves the
 * others from it: it refuses to take that region out of the replicas, and DeleteTable there
 * deletes the table in every region (as DeleteTable in a replica's region does, which also leaves
 * the table's stream behind). When the other regions are cleared at the same time, they may be
 * gone before the request reaches them: DeleteTable then finishes.
 */
async function leaveReplicas(clients, region, t) {
    // DescribeTable lists the table's other regions only.
    const stays = t.Replicas?.[0]?.RegionName;
    if (!stays)
        return false;
    const ReplicaUpdates = [{ Delete: { RegionName: region } }];
    try {
        await clients(stays).send(new DynamoDB.UpdateTableCommand({ TableName: t.TableName, ReplicaUpdates }));
        return true;
    }
    catch (error) {
        if (isNamed(error, ['ValidationException', 'ResourceNotFoundException']))
            return false;
        throw error;
    }
}
/** Deletes a table's copy in `region` with its items, deletion protection or not, and waits until it is gone there. */
export async function deleteTable(context, region, name) {
    const clients = clientsOf(context);
    const ddb = clients(region);
    const t = await tableDescription(ddb, name);
    if (!t)
        return;
    if (t.DeletionProtectionEnabled) {
        await ddb.send(new DynamoDB.UpdateTableCommand({ TableName: name, DeletionProtectionEnabled: false }));
    }
    const byDeleteTable = !(await leaveReplicas(clients, region, t));
    if (byDeleteTable)
        await unlessMissing(ddb.send(new DynamoDB.DeleteTableCommand({ TableName: name })), ['ResourceNotFoundException']);
    // A name is free for CreateTable only once the table is gone.
    await waitForTable(ddb, name, (gone) => gone === undefined, 'deleted');
    if (byDeleteTable)
        await waitForTableStream(context, region, t);
}
