import type { ServiceContext } from '../../module.js';
export type VpcRef = {
    id: string;
    cidr?: string;
    isDefault?: boolean;
};
export type SubnetRef = {
    id: string;
    zone?: string;
    cidr?: string;
    vpc?: VpcRef;
};
export type GroupRef = {
    id: string;
    name?: string;
};
/** Where a resource sits in a VPC (a function, a domain, a subnet group): its subnets and security groups. */
export type Placement = {
    subnets: SubnetRef[];
    groups: GroupRef[];
};
/** A placement's ids on this instance, as the APIs take them. */
export type PlacementIds = {
    SubnetIds: string[];
    SecurityGroupIds: string[];
};
/** The region's VPCs, subnets and groups, read once per save or load of the region. */
export declare class Network {
    private readonly context;
    private readonly region;
    private vpcs?;
    private subnets?;
    private groups?;
    /** The stand-ins each resource was warned of, so that a VPC named by several of its subnets is told once. */
    private readonly warned;
    constructor(context: ServiceContext, region: string);
    private get ec2();
    private allVpcs;
    private allSubnets;
    private allGroups;
    vpcRef(id: string): Promise<VpcRef>;
    subnetRef(id: string): Promise<SubnetRef>;
    groupRef(id: string): Promise<GroupRef>;
    /** The placement of a resource in `subnetIds` and `groupIds`, as a record keeps it. */
    placementOf(subnetIds: readonly string[], groupIds?: readonly string[]): Promise<Placement>;
    /** The ids of `placement` on this instance: its own, or their counterparts (groups in the VPC of its first subnet). */
    placementIds(placement: Placement, resource: string): Promise<PlacementIds>;
    /** The instance's VPC for `ref`: itself, else the VPC of the same CIDR block (and defaultness). */
    vpc(ref: VpcRef, resource: string): Promise<string>;
    /** The instance's subnet for `ref`: itself, else the subnet of the same zone and CIDR block in the counterpart of its VPC. */
    subnet(ref: SubnetRef, resource: string): Promise<string>;
    /** The instance's group for `ref`: itself, else the group of the same name in `vpc`. */
    group(ref: GroupRef, vpc: string | undefined, resource: string): Promise<string>;
    /** The counterpart found, with a warning; else the pod's id, which the instance then refuses. */
    private standIn;
}
