import * as EC2 from '@aws-sdk/client-ec2';
import type { ServiceContext } from '../../module.js';
import { clientOf } from './clients.js';
import { collect } from './pages.js';

/**
 * The EC2 networking other services' resources stand in (resolver endpoints, functions in a
 * VPC): VPCs, subnets and security groups. Their ids
 * are drawn per instance, the default VPC's too, so a record keeps with each id what finds its
 * counterpart on another instance (a subnet's availability zone and CIDR block, a group's name),
 * and a load that does not find the id takes the counterpart, with a warning.
 */

const client = clientOf(EC2.EC2Client);

export type VpcRef = { id: string; cidr?: string; isDefault?: boolean };
export type SubnetRef = { id: string; zone?: string; cidr?: string; vpc?: VpcRef };
export type GroupRef = { id: string; name?: string };
/** Where a resource sits in a VPC (a function, a domain, a subnet group): its subnets and security groups. */
export type Placement = { subnets: SubnetRef[]; groups: GroupRef[] };
/** A placement's ids on this instance, as the APIs take them. */
export type PlacementIds = { SubnetIds: string[]; SecurityGroupIds: string[] };

/** The region's VPCs, subnets and groups, read once per save or load of the region. */
export class Network {
  private vpcs?: Promise<EC2.Vpc[]>;
  private subnets?: Promise<EC2.Subnet[]>;
  private groups?: Promise<EC2.SecurityGroup[]>;
  /** The stand-ins each resource was warned of, so that a VPC named by several of its subnets is told once. */
  private readonly warned = new Set<string>();

  constructor(
    private readonly context: ServiceContext,
    private readonly region: string,
  ) {}

  private get ec2(): EC2.EC2Client {
    return client(this.context, this.region);
  }

  private allVpcs(): Promise<EC2.Vpc[]> {
    return (this.vpcs ??= collect(EC2.paginateDescribeVpcs({ client: this.ec2 }, {}), (p) => p.Vpcs));
  }

  private allSubnets(): Promise<EC2.Subnet[]> {
    return (this.subnets ??= collect(EC2.paginateDescribeSubnets({ client: this.ec2 }, {}), (p) => p.Subnets));
  }

  private allGroups(): Promise<EC2.SecurityGroup[]> {
    return (this.groups ??= collect(EC2.paginateDescribeSecurityGroups({ client: this.ec2 }, {}), (p) => p.SecurityGroups));
  }

  async vpcRef(id: string): Promise<VpcRef> {
    const vpc = (await this.allVpcs()).find((v) => v.VpcId === id);
    return { id, cidr: vpc?.CidrBlock, isDefault: vpc?.IsDefault || undefined };
  }

  async subnetRef(id: string): Promise<SubnetRef> {
    const subnet = (await this.allSubnets()).find((s) => s.SubnetId === id);
    return { id, zone: subnet?.AvailabilityZone, cidr: subnet?.CidrBlock, vpc: subnet?.VpcId ? await this.vpcRef(subnet.VpcId) : undefined };
  }

  async groupRef(id: string): Promise<GroupRef> {
    return { id, name: (await this.allGroups()).find((g) => g.GroupId === id)?.GroupName };
  }

  /** The placement of a resource in `subnetIds` and `groupIds`, as a record keeps it. */
  async placementOf(subnetIds: readonly string[], groupIds: readonly string[] = []): Promise<Placement> {
    return {
      subnets: await Promise.all(subnetIds.map((id) => this.subnetRef(id))),
      groups: await Promise.all(groupIds.map((id) => this.groupRef(id))),
    };
  }

  /** The ids of `placement` on this instance: its own, or their counterparts (groups in the VPC of its first subnet). */
  async placementIds(placement: Placement, resource: string): Promise<PlacementIds> {
    const SubnetIds = await Promise.all(placement.subnets.map((s) => this.subnet(s, resource)));
    const first = placement.subnets[0]?.vpc;
    const vpc = first ? await this.vpc(first, resource) : undefined;
    const SecurityGroupIds = await Promise.all(placement.groups.map((g) => this.group(g, vpc, resource)));
    return { SubnetIds, SecurityGroupIds };
  }

  /** The instance's VPC for `ref`: itself, else the VPC of the same CIDR block (and defaultness). */
  async vpc(ref: VpcRef, resource: string): Promise<string> {
    const vpcs = await this.allVpcs();
    if (vpcs.some((v) => v.VpcId === ref.id)) return ref.id;
    const same = vpcs.find((v) => v.CidrBlock === ref.cidr && Boolean(v.IsDefault) === Boolean(ref.isDefault));
    return this.standIn(resource, 'VPC', ref.id, same?.VpcId, `the ${ref.isDefault ? 'default ' : ''}VPC of CIDR block ${ref.cidr}`);
  }

  /** The instance's subnet for `ref`: itself, else the subnet of the same zone and CIDR block in the counterpart of its VPC. */
  async subnet(ref: SubnetRef, resource: string): Promise<string> {
    const subnets = await this.allSubnets();
    if (subnets.some((s) => s.SubnetId === ref.id)) return ref.id;
    const vpc = ref.vpc ? await this.vpc(ref.vpc, resource) : undefined;
    const same = subnets.find((s) => s.AvailabilityZone === ref.zone && s.CidrBlock === ref.cidr && (!vpc || s.VpcId === vpc));
    return this.standIn(resource, 'subnet', ref.id, same?.SubnetId, `the subnet of ${ref.zone} and CIDR block ${ref.cidr}`);
  }

  /** The instance's group for `ref`: itself, else the group of the same name in `vpc`. */
  async group(ref: GroupRef, vpc: string | undefined, resource: string): Promise<string> {
    const groups = await this.allGroups();
    if (groups.some((g) => g.GroupId === ref.id)) return ref.id;
    const same = groups.find((g) => g.GroupName === ref.name && (!vpc || g.VpcId === vpc));
    return this.standIn(resource, 'security group', ref.id, same?.GroupId, `the group named ${ref.name} of its VPC`);
  }

  /** The counterpart found, with a warning; else the pod's id, which the instance then refuses. */
  private standIn(resource: string, kind: string, id: string, found: string | undefined, how: string): string {
    if (!found) return id;
    const key = `${resource}\u0000${id}`;
    if (!this.warned.has(key))
      this.context.warn(resource, `${kind} ${id} is not on this instance (EC2 draws its ids); ${found}, ${how}, stands in for it`);
    this.warned.add(key);
    return found;
  }
}
