import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/** VPC endpoints, gateway (routes in route tables) and interface (in subnets, behind security groups). */
export type VpcEndpointData = {
    id: string;
    vpcId: string;
    serviceName: string;
    type?: string;
    policy?: string;
    privateDnsEnabled?: boolean;
    routeTableIds?: string[];
    subnetIds?: string[];
    securityGroupIds?: string[];
    tags?: Tag[];
};
export declare const VPC_ENDPOINT: import("../kit/records.js").RecordKind<VpcEndpointData>;
export declare function endpointsOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.VpcEndpoint[]>;
export declare function captureEndpoint(e: EC2.VpcEndpoint): VpcEndpointData;
export declare function restoreEndpoint(ec2: EC2.EC2Client, ids: Renames, e: VpcEndpointData): Promise<void>;
export declare function deleteEndpoints(ec2: EC2.EC2Client, endpoints: readonly EC2.VpcEndpoint[]): Promise<void>;
