import * as EC2 from '@aws-sdk/client-ec2';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { tagResource, tagsOf } from './tags.js';
export const DHCP_OPTIONS = recordKind('dhcp-options', 'DHCP options');
export const VPC = recordKind('vpc', 'VPC');
/** The DHCP options sets the user made: the instance's default set is named `default` or associated with the default VPC. */
export async function userDhcpOptions(ec2, defaultSets) {
    const sets = await collect(EC2.paginateDescribeDhcpOptions({ client: ec2 }, {}), (p) => p.DhcpOptions);
    return sortBy(sets.filter((d) => !defaultSets.has(d.DhcpOptionsId)), (d) => d.DhcpOptionsId);
}
export function captureDhcpOptions(d) {
    const configurations = (d.DhcpConfigurations ?? []).map((c) => ({ Key: c.Key, Values: (c.Values ?? []).map((v) => v.Value) }));
    return { id: d.DhcpOptionsId, configurations: sortBy(configurations, (c) => c.Key), tags: tagsOf(d.Tags) };
}
async function attribute(ec2, VpcId, Attribute) {
    const answer = await ec2.send(new EC2.DescribeVpcAttributeCommand({ VpcId, Attribute }));
    return Boolean(Attribute === 'enableDnsSupport' ? answer.EnableDnsSupport?.Value : answer.EnableDnsHostnames?.Value);
}
export async function captureVpc(ec2, v, userSets) {
    const secondary = (v.CidrBlockAssociationSet ?? [])
        .filter((a) => a.CidrBlock !== v.CidrBlock && a.CidrBlockState?.State === 'associated')
        .map((a) => a.CidrBlock);
    return {
        id: v.VpcId,
        cidrBlock: v.CidrBlock,
        secondaryCidrBlocks: secondary.length > 0 ? secondary : undefined,
        instanceTenancy: v.InstanceTenancy,
        enableDnsSupport: await attribute(ec2, v.VpcId, 'enableDnsSupport'),
        enableDnsHostnames: await attribute(ec2, v.VpcId, 'enableDnsHostnames'),
        dhcpOptionsId: userSets.has(v.DhcpOptionsId) ? v.DhcpOptionsId : undefined,
        tags: tagsOf(v.Tags),
    };
}
export async function restoreDhcpOptions(ec2, ids, d) {
    const created = await ec2.send(new EC2.CreateDhcpOptionsCommand({ DhcpConfigurations: d.configurations }));
    const id = created.DhcpOptions.DhcpOptionsId;
    await tagResource(ec2, id, d.tags);
    ids.got(DHCP_OPTIONS, d.id, id);
}
export async function restoreVpc(ec2, ids, v) {
    const created = await ec2.send(new EC2.CreateVpcCommand({
        CidrBlock: v.cidrBlock,
        InstanceTenancy: v.instanceTenancy,
        // Not under the pod's id: LocalStack would take it, but leave the VPC without its default security group.
        TagSpecifications: v.tags ? [{ ResourceType: 'vpc', Tags: v.tags }] : undefined,
    }));
    const id = created.Vpc.VpcId;
    ids.got(VPC, v.id, id);
    for (const CidrBlock of v.secondaryCidrBlocks ?? [])
        await ec2.send(new EC2.AssociateVpcCidrBlockCommand({ VpcId: id, CidrBlock }));
    // AWS takes one attribute per call.
    await ec2.send(new EC2.ModifyVpcAttributeCommand({ VpcId: id, EnableDnsSupport: { Value: v.enableDnsSupport } }));
    await ec2.send(new EC2.ModifyVpcAttributeCommand({ VpcId: id, EnableDnsHostnames: { Value: v.enableDnsHostnames } }));
    if (v.dhcpOptionsId)
        await ec2.send(new EC2.AssociateDhcpOptionsCommand({ VpcId: id, DhcpOptionsId: ids.of(v.dhcpOptionsId) }));
}
export async function deleteVpc(ec2, VpcId) {
    await unlessMissing(ec2.send(new EC2.DeleteVpcCommand({ VpcId })));
}
export async function deleteDhcpOptions(ec2, DhcpOptionsId) {
    await unlessMissing(ec2.send(new EC2.DeleteDhcpOptionsCommand({ DhcpOptionsId })));
}
