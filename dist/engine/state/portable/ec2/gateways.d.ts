import * as EC2 from '@aws-sdk/client-ec2';
import type { ServiceContext } from '../../module.js';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/** Internet gateways, elastic IPs and the NAT gateways that hold them. */
export type InternetGatewayData = {
    id: string;
    vpcIds?: string[];
    tags?: Tag[];
};
export type ElasticIpData = {
    id: string;
    publicIp: string;
    domain?: string;
    tags?: Tag[];
};
export type NatGatewayData = {
    id: string;
    subnetId: string;
    allocationId?: string;
    connectivityType?: string;
    tags?: Tag[];
};
export declare const INTERNET_GATEWAY: import("../kit/records.js").RecordKind<InternetGatewayData>;
export declare const ELASTIC_IP: import("../kit/records.js").RecordKind<ElasticIpData>;
export declare const NAT_GATEWAY: import("../kit/records.js").RecordKind<NatGatewayData>;
/** The internet gateways not attached to a default VPC. */
export declare function userInternetGateways(ec2: EC2.EC2Client, defaultVpcs: ReadonlySet<string>): Promise<EC2.InternetGateway[]>;
export declare function captureInternetGateway(g: EC2.InternetGateway): InternetGatewayData;
export declare function restoreInternetGateway(ec2: EC2.EC2Client, ids: Renames, g: InternetGatewayData): Promise<void>;
export declare function deleteInternetGateway(ec2: EC2.EC2Client, g: EC2.InternetGateway): Promise<void>;
export declare function elasticIps(ec2: EC2.EC2Client): Promise<EC2.Address[]>;
export declare function captureElasticIp(a: EC2.Address): ElasticIpData;
/** A new address: no API takes one (AWS gives back a released address only to its own account, and not on the emulators). */
export declare function restoreElasticIp(context: ServiceContext, ec2: EC2.EC2Client, ids: Renames, a: ElasticIpData): Promise<void>;
export declare function releaseElasticIp(ec2: EC2.EC2Client, a: EC2.Address): Promise<void>;
/** The NAT gateways of the user's VPCs that still stand. */
export declare function natGatewaysOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.NatGateway[]>;
export declare function captureNatGateway(n: EC2.NatGateway): NatGatewayData;
export declare function restoreNatGateway(ec2: EC2.EC2Client, ids: Renames, n: NatGatewayData): Promise<void>;
export declare function deleteNatGateway(ec2: EC2.EC2Client, NatGatewayId: string): Promise<void>;
