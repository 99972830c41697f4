import * as EC2 from '@aws-sdk/client-ec2';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { filter, tagResource, tagsOf } from './tags.js';
export const INTERNET_GATEWAY = recordKind('internet-gateway');
export const ELASTIC_IP = recordKind('elastic-ip', 'elastic IP');
export const NAT_GATEWAY = recordKind('nat-gateway', 'NAT gateway');
/** The internet gateways not attached to a default VPC. */
export async function userInternetGateways(ec2, defaultVpcs) {
    const gateways = await collect(EC2.paginateDescribeInternetGateways({ client: ec2 }, {}), (p) => p.InternetGateways);
    const own = gateways.filter((g) => !(g.Attachments ?? []).some((a) => defaultVpcs.has(a.VpcId)));
    return sortBy(own, (g) => g.InternetGatewayId);
}
export function captureInternetGateway(g) {
    const vpcIds = (g.Attachments ?? []).map((a) => a.VpcId);
    return { id: g.InternetGatewayId, vpcIds: vpcIds.length > 0 ? vpcIds.sort() : undefined, tags: tagsOf(g.Tags) };
}
export async function restoreInternetGateway(ec2, ids, g) {
    const id = (await ec2.send(new EC2.CreateInternetGatewayCommand({}))).InternetGateway.InternetGatewayId;
    ids.got(INTERNET_GATEWAY, g.id, id);
    await tagResource(ec2, id, g.tags);
    for (const vpcId of g.vpcIds ?? [])
        await ec2.send(new EC2.AttachInternetGatewayCommand({ InternetGatewayId: id, VpcId: ids.of(vpcId) }));
}
export async function deleteInternetGateway(ec2, g) {
    for (const a of g.Attachments ?? []) {
        await unlessMissing(ec2.send(new EC2.DetachInternetGatewayCommand({ InternetGatewayId: g.InternetGatewayId, VpcId: a.VpcId })));
    }
    await unlessMissing(ec2.send(new EC2.DeleteInternetGatewayCommand({ InternetGatewayId: g.InternetGatewayId })));
}
export async function elasticIps(ec2) {
    const { Addresses } = await ec2.send(new EC2.DescribeAddressesCommand({}));
    return sortBy(Addresses ?? [], (a) => a.AllocationId ?? a.PublicIp);
}
export function captureElasticIp(a) {
    return { id: a.AllocationId ?? a.PublicIp, publicIp: a.PublicIp, domain: a.Domain, tags: tagsOf(a.Tags) };
}
/** A new address: no API takes one (AWS gives back a released address only to its own account, and not on the emulators). */
export async function restoreElasticIp(context, ec2, ids, a) {
    const allocated = await ec2.send(new EC2.AllocateAddressCommand({ Domain: a.domain ?? 'vpc' }));
    const id = allocated.AllocationId ?? allocated.PublicIp;
    ids.got(ELASTIC_IP, a.id, id);
    await tagResource(ec2, id, a.tags);
    if (allocated.PublicIp !== a.publicIp)
        context.warn(ELASTIC_IP.label(a.id), `its public IP ${a.publicIp} is now ${allocated.PublicIp}: the instance draws addresses`);
}
export async function releaseElasticIp(ec2, a) {
    if (a.AssociationId)
        await unlessMissing(ec2.send(new EC2.DisassociateAddressCommand({ AssociationId: a.AssociationId })));
    await unlessMissing(ec2.send(new EC2.ReleaseAddressCommand(a.AllocationId ? { AllocationId: a.AllocationId } : { PublicIp: a.PublicIp })));
}
/** The NAT gateways of the user's VPCs that still stand. */
export async function natGatewaysOf(ec2, vpcIds) {
    if (vpcIds.length === 0)
        return [];
    const gateways = await collect(EC2.paginateDescribeNatGateways({ client: ec2 }, { Filter: [filter('vpc-id', ...vpcIds)] }), (p) => p.NatGateways);
    return sortBy(gateways.filter((n) => n.State !== 'deleted' && n.State !== 'deleting' && n.State !== 'failed'), (n) => n.NatGatewayId);
}
export function captureNatGateway(n) {
    return {
        id: n.NatGatewayId,
        subnetId: n.SubnetId,
        allocationId: n.NatGatewayAddresses?.[0]?.AllocationId,
        connectivityType: n.ConnectivityType === 'public' ? undefined : n.ConnectivityType,
        tags: tagsOf(n.Tags),
    };
}
export async function restoreNatGateway(ec2, ids, n) {
    const created = await ec2.send(new EC2.CreateNatGatewayCommand({
        SubnetId: ids.of(n.subnetId),
        AllocationId: ids.of(n.allocationId),
        ConnectivityType: n.connectivityType,
    }));
    const id = created.NatGateway.NatGatewayId;
    ids.got(NAT_GATEWAY, n.id, id);
    await tagResource(ec2, id, n.tags);
}
export async function deleteNatGateway(ec2, NatGatewayId) {
    await unlessMissing(ec2.send(new EC2.DeleteNatGatewayCommand({ NatGatewayId })));
}
