import * as EC2 from '@aws-sdk/client-ec2';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import type { Renames } from './ids.js';
import { filter, tagsOf, type Tag } from './tags.js';

export type SubnetData = { id: string; vpcId: string; cidrBlock: string; availabilityZone: string; mapPublicIpOnLaunch?: boolean; tags?: Tag[] };

export const SUBNET = recordKind<SubnetData>('subnet');

/** The subnets of the user's VPCs. */
export async function subnetsOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.Subnet[]> {
  if (vpcIds.length === 0) return [];
  const subnets = await collect(EC2.paginateDescribeSubnets({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }), (p) => p.Subnets);
  return sortBy(subnets, (s) => s.SubnetId!);
}

export function captureSubnet(s: EC2.Subnet): SubnetData {
  return {
    id: s.SubnetId!,
    vpcId: s.VpcId!,
    cidrBlock: s.CidrBlock!,
    availabilityZone: s.AvailabilityZone!,
    mapPublicIpOnLaunch: s.MapPublicIpOnLaunch || undefined,
    tags: tagsOf(s.Tags),
  };
}

export async function restoreSubnet(ec2: EC2.EC2Client, ids: Renames, s: SubnetData): Promise<void> {
  const created = await ec2.send(
    new EC2.CreateSubnetCommand({
      VpcId: ids.of(s.vpcId),
      CidrBlock: s.cidrBlock,
      AvailabilityZone: s.availabilityZone,
      // Not under the pod's id: LocalStack would take it, but leave the subnet's default ACL association under the id it drew.
      TagSpecifications: s.tags ? [{ ResourceType: 'subnet', Tags: s.tags }] : undefined,
    }),
  );
  const id = created.Subnet!.SubnetId!;
  ids.got(SUBNET, s.id, id);
  if (s.mapPublicIpOnLaunch) await ec2.send(new EC2.ModifySubnetAttributeCommand({ SubnetId: id, MapPublicIpOnLaunch: { Value: true } }));
}

export async function deleteSubnet(ec2: EC2.EC2Client, SubnetId: string): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteSubnetCommand({ SubnetId })));
}
