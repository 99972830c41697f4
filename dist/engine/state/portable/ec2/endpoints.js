import * as EC2 from '@aws-sdk/client-ec2';
import { canonicalDocument, collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { filter, tagResource, tagsOf } from './tags.js';
export const VPC_ENDPOINT = recordKind('vpc-endpoint', 'VPC endpoint');
export async function endpointsOf(ec2, vpcIds) {
    if (vpcIds.length === 0)
        return [];
    const endpoints = await collect(EC2.paginateDescribeVpcEndpoints({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }), (p) => p.VpcEndpoints);
    return sortBy(endpoints.filter((e) => !['deleted', 'deleting'].includes(String(e.State).toLowerCase())), (e) => e.VpcEndpointId);
}
const sorted = (ids) => nonEmpty((ids ?? []).map((id) => id).sort());
export function captureEndpoint(e) {
    return {
        id: e.VpcEndpointId,
        vpcId: e.VpcId,
        serviceName: e.ServiceName,
        type: e.VpcEndpointType,
        policy: canonicalDocument(e.PolicyDocument),
        privateDnsEnabled: e.VpcEndpointType === 'Interface' ? e.PrivateDnsEnabled : undefined,
        routeTableIds: sorted(e.RouteTableIds),
        subnetIds: sorted(e.SubnetIds),
        securityGroupIds: sorted(e.Groups?.map((g) => g.GroupId)),
        tags: tagsOf(e.Tags),
    };
}
export async function restoreEndpoint(ec2, ids, e) {
    const created = await ec2.send(new EC2.CreateVpcEndpointCommand({
        VpcId: ids.of(e.vpcId),
        ServiceName: e.serviceName,
        VpcEndpointType: e.type,
        PolicyDocument: e.policy,
        PrivateDnsEnabled: e.privateDnsEnabled,
        RouteTableIds: e.routeTableIds?.map(ids.of),
        SubnetIds: e.subnetIds?.map(ids.of),
        SecurityGroupIds: e.securityGroupIds?.map(ids.of),
    }));
    const id = created.VpcEndpoint.VpcEndpointId;
    ids.got(VPC_ENDPOINT, e.id, id);
    await tagResource(ec2, id, e.tags);
}
export async function deleteEndpoints(ec2, endpoints) {
    if (endpoints.length > 0)
        await unlessMissing(ec2.send(new EC2.DeleteVpcEndpointsCommand({ VpcEndpointIds: endpoints.map((e) => e.VpcEndpointId) })));
}
