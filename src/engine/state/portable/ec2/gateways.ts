import * as EC2 from '@aws-sdk/client-ec2';
import type { ServiceContext } from '../../module.js';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import type { Renames } from './ids.js';
import { filter, tagResource, tagsOf, type Tag } from './tags.js';

/** Internet gateways, elastic IPs and the NAT gateways that hold them. */

export type InternetGatewayData = { id: string; vpcIds?: string[]; tags?: Tag[] };
export type ElasticIpData = { id: string; publicIp: string; domain?: string; tags?: Tag[] };
export type NatGatewayData = { id: string; subnetId: string; allocationId?: string; connectivityType?: string; tags?: Tag[] };

export const INTERNET_GATEWAY = recordKind<InternetGatewayData>('internet-gateway');
export const ELASTIC_IP = recordKind<ElasticIpData>('elastic-ip', 'elastic IP');
export const NAT_GATEWAY = recordKind<NatGatewayData>('nat-gateway', 'NAT gateway');

/** The internet gateways not attached to a default VPC. */
export async function userInternetGateways(ec2: EC2.EC2Client, defaultVpcs: ReadonlySet<string>): Promise<EC2.InternetGateway[]> {
  const gateways = await collect(EC2.paginateDescribeInternetGateways({ client: ec2 }, {}), (p) => p.InternetGateways);
  const own = gateways.filter((g) => !(g.Attachments ?? []).some((a) => defaultVpcs.has(a.VpcId!)));
  return sortBy(own, (g) => g.InternetGatewayId!);
}

export function captureInternetGateway(g: EC2.InternetGateway): InternetGatewayData {
  const vpcIds = (g.Attachments ?? []).map((a) => a.VpcId!);
  return { id: g.InternetGatewayId!, vpcIds: vpcIds.length > 0 ? vpcIds.sort() : undefined, tags: tagsOf(g.Tags) };
}

export async function restoreInternetGateway(ec2: EC2.EC2Client, ids: Renames, g: InternetGatewayData): Promise<void> {
  const id = (await ec2.send(new EC2.CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  ids.got(INTERNET_GATEWAY, g.id, id);
  await tagResource(ec2, id, g.tags);
  for (const vpcId of g.vpcIds ?? []) await ec2.send(new EC2.AttachInternetGatewayCommand({ InternetGatewayId: id, VpcId: ids.of(vpcId) }));
}

export async function deleteInternetGateway(ec2: EC2.EC2Client, g: EC2.InternetGateway): Promise<void> {
  for (const a of g.Attachments ?? []) {
    await unlessMissing(ec2.send(new EC2.DetachInternetGatewayCommand({ InternetGatewayId: g.InternetGatewayId, VpcId: a.VpcId })));
  }
  await unlessMissing(ec2.send(new EC2.DeleteInternetGatewayCommand({ InternetGatewayId: g.InternetGatewayId })));
}

export async function elasticIps(ec2: EC2.EC2Client): Promise<EC2.Address[]> {
  const { Addresses } = await ec2.send(new EC2.DescribeAddressesCommand({}));
  return sortBy(Addresses ?? [], (a) => a.AllocationId ?? a.PublicIp!);
}

export function captureElasticIp(a: EC2.Address): ElasticIpData {
  return { id: a.AllocationId ?? a.PublicIp!, publicIp: a.PublicIp!, domain: a.Domain, tags: tagsOf(a.Tags) };
}

/** A new address: no API takes one (AWS gives back a released address only to its own account, and not on the emulators). */
export async function restoreElasticIp(context: ServiceContext, ec2: EC2.EC2Client, ids: Renames, a: ElasticIpData): Promise<void> {
  const allocated = await ec2.send(new EC2.AllocateAddressCommand({ Domain: (a.domain as EC2.DomainType | undefined) ?? 'vpc' }));
  const id = allocated.AllocationId ?? allocated.PublicIp!;
  ids.got(ELASTIC_IP, a.id, id);
  await tagResource(ec2, id, a.tags);
  if (allocated.PublicIp !== a.publicIp)
    context.warn(ELASTIC_IP.label(a.id), `its public IP ${a.publicIp} is now ${allocated.PublicIp}: the instance draws addresses`);
}

export async function releaseElasticIp(ec2: EC2.EC2Client, a: EC2.Address): Promise<void> {
  if (a.AssociationId) await unlessMissing(ec2.send(new EC2.DisassociateAddressCommand({ AssociationId: a.AssociationId })));
  await unlessMissing(ec2.send(new EC2.ReleaseAddressCommand(a.AllocationId ? { AllocationId: a.AllocationId } : { PublicIp: a.PublicIp })));
}

/** The NAT gateways of the user's VPCs that still stand. */
export async function natGatewaysOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.NatGateway[]> {
  if (vpcIds.length === 0) return [];
  const gateways = await collect(EC2.paginateDescribeNatGateways({ client: ec2 }, { Filter: [filter('vpc-id', ...vpcIds)] }), (p) => p.NatGateways);
  return sortBy(
    gateways.filter((n) => n.State !== 'deleted' && n.State !== 'deleting' && n.State !== 'failed'),
    (n) => n.NatGatewayId!,
  );
}

export function captureNatGateway(n: EC2.NatGateway): NatGatewayData {
  return {
    id: n.NatGatewayId!,
    subnetId: n.SubnetId!,
    allocationId: n.NatGatewayAddresses?.[0]?.AllocationId,
    connectivityType: n.ConnectivityType === 'public' ? undefined : n.ConnectivityType,
    tags: tagsOf(n.Tags),
  };
}

export async function restoreNatGateway(ec2: EC2.EC2Client, ids: Renames, n: NatGatewayData): Promise<void> {
  const created = await ec2.send(
    new EC2.CreateNatGatewayCommand({
      SubnetId: ids.of(n.subnetId),
      AllocationId: ids.of(n.allocationId),
      ConnectivityType: n.connectivityType as EC2.ConnectivityType | undefined,
    }),
  );
  const id = created.NatGateway!.NatGatewayId!;
  ids.got(NAT_GATEWAY, n.id, id);
  await tagResource(ec2, id, n.tags);
}

export async function deleteNatGateway(ec2: EC2.EC2Client, NatGatewayId: string): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteNatGatewayCommand({ NatGatewayId })));
}
