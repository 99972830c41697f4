import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/**
 * Network ACLs with their entries and subnets. A VPC's default ACL is the VPC's own: it is
 * updated, and a subnet the pod has in no other ACL is in it already.
 */
export type AclEntryData = {
    RuleNumber: number;
    Egress: boolean;
    Protocol: string;
    RuleAction: string;
    CidrBlock?: string;
    Ipv6CidrBlock?: string;
    PortRange?: {
        From?: number;
        To?: number;
    };
    IcmpTypeCode?: {
        Code?: number;
        Type?: number;
    };
};
export type NetworkAclData = {
    id: string;
    vpcId: string;
    default?: boolean;
    entries?: AclEntryData[];
    subnetIds?: string[];
    tags?: Tag[];
};
export declare const NETWORK_ACL: import("../kit/records.js").RecordKind<NetworkAclData>;
export declare function networkAclsOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.NetworkAcl[]>;
export declare function captureNetworkAcl(a: EC2.NetworkAcl): NetworkAclData;
export declare function restoreNetworkAcl(ec2: EC2.EC2Client, ids: Renames, a: NetworkAclData): Promise<void>;
/** Its subnets go back to the default ACL first; a default ACL goes with its VPC. */
export declare function deleteNetworkAcl(ec2: EC2.EC2Client, a: EC2.NetworkAcl): Promise<void>;
