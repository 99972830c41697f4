import * as EC2 from '@aws-sdk/client-ec2';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { dropPodId, filter, tagResource, tagsOf, withPodId } from './tags.js';
const DEFAULT_GROUP = 'default';
export const SECURITY_GROUP = recordKind('security-group');
export const SECURITY_GROUP_RULES = recordKind('security-group-rules', 'rules of security group');
export async function securityGroupsOf(ec2, vpcIds) {
    if (vpcIds.length === 0)
        return [];
    const groups = await collect(EC2.paginateDescribeSecurityGroups({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }), (p) => p.SecurityGroups);
    return sortBy(groups, (g) => g.GroupId);
}
export function captureSecurityGroup(g) {
    const isDefault = g.GroupName === DEFAULT_GROUP;
    return { id: g.GroupId, vpcId: g.VpcId, name: g.GroupName, description: g.Description, default: isDefault || undefined, tags: tagsOf(g.Tags) };
}
/** Only what a rule is: the emulators add empty lists, owners and names beside the ids. */
function permissionOf(p) {
    const described = (item) => (item.Description ? item : { ...item, Description: undefined });
    return {
        IpProtocol: p.IpProtocol,
        FromPort: p.IpProtocol === '-1' ? undefined : p.FromPort,
        ToPort: p.IpProtocol === '-1' ? undefined : p.ToPort,
        IpRanges: nonEmpty(sortBy((p.IpRanges ?? []).map((r) => described({ CidrIp: r.CidrIp, Description: r.Description })), (r) => r.CidrIp)),
        Ipv6Ranges: nonEmpty(sortBy((p.Ipv6Ranges ?? []).map((r) => described({ CidrIpv6: r.CidrIpv6, Description: r.Description })), (r) => r.CidrIpv6)),
        PrefixListIds: nonEmpty(sortBy((p.PrefixListIds ?? []).map((r) => described({ PrefixListId: r.PrefixListId, Description: r.Description })), (r) => r.PrefixListId)),
        UserIdGroupPairs: nonEmpty(sortBy((p.UserIdGroupPairs ?? []).map((r) => described({ GroupId: r.GroupId, Description: r.Description })), (r) => r.GroupId)),
    };
}
function permissionsOf(permissions) {
    return nonEmpty(sortBy((permissions ?? []).map(permissionOf), (p) => JSON.stringify(p)));
}
export function captureRules(g) {
    return { id: g.GroupId, ingress: permissionsOf(g.IpPermissions), egress: permissionsOf(g.IpPermissionsEgress) };
}
/** Made anew, or for the default group found in its VPC. */
export async function restoreSecurityGroup(ec2, ids, g) {
    const VpcId = ids.of(g.vpcId);
    let id;
    if (g.default) {
        const { SecurityGroups } = await ec2.send(new EC2.DescribeSecurityGroupsCommand({ Filters: [filter('vpc-id', VpcId), filter('group-name', DEFAULT_GROUP)] }));
        id = SecurityGroups[0].GroupId;
        await tagResource(ec2, id, g.tags);
    }
    else {
        const created = await ec2.send(new EC2.CreateSecurityGroupCommand({
            GroupName: g.name,
            Description: g.description,
            VpcId,
            TagSpecifications: withPodId('security-group', g.id, g.tags),
        }));
        id = created.GroupId;
        await dropPodId(ec2, id);
    }
    ids.got(SECURITY_GROUP, g.id, id);
}
/** A rule naming the groups and prefix lists as the instance has them now. */
function mapped(p, ids) {
    return {
        ...p,
        PrefixListIds: p.PrefixListIds?.map((r) => ({ ...r, PrefixListId: ids.of(r.PrefixListId) })),
        UserIdGroupPairs: p.UserIdGroupPairs?.map((r) => ({ ...r, GroupId: ids.of(r.GroupId) })),
    };
}
/** The group's rules become the pod's: those it has (a new group's allow-all egress, a default group's) go first. */
export async function restoreRules(ec2, ids, r) {
    const GroupId = ids.of(r.id);
    const { SecurityGroups } = await ec2.send(new EC2.DescribeSecurityGroupsCommand({ GroupIds: [GroupId] }));
    const current = captureRules(SecurityGroups[0]);
    if (current.ingress)
        await ec2.send(new EC2.RevokeSecurityGroupIngressCommand({ GroupId, IpPermissions: current.ingress }));
    if (current.egress)
        await ec2.send(new EC2.RevokeSecurityGroupEgressCommand({ GroupId, IpPermissions: current.egress }));
    if (r.ingress)
        await ec2.send(new EC2.AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: r.ingress.map((p) => mapped(p, ids)) }));
    if (r.egress)
        await ec2.send(new EC2.AuthorizeSecurityGroupEgressCommand({ GroupId, IpPermissions: r.egress.map((p) => mapped(p, ids)) }));
}
/** Rules first (groups name one another), then the groups but the default ones, which go with their VPC. */
export async function deleteSecurityGroups(ec2, groups) {
    for (const g of groups) {
        const { ingress, egress } = captureRules(g);
        if (ingress)
            await unlessMissing(ec2.send(new EC2.RevokeSecurityGroupIngressCommand({ GroupId: g.GroupId, IpPermissions: ingress })));
        if (egress)
            await unlessMissing(ec2.send(new EC2.RevokeSecurityGroupEgressCommand({ GroupId: g.GroupId, IpPermissions: egress })));
    }
    for (const g of groups) {
        if (g.GroupName !== DEFAULT_GROUP)
            await unlessMissing(ec2.send(new EC2.DeleteSecurityGroupCommand({ GroupId: g.GroupId })));
    }
}
