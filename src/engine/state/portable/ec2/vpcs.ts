import * as EC2 from '@aws-sdk/client-ec2';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import type { Renames } from './ids.js';
import { tagResource, tagsOf, type Tag } from './tags.js';

/** VPCs and the DHCP options sets they use. The default VPC of each region is the instance's own, and never kept. */

export type DhcpOptionsData = { id: string; configurations: { Key: string; Values: string[] }[]; tags?: Tag[] };

export type VpcData = {
  id: string;
  cidrBlock: string;
  /** Blocks associated after the first. */
  secondaryCidrBlocks?: string[];
  instanceTenancy?: string;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
  /** Only a set the pod holds: the instance's default set comes with every VPC. */
  dhcpOptionsId?: string;
  tags?: Tag[];
};

export const DHCP_OPTIONS = recordKind<DhcpOptionsData>('dhcp-options', 'DHCP options');
export const VPC = recordKind<VpcData>('vpc', 'VPC');

/** The DHCP options sets the user made: the instance's default set is named `default` or associated with the default VPC. */
export async function userDhcpOptions(ec2: EC2.EC2Client, defaultSets: ReadonlySet<string>): Promise<EC2.DhcpOptions[]> {
  const sets = await collect(EC2.paginateDescribeDhcpOptions({ client: ec2 }, {}), (p) => p.DhcpOptions);
  return sortBy(
    sets.filter((d) => !defaultSets.has(d.DhcpOptionsId!)),
    (d) => d.DhcpOptionsId!,
  );
}

export function captureDhcpOptions(d: EC2.DhcpOptions): DhcpOptionsData {
  const configurations = (d.DhcpConfigurations ?? []).map((c) => ({ Key: c.Key!, Values: (c.Values ?? []).map((v) => v.Value!) }));
  return { id: d.DhcpOptionsId!, configurations: sortBy(configurations, (c) => c.Key), tags: tagsOf(d.Tags) };
}

async function attribute(ec2: EC2.EC2Client, VpcId: string, Attribute: EC2.VpcAttributeName): Promise<boolean> {
  const answer = await ec2.send(new EC2.DescribeVpcAttributeCommand({ VpcId, Attribute }));
  return Boolean(Attribute === 'enableDnsSupport' ? answer.EnableDnsSupport?.Value : answer.EnableDnsHostnames?.Value);
}

export async function captureVpc(ec2: EC2.EC2Client, v: EC2.Vpc, userSets: ReadonlySet<string>): Promise<VpcData> {
  const secondary = (v.CidrBlockAssociationSet ?? [])
    .filter((a) => a.CidrBlock !== v.CidrBlock && a.CidrBlockState?.State === 'associated')
    .map((a) => a.CidrBlock!);
  return {
    id: v.VpcId!,
    cidrBlock: v.CidrBlock!,
    secondaryCidrBlocks: secondary.length > 0 ? secondary : undefined,
    instanceTenancy: v.InstanceTenancy,
    enableDnsSupport: await attribute(ec2, v.VpcId!, 'enableDnsSupport'),
    enableDnsHostnames: await attribute(ec2, v.VpcId!, 'enableDnsHostnames'),
    dhcpOptionsId: userSets.has(v.DhcpOptionsId!) ? v.DhcpOptionsId : undefined,
    tags: tagsOf(v.Tags),
  };
}

export async function restoreDhcpOptions(ec2: EC2.EC2Client, ids: Renames, d: DhcpOptionsData): Promise<void> {
  const created = await ec2.send(new EC2.CreateDhcpOptionsCommand({ DhcpConfigurations: d.configurations }));
  const id = created.DhcpOptions!.DhcpOptionsId!;
  await tagResource(ec2, id, d.tags);
  ids.got(DHCP_OPTIONS, d.id, id);
}

export async function restoreVpc(ec2: EC2.EC2Client, ids: Renames, v: VpcData): Promise<void> {
  const created = await ec2.send(
    new EC2.CreateVpcCommand({
      CidrBlock: v.cidrBlock,
      InstanceTenancy: v.instanceTenancy as EC2.Tenancy | undefined,
      // Not under the pod's id: LocalStack would take it, but leave the VPC without its default security group.
      TagSpecifications: v.tags ? [{ ResourceType: 'vpc', Tags: v.tags }] : undefined,
    }),
  );
  const id = created.Vpc!.VpcId!;
  ids.got(VPC, v.id, id);
  for (const CidrBlock of v.secondaryCidrBlocks ?? []) await ec2.send(new EC2.AssociateVpcCidrBlockCommand({ VpcId: id, CidrBlock }));
  // AWS takes one attribute per call.
  await ec2.send(new EC2.ModifyVpcAttributeCommand({ VpcId: id, EnableDnsSupport: { Value: v.enableDnsSupport } }));
  await ec2.send(new EC2.ModifyVpcAttributeCommand({ VpcId: id, EnableDnsHostnames: { Value: v.enableDnsHostnames } }));
  if (v.dhcpOptionsId) await ec2.send(new EC2.AssociateDhcpOptionsCommand({ VpcId: id, DhcpOptionsId: ids.of(v.dhcpOptionsId) }));
}

export async function deleteVpc(ec2: EC2.EC2Client, VpcId: string): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteVpcCommand({ VpcId })));
}

export async function deleteDhcpOptions(ec2: EC2.EC2Client, DhcpOptionsId: string): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteDhcpOptionsCommand({ DhcpOptionsId })));
}
