import * as Redshift from '@aws-sdk/client-redshift';
import type { ServiceContext } from '../../module.js';
import { type Tag } from './client.js';
export type ClusterData = {
    id: string;
    nodeType: string;
    numberOfNodes: number;
    dbName?: string;
    masterUsername: string;
    /** The password is kept by Secrets Manager (ManageMasterPassword); else it is not readable. */
    managedPassword?: boolean;
    port?: number;
    parameterGroup?: string;
    subnetGroup?: string;
    vpcSecurityGroupIds?: string[];
    clusterSecurityGroups?: string[];
    availabilityZone?: string;
    encrypted?: boolean;
    kmsKeyId?: string;
    publiclyAccessible?: boolean;
    enhancedVpcRouting?: boolean;
    automatedSnapshotRetentionPeriod?: number;
    manualSnapshotRetentionPeriod?: number;
    preferredMaintenanceWindow?: string;
    clusterVersion?: string;
    allowVersionUpgrade?: boolean;
    iamRoles?: string[];
    defaultIamRole?: string;
    snapshotSchedule?: string;
    tags?: Tag[];
};
export declare const CLUSTER: import("../kit/records.js").RecordKind<ClusterData>;
export declare function clusters(r: Redshift.RedshiftClient): Promise<Redshift.Cluster[]>;
export declare function clusterOf(context: ServiceContext, c: Redshift.Cluster): ClusterData;
/** Deleting takes minutes on AWS; a cluster of the same name, or a deletion of its groups, must wait for it. */
export declare function deleteCluster(r: Redshift.RedshiftClient, id: string): Promise<void>;
/** Made anew (deleted first when the instance has it), with a new password unless Secrets Manager keeps it. */
export declare function restoreCluster(r: Redshift.RedshiftClient, c: ClusterData): Promise<void>;
