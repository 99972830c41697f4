import type { ServiceModule } from '../../module.js';
/**
 * EC2 networking: VPCs (CIDR blocks, DNS attributes, tenancy, DHCP options), subnets, route
 * tables with routes and subnets, internet and NAT gateways, elastic IPs, security groups with
 * their rules, network ACLs with entries and subnets, VPC endpoints, key pairs, managed prefix
 * lists, and the tags of each. Instances, volumes and images are not kept.
 */
export declare const ec2: ServiceModule;
