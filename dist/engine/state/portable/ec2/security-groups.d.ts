import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/**
 * Security groups, and their rules apart: a rule may name any group of the pod, so every group
 * exists before the first rule goes in. A VPC's default group is the VPC's own: it is updated.
 */
/** A rule as the pod keeps it: one protocol and port range with its sources. */
export type Permission = {
    IpProtocol: string;
    FromPort?: number;
    ToPort?: number;
    IpRanges?: {
        CidrIp: string;
        Description?: string;
    }[];
    Ipv6Ranges?: {
        CidrIpv6: string;
        Description?: string;
    }[];
    PrefixListIds?: {
        PrefixListId: string;
        Description?: string;
    }[];
    UserIdGroupPairs?: {
        GroupId: string;
        Description?: string;
    }[];
};
export type SecurityGroupData = {
    id: string;
    vpcId: string;
    name: string;
    description: string;
    default?: boolean;
    tags?: Tag[];
};
export type SecurityGroupRulesData = {
    id: string;
    ingress?: Permission[];
    egress?: Permission[];
};
export declare const SECURITY_GROUP: import("../kit/records.js").RecordKind<SecurityGroupData>;
export declare const SECURITY_GROUP_RULES: import("../kit/records.js").RecordKind<SecurityGroupRulesData>;
export declare function securityGroupsOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.SecurityGroup[]>;
export declare function captureSecurityGroup(g: EC2.SecurityGroup): SecurityGroupData;
export declare function captureRules(g: EC2.SecurityGroup): SecurityGroupRulesData;
/** Made anew, or for the default group found in its VPC. */
export declare function restoreSecurityGroup(ec2: EC2.EC2Client, ids: Renames, g: SecurityGroupData): Promise<void>;
/** The group's rules become the pod's: those it has (a new group's allow-all egress, a default group's) go first. */
export declare function restoreRules(ec2: EC2.EC2Client, ids: Renames, r: SecurityGroupRulesData): Promise<void>;
/** Rules first (groups name one another), then the groups but the default ones, which go with their VPC. */
export declare function deleteSecurityGroups(ec2: EC2.EC2Client, groups: readonly EC2.SecurityGroup[]): Promise<void>;
