import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/**
 * Route tables with their routes and subnet associations. A VPC's main table is the VPC's own:
 * it is updated. The local route comes with every table, and a gateway endpoint adds its own
 * routes (to its `vpce-` id): neither is kept.
 */
/** One route: its destination and its target, as CreateRoute takes them. */
export type RouteData = Partial<Record<'DestinationCidrBlock' | 'DestinationIpv6CidrBlock' | 'DestinationPrefixListId' | 'GatewayId' | 'NatGatewayId' | 'VpcPeeringConnectionId' | 'TransitGatewayId' | 'EgressOnlyInternetGatewayId' | 'NetworkInterfaceId', string>>;
export type RouteTableData = {
    id: string;
    vpcId: string;
    main?: boolean;
    routes?: RouteData[];
    subnetIds?: string[];
    tags?: Tag[];
};
export declare const ROUTE_TABLE: import("../kit/records.js").RecordKind<RouteTableData>;
export declare function routeTablesOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.RouteTable[]>;
export declare function captureRouteTable(t: EC2.RouteTable): RouteTableData;
export declare function restoreRouteTable(ec2: EC2.EC2Client, ids: Renames, t: RouteTableData): Promise<void>;
/** Its subnets let go first; a main table goes with its VPC. */
export declare function deleteRouteTable(ec2: EC2.EC2Client, t: EC2.RouteTable): Promise<void>;
