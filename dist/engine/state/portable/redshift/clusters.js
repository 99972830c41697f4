import { randomBytes } from 'node:crypto';
import * as Redshift from '@aws-sdk/client-redshift';
import { collect, nonEmpty, pollUntil, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { tagsOf } from './client.js';
const DELETE_TIMEOUT_MS = 120_000;
/** The cluster security group every cluster of moto and LocalStack is in (EC2-Classic's, which AWS retired). */
const DEFAULT_SECURITY_GROUP = 'Default';
export const CLUSTER = recordKind('cluster');
export async function clusters(r) {
    return sortBy(await collect(Redshift.paginateDescribeClusters({ client: r }, {}), (p) => p.Clusters), (c) => c.ClusterIdentifier);
}
export function clusterOf(context, c) {
    const managedPassword = c.MasterPasswordSecretArn ? true : undefined;
    if (!managedPassword) {
        context.warn(CLUSTER.label(c.ClusterIdentifier), 'its master password is not readable: a load gives the cluster a new, random one (set yours with ModifyCluster)');
    }
    return {
        id: c.ClusterIdentifier,
        nodeType: c.NodeType,
        numberOfNodes: c.NumberOfNodes ?? 1,
        dbName: c.DBName,
        masterUsername: c.MasterUsername,
        managedPassword,
        port: c.Endpoint?.Port,
        parameterGroup: c.ClusterParameterGroups?.[0]?.ParameterGroupName,
        subnetGroup: c.ClusterSubnetGroupName,
        vpcSecurityGroupIds: nonEmpty(sortBy((c.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId), (id) => id)),
        clusterSecurityGroups: nonEmpty(sortBy((c.ClusterSecurityGroups ?? []).map((g) => g.ClusterSecurityGroupName).filter((name) => name !== DEFAULT_SECURITY_GROUP), (name) => name)),
        availabilityZone: c.AvailabilityZone,
        encrypted: c.Encrypted,
        kmsKeyId: c.KmsKeyId,
        publiclyAccessible: c.PubliclyAccessible,
        enhancedVpcRouting: c.EnhancedVpcRouting,
        automatedSnapshotRetentionPeriod: c.AutomatedSnapshotRetentionPeriod,
        manualSnapshotRetentionPeriod: c.ManualSnapshotRetentionPeriod,
        preferredMaintenanceWindow: c.PreferredMaintenanceWindow,
        clusterVersion: c.ClusterVersion,
        allowVersionUpgrade: c.AllowVersionUpgrade,
        iamRoles: nonEmpty(sortBy((c.IamRoles ?? []).map((role) => role.IamRoleArn), (arn) => arn)),
        defaultIamRole: c.DefaultIamRoleArn,
        snapshotSchedule: c.SnapshotScheduleIdentifier,
        tags: tagsOf(c.Tags),
    };
}
/** Deleting takes minutes on AWS; a cluster of the same name, or a deletion of its groups, must wait for it. */
export async function deleteCluster(r, id) {
    if (!(await unlessMissing(r.send(new Redshift.DeleteClusterCommand({ ClusterIdentifier: id, SkipFinalClusterSnapshot: true })))))
        return;
    const describe = async () => (await unlessMissing(r.send(new Redshift.DescribeClustersCommand({ ClusterIdentifier: id }))))?.Clusters?.[0];
    await pollUntil(describe, (current) => current === undefined, CLUSTER.label(id), 'deleted', DELETE_TIMEOUT_MS);
}
/** A password Redshift takes: upper and lower case letters and digits, none of the characters it refuses. */
function generatedPassword() {
    return `Pw${randomBytes(16).toString('hex')}9`;
}
/** Made anew (deleted first when the instance has it), with a new password unless Secrets Manager keeps it. */
export async function restoreCluster(r, c) {
    await deleteCluster(r, c.id);
    await r.send(new Redshift.CreateClusterCommand({
        ClusterIdentifier: c.id,
        NodeType: c.nodeType,
        ClusterType: c.numberOfNodes > 1 ? 'multi-node' : 'single-node',
        NumberOfNodes: c.numberOfNodes > 1 ? c.numberOfNodes : undefined,
        DBName: c.dbName,
        MasterUsername: c.masterUsername,
        ManageMasterPassword: c.managedPassword,
        MasterUserPassword: c.managedPassword ? undefined : generatedPassword(),
        Port: c.port,
        ClusterParameterGroupName: c.parameterGroup,
        ClusterSubnetGroupName: c.subnetGroup,
        VpcSecurityGroupIds: c.vpcSecurityGroupIds,
        ClusterSecurityGroups: c.clusterSecurityGroups,
        AvailabilityZone: c.availabilityZone,
        Encrypted: c.encrypted,
        KmsKeyId: c.kmsKeyId,
        PubliclyAccessible: c.publiclyAccessible,
        EnhancedVpcRouting: c.enhancedVpcRouting,
        AutomatedSnapshotRetentionPeriod: c.automatedSnapshotRetentionPeriod,
        ManualSnapshotRetentionPeriod: c.manualSnapshotRetentionPeriod,
        PreferredMaintenanceWindow: c.preferredMaintenanceWindow,
        ClusterVersion: c.clusterVersion,
        AllowVersionUpgrade: c.allowVersionUpgrade,
        IamRoles: c.iamRoles,
        DefaultIamRoleArn: c.defaultIamRole,
        Tags: c.tags,
    }));
    if (c.snapshotSchedule) {
        await r.send(new Redshift.ModifyClusterSnapshotScheduleCommand({ ClusterIdentifier: c.id, ScheduleIdentifier: c.snapshotSchedule }));
    }
}
