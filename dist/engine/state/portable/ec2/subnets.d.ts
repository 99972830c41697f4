import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
export type SubnetData = {
    id: string;
    vpcId: string;
    cidrBlock: string;
    availabilityZone: string;
    mapPublicIpOnLaunch?: boolean;
    tags?: Tag[];
};
export declare const SUBNET: import("../kit/records.js").RecordKind<SubnetData>;
/** The subnets of the user's VPCs. */
export declare function subnetsOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.Subnet[]>;
export declare function captureSubnet(s: EC2.Subnet): SubnetData;
export declare function restoreSubnet(ec2: EC2.EC2Client, ids: Renames, s: SubnetData): Promise<void>;
export declare function deleteSubnet(ec2: EC2.EC2Client, SubnetId: string): Promise<void>;
