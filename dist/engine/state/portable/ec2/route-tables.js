import * as EC2 from '@aws-sdk/client-ec2';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { filter, tagResource, tagsOf } from './tags.js';
export const ROUTE_TABLE = recordKind('route-table');
const ROUTE_FIELDS = [
    'DestinationCidrBlock',
    'DestinationIpv6CidrBlock',
    'DestinationPrefixListId',
    'GatewayId',
    'NatGatewayId',
    'VpcPeeringConnectionId',
    'TransitGatewayId',
    'EgressOnlyInternetGatewayId',
    'NetworkInterfaceId',
];
export async function routeTablesOf(ec2, vpcIds) {
    if (vpcIds.length === 0)
        return [];
    const tables = await collect(EC2.paginateDescribeRouteTables({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }), (p) => p.RouteTables);
    return sortBy(tables, (t) => t.RouteTableId);
}
const isMain = (t) => (t.Associations ?? []).some((a) => a.Main);
function routeOf(r) {
    return Object.fromEntries(ROUTE_FIELDS.filter((f) => r[f]).map((f) => [f, r[f]]));
}
/** Routes the user made: not the local one, nor those a gateway endpoint adds. */
const userRoute = (r) => r.Origin !== 'CreateRouteTable' && r.GatewayId !== 'local' && !r.GatewayId?.startsWith('vpce-');
export function captureRouteTable(t) {
    const subnetIds = (t.Associations ?? []).filter((a) => a.SubnetId).map((a) => a.SubnetId);
    return {
        id: t.RouteTableId,
        vpcId: t.VpcId,
        main: isMain(t) || undefined,
        routes: nonEmpty(sortBy((t.Routes ?? []).filter(userRoute).map(routeOf), (r) => JSON.stringify(r))),
        subnetIds: nonEmpty(subnetIds.sort()),
        tags: tagsOf(t.Tags),
    };
}
async function mainTableOf(ec2, vpcId) {
    const { RouteTables } = await ec2.send(new EC2.DescribeRouteTablesCommand({ Filters: [filter('vpc-id', vpcId), filter('association.main', 'true')] }));
    return RouteTables[0].RouteTableId;
}
export async function restoreRouteTable(ec2, ids, t) {
    const VpcId = ids.of(t.vpcId);
    const id = t.main ? await mainTableOf(ec2, VpcId) : (await ec2.send(new EC2.CreateRouteTableCommand({ VpcId }))).RouteTable.RouteTableId;
    ids.got(ROUTE_TABLE, t.id, id);
    await tagResource(ec2, id, t.tags);
    for (const route of t.routes ?? []) {
        const targets = Object.fromEntries(Object.entries(route).map(([field, value]) => [
            field,
            field.startsWith('Destination') && field !== 'DestinationPrefixListId' ? value : ids.of(value),
        ]));
        await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: id, ...targets }));
    }
    for (const subnetId of t.subnetIds ?? [])
        await ec2.send(new EC2.AssociateRouteTableCommand({ RouteTableId: id, SubnetId: ids.of(subnetId) }));
}
/** Its subnets let go first; a main table goes with its VPC. */
export async function deleteRouteTable(ec2, t) {
    for (const a of t.Associations ?? []) {
        if (!a.Main)
            await unlessMissing(ec2.send(new EC2.DisassociateRouteTableCommand({ AssociationId: a.RouteTableAssociationId })));
    }
    if (!isMain(t))
        await unlessMissing(ec2.send(new EC2.DeleteRouteTableCommand({ RouteTableId: t.RouteTableId })));
}
