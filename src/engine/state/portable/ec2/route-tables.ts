import * as EC2 from '@aws-sdk/client-ec2';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import type { Renames } from './ids.js';
import { filter, tagResource, tagsOf, type Tag } from './tags.js';

/**
 * Route tables with their routes and subnet associations. A VPC's main table is the VPC's own:
 * it is updated. The local route comes with every table, and a gateway endpoint adds its own
 * routes (to its `vpce-` id): neither is kept.
 */

/** One route: its destination and its target, as CreateRoute takes them. */
export type RouteData = Partial<
  Record<
    | 'DestinationCidrBlock'
    | 'DestinationIpv6CidrBlock'
    | 'DestinationPrefixListId'
    | 'GatewayId'
    | 'NatGatewayId'
    | 'VpcPeeringConnectionId'
    | 'TransitGatewayId'
    | 'EgressOnlyInternetGatewayId'
    | 'NetworkInterfaceId',
    string
  >
>;

export type RouteTableData = { id: string; vpcId: string; main?: boolean; routes?: RouteData[]; subnetIds?: string[]; tags?: Tag[] };

export const ROUTE_TABLE = recordKind<RouteTableData>('route-table');

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
] as const;

export async function routeTablesOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.RouteTable[]> {
  if (vpcIds.length === 0) return [];
  const tables = await collect(EC2.paginateDescribeRouteTables({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }), (p) => p.RouteTables);
  return sortBy(tables, (t) => t.RouteTableId!);
}

const isMain = (t: EC2.RouteTable) => (t.Associations ?? []).some((a) => a.Main);

function routeOf(r: EC2.Route): RouteData {
  return Object.fromEntries(ROUTE_FIELDS.filter((f) => r[f]).map((f) => [f, r[f]!]));
}

/** Routes the user made: not the local one, nor those a gateway endpoint adds. */
const userRoute = (r: EC2.Route) => r.Origin !== 'CreateRouteTable' && r.GatewayId !== 'local' && !r.GatewayId?.startsWith('vpce-');

export function captureRouteTable(t: EC2.RouteTable): RouteTableData {
  const subnetIds = (t.Associations ?? []).filter((a) => a.SubnetId).map((a) => a.SubnetId!);
  return {
    id: t.RouteTableId!,
    vpcId: t.VpcId!,
    main: isMain(t) || undefined,
    routes: nonEmpty(sortBy((t.Routes ?? []).filter(userRoute).map(routeOf), (r) => JSON.stringify(r))),
    subnetIds: nonEmpty(subnetIds.sort()),
    tags: tagsOf(t.Tags),
  };
}

async function mainTableOf(ec2: EC2.EC2Client, vpcId: string): Promise<string> {
  const { RouteTables } = await ec2.send(
    new EC2.DescribeRouteTablesCommand({ Filters: [filter('vpc-id', vpcId), filter('association.main', 'true')] }),
  );
  return RouteTables![0]!.RouteTableId!;
}

export async function restoreRouteTable(ec2: EC2.EC2Client, ids: Renames, t: RouteTableData): Promise<void> {
  const VpcId = ids.of(t.vpcId);
  const id = t.main ? await mainTableOf(ec2, VpcId) : (await ec2.send(new EC2.CreateRouteTableCommand({ VpcId }))).RouteTable!.RouteTableId!;
  ids.got(ROUTE_TABLE, t.id, id);
  await tagResource(ec2, id, t.tags);
  for (const route of t.routes ?? []) {
    const targets = Object.fromEntries(
      Object.entries(route).map(([field, value]) => [
        field,
        field.startsWith('Destination') && field !== 'DestinationPrefixListId' ? value : ids.of(value),
      ]),
    );
    await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: id, ...targets }));
  }
  for (const subnetId of t.subnetIds ?? []) await ec2.send(new EC2.AssociateRouteTableCommand({ RouteTableId: id, SubnetId: ids.of(subnetId) }));
}

/** Its subnets let go first; a main table goes with its VPC. */
export async function deleteRouteTable(ec2: EC2.EC2Client, t: EC2.RouteTable): Promise<void> {
  for (const a of t.Associations ?? []) {
    if (!a.Main) await unlessMissing(ec2.send(new EC2.DisassociateRouteTableCommand({ AssociationId: a.RouteTableAssociationId })));
  }
  if (!isMain(t)) await unlessMissing(ec2.send(new EC2.DeleteRouteTableCommand({ RouteTableId: t.RouteTableId })));
}
