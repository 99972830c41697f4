import * as EC2 from '@aws-sdk/client-ec2';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { filter, tagResource, tagsOf } from './tags.js';
export const NETWORK_ACL = recordKind('network-acl', 'network ACL');
/** The rule every ACL ends with (deny all), which no API changes. */
const LAST_RULE = 32767;
export async function networkAclsOf(ec2, vpcIds) {
    if (vpcIds.length === 0)
        return [];
    const acls = await collect(EC2.paginateDescribeNetworkAcls({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }), (p) => p.NetworkAcls);
    return sortBy(acls, (a) => a.NetworkAclId);
}
function entryOf(e) {
    return {
        RuleNumber: e.RuleNumber,
        Egress: e.Egress,
        Protocol: e.Protocol,
        RuleAction: e.RuleAction,
        CidrBlock: e.CidrBlock,
        Ipv6CidrBlock: e.Ipv6CidrBlock,
        PortRange: e.PortRange && (e.PortRange.From !== undefined || e.PortRange.To !== undefined) ? { From: e.PortRange.From, To: e.PortRange.To } : undefined,
        IcmpTypeCode: e.IcmpTypeCode && (e.IcmpTypeCode.Code !== undefined || e.IcmpTypeCode.Type !== undefined)
            ? { Code: e.IcmpTypeCode.Code, Type: e.IcmpTypeCode.Type }
            : undefined,
    };
}
const entriesOf = (a) => (a.Entries ?? []).filter((e) => e.RuleNumber !== LAST_RULE).map(entryOf);
export function captureNetworkAcl(a) {
    return {
        id: a.NetworkAclId,
        vpcId: a.VpcId,
        default: a.IsDefault || undefined,
        entries: nonEmpty(sortBy(entriesOf(a), (e) => `${e.Egress ? 1 : 0}${String(e.RuleNumber).padStart(5, '0')}`)),
        // The default ACL holds every subnet no other holds: they go there by themselves.
        subnetIds: a.IsDefault ? undefined : nonEmpty((a.Associations ?? []).map((s) => s.SubnetId).sort()),
        tags: tagsOf(a.Tags),
    };
}
async function defaultAclOf(ec2, vpcId) {
    const { NetworkAcls } = await ec2.send(new EC2.DescribeNetworkAclsCommand({ Filters: [filter('vpc-id', vpcId), filter('default', 'true')] }));
    return NetworkAcls[0];
}
/** Moves a subnet from the ACL it is in to `NetworkAclId`. */
async function moveSubnet(ec2, subnetId, NetworkAclId) {
    const { NetworkAcls } = await ec2.send(new EC2.DescribeNetworkAclsCommand({ Filters: [filter('association.subnet-id', subnetId)] }));
    // MiniStack ignores the filter: every ACL comes back.
    const association = (NetworkAcls ?? []).flatMap((a) => a.Associations ?? []).find((a) => a.SubnetId === subnetId);
    if (!association)
        throw new Error(`the instance holds subnet ${subnetId} in no network ACL, so it cannot be moved to ${NetworkAclId}`);
    await ec2.send(new EC2.ReplaceNetworkAclAssociationCommand({ AssociationId: association.NetworkAclAssociationId, NetworkAclId }));
}
export async function restoreNetworkAcl(ec2, ids, a) {
    const VpcId = ids.of(a.vpcId);
    const acl = a.default ? await defaultAclOf(ec2, VpcId) : (await ec2.send(new EC2.CreateNetworkAclCommand({ VpcId }))).NetworkAcl;
    const id = acl.NetworkAclId;
    ids.got(NETWORK_ACL, a.id, id);
    await tagResource(ec2, id, a.tags);
    for (const e of entriesOf(acl))
        await ec2.send(new EC2.DeleteNetworkAclEntryCommand({ NetworkAclId: id, RuleNumber: e.RuleNumber, Egress: e.Egress }));
    for (const e of a.entries ?? [])
        await ec2.send(new EC2.CreateNetworkAclEntryCommand({ NetworkAclId: id, ...e, RuleAction: e.RuleAction }));
    for (const subnetId of a.subnetIds ?? [])
        await moveSubnet(ec2, ids.of(subnetId), id);
}
/** Its subnets go back to the default ACL first; a default ACL goes with its VPC. */
export async function deleteNetworkAcl(ec2, a) {
    if (a.IsDefault)
        return;
    if ((a.Associations ?? []).length > 0) {
        const fallback = (await defaultAclOf(ec2, a.VpcId)).NetworkAclId;
        for (const s of a.Associations ?? [])
            await unlessMissing(moveSubnet(ec2, s.SubnetId, fallback));
    }
    await unlessMissing(ec2.send(new EC2.DeleteNetworkAclCommand({ NetworkAclId: a.NetworkAclId })));
}
