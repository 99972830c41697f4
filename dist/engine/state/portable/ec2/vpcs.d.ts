import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/** VPCs and the DHCP options sets they use. The default VPC of each region is the instance's own, and never kept. */
export type DhcpOptionsData = {
    id: string;
    configurations: {
        Key: string;
        Values: string[];
    }[];
    tags?: Tag[];
};
export type VpcData = {
    id: string;
    cidrBlock: string;
    /** Blocks associated after the first. */
    secondaryCidrBlocks?: string[];
    instanceTenancy?: string;
    enableDnsSupport: boolean;
    enableDnsHostnames: boolean;
    /** Only a set the pod holds: the instance's default set comes with every VPC. */
    dhcpOptionsId?: string;
    tags?: Tag[];
};
export declare const DHCP_OPTIONS: import("../kit/records.js").RecordKind<DhcpOptionsData>;
export declare const VPC: import("../kit/records.js").RecordKind<VpcData>;
/** The DHCP options sets the user made: the instance's default set is named `default` or associated with the default VPC. */
export declare function userDhcpOptions(ec2: EC2.EC2Client, defaultSets: ReadonlySet<string>): Promise<EC2.DhcpOptions[]>;
export declare function captureDhcpOptions(d: EC2.DhcpOptions): DhcpOptionsData;
export declare function captureVpc(ec2: EC2.EC2Client, v: EC2.Vpc, userSets: ReadonlySet<string>): Promise<VpcData>;
export declare function restoreDhcpOptions(ec2: EC2.EC2Client, ids: Renames, d: DhcpOptionsData): Promise<void>;
export declare function restoreVpc(ec2: EC2.EC2Client, ids: Renames, v: VpcData): Promise<void>;
export declare function deleteVpc(ec2: EC2.EC2Client, VpcId: string): Promise<void>;
export declare function deleteDhcpOptions(ec2: EC2.EC2Client, DhcpOptionsId: string): Promise<void>;
