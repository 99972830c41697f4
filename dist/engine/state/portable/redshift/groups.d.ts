import * as Redshift from '@aws-sdk/client-redshift';
import { type Network, type SubnetRef } from '../kit/index.js';
import { type Tag } from './client.js';
/** The parameter groups every region has (`default.redshift-1.0`): neither made nor deleted. */
export declare const isDefaultParameterGroup: (name: string) => boolean;
type Parameter = {
    name: string;
    value: string;
    applyType?: string;
};
export type ParameterGroupData = {
    name: string;
    family: string;
    description: string;
    parameters?: Parameter[];
    tags?: Tag[];
};
/** A subnet group's subnets, each with what finds its counterpart where EC2 drew other ids (see `Network`). */
export type SubnetGroupData = {
    name: string;
    description: string;
    subnets: SubnetRef[];
    tags?: Tag[];
};
export type CopyGrantData = {
    name: string;
    kmsKeyId?: string;
    tags?: Tag[];
};
export type ScheduleData = {
    id: string;
    definitions: string[];
    description?: string;
    tags?: Tag[];
};
export declare const PARAMETER_GROUP: import("../kit/records.js").RecordKind<ParameterGroupData>;
export declare const SUBNET_GROUP: import("../kit/records.js").RecordKind<SubnetGroupData>;
export declare const COPY_GRANT: import("../kit/records.js").RecordKind<CopyGrantData>;
export declare const SCHEDULE: import("../kit/records.js").RecordKind<ScheduleData>;
export declare function parameterGroups(r: Redshift.RedshiftClient): Promise<Redshift.ClusterParameterGroup[]>;
export declare function subnetGroups(r: Redshift.RedshiftClient): Promise<Redshift.ClusterSubnetGroup[]>;
export declare function copyGrants(r: Redshift.RedshiftClient): Promise<Redshift.SnapshotCopyGrant[]>;
/** None where the instance does not serve them (moto, LocalStack). */
export declare function schedules(r: Redshift.RedshiftClient): Promise<Redshift.SnapshotSchedule[]>;
/** Only the parameters set in the group: the others are the engine's defaults. */
export declare function captureParameterGroup(r: Redshift.RedshiftClient, g: Redshift.ClusterParameterGroup): Promise<ParameterGroupData>;
export declare function subnetGroupOf(network: Network, g: Redshift.ClusterSubnetGroup): Promise<SubnetGroupData>;
export declare const copyGrantOf: (g: Redshift.SnapshotCopyGrant) => CopyGrantData;
export declare const scheduleOf: (s: Redshift.SnapshotSchedule) => ScheduleData;
/** Every group, grant and schedule of the region (clusters are deleted before: a group in use cannot be). */
export declare function clearGroups(r: Redshift.RedshiftClient): Promise<void>;
/** Made anew (deleted first when the instance has it), then its parameters set. */
export declare function restoreParameterGroup(r: Redshift.RedshiftClient, g: ParameterGroupData): Promise<void>;
export declare function restoreSubnetGroup(r: Redshift.RedshiftClient, network: Network, g: SubnetGroupData, resource: string): Promise<void>;
export declare function restoreCopyGrant(r: Redshift.RedshiftClient, g: CopyGrantData): Promise<void>;
export declare function restoreSchedule(r: Redshift.RedshiftClient, s: ScheduleData): Promise<void>;
export {};
