import * as EC2 from '@aws-sdk/client-ec2';
import { clientOf, collect, eachRegion, on, regionsWhere, restoreRecords, sortBy } from '../kit/index.js';
import { captureEndpoint, deleteEndpoints, endpointsOf, restoreEndpoint, VPC_ENDPOINT } from './endpoints.js';
import { captureElasticIp, captureInternetGateway, captureNatGateway, deleteInternetGateway, deleteNatGateway, ELASTIC_IP, elasticIps, INTERNET_GATEWAY, NAT_GATEWAY, natGatewaysOf, releaseElasticIp, restoreElasticIp, restoreInternetGateway, restoreNatGateway, userInternetGateways, } from './gateways.js';
import { Renames } from './ids.js';
import { captureKeyPair, deleteKeyPair, KEY_PAIR, keyPairs, restoreKeyPair } from './key-pairs.js';
import { captureNetworkAcl, deleteNetworkAcl, NETWORK_ACL, networkAclsOf, restoreNetworkAcl } from './network-acls.js';
import { capturePrefixList, deletePrefixList, PREFIX_LIST, restorePrefixList, userPrefixLists } from './prefix-lists.js';
import { captureRouteTable, deleteRouteTable, ROUTE_TABLE, restoreRouteTable, routeTablesOf } from './route-tables.js';
import { captureRules, captureSecurityGroup, deleteSecurityGroups, restoreRules, restoreSecurityGroup, SECURITY_GROUP, SECURITY_GROUP_RULES, securityGroupsOf, } from './security-groups.js';
import { captureSubnet, deleteSubnet, restoreSubnet, SUBNET, subnetsOf } from './subnets.js';
import { captureDhcpOptions, captureVpc, deleteDhcpOptions, deleteVpc, DHCP_OPTIONS, restoreDhcpOptions, restoreVpc, userDhcpOptions, VPC, } from './vpcs.js';
const client = clientOf(EC2.EC2Client);
/**
 * What of a region is the user's. The instance makes a default VPC in every region, with its
 * subnets, route table, security group, ACL, internet gateway and DHCP options: none of it is
 * state, and what lives in it is not kept either.
 */
async function scopeOf(ec2) {
    const all = await collect(EC2.paginateDescribeVpcs({ client: ec2 }, {}), (p) => p.Vpcs);
    const defaults = all.filter((v) => v.IsDefault);
    return {
        vpcs: sortBy(all.filter((v) => !v.IsDefault), (v) => v.VpcId),
        defaultVpcs: new Set(defaults.map((v) => v.VpcId)),
        // moto names the set of a VPC without one `default`.
        defaultSets: new Set(['default', ...defaults.map((v) => v.DhcpOptionsId)]),
    };
}
/** In the order a load makes them: each kind names only kinds before it. */
const capture = eachRegion(async function* (context, region) {
    const ec2 = client(context, region);
    const { vpcs, defaultVpcs, defaultSets } = await scopeOf(ec2);
    const vpcIds = vpcs.map((v) => v.VpcId);
    const sets = await userDhcpOptions(ec2, defaultSets);
    for (const d of sets)
        yield DHCP_OPTIONS.record(region, d.DhcpOptionsId, captureDhcpOptions(d));
    for (const l of await userPrefixLists(ec2, context.account))
        yield PREFIX_LIST.record(region, l.PrefixListId, await capturePrefixList(ec2, l));
    const userSets = new Set(sets.map((d) => d.DhcpOptionsId));
    for (const v of vpcs)
        yield VPC.record(region, v.VpcId, await captureVpc(ec2, v, userSets));
    for (const s of await subnetsOf(ec2, vpcIds))
        yield SUBNET.record(region, s.SubnetId, captureSubnet(s));
    for (const g of await userInternetGateways(ec2, defaultVpcs))
        yield INTERNET_GATEWAY.record(region, g.InternetGatewayId, captureInternetGateway(g));
    for (const a of await elasticIps(ec2)) {
        const data = captureElasticIp(a);
        yield ELASTIC_IP.record(region, data.id, data);
    }
    for (const n of await natGatewaysOf(ec2, vpcIds))
        yield NAT_GATEWAY.record(region, n.NatGatewayId, captureNatGateway(n));
    const groups = await securityGroupsOf(ec2, vpcIds);
    for (const g of groups)
        yield SECURITY_GROUP.record(region, g.GroupId, captureSecurityGroup(g));
    for (const g of groups)
        yield SECURITY_GROUP_RULES.record(region, g.GroupId, captureRules(g));
    for (const t of await routeTablesOf(ec2, vpcIds))
        yield ROUTE_TABLE.record(region, t.RouteTableId, captureRouteTable(t));
    for (const a of await networkAclsOf(ec2, vpcIds))
        yield NETWORK_ACL.record(region, a.NetworkAclId, captureNetworkAcl(a));
    for (const e of await endpointsOf(ec2, vpcIds))
        yield VPC_ENDPOINT.record(region, e.VpcEndpointId, captureEndpoint(e));
    for (const k of await keyPairs(ec2))
        yield KEY_PAIR.record(region, k.KeyName, captureKeyPair(context, k));
});
/** One call finds a region's VPCs; only a region without any of the user's is asked for what lives outside VPCs. */
const regionsWithState = regionsWhere(async (context, region) => {
    const ec2 = client(context, region);
    const { vpcs, defaultSets } = await scopeOf(ec2);
    if (vpcs.length > 0)
        return true;
    const found = await Promise.all([
        ec2.send(new EC2.DescribeKeyPairsCommand({})).then((r) => (r.KeyPairs?.length ?? 0) > 0),
        ec2.send(new EC2.DescribeAddressesCommand({})).then((r) => (r.Addresses?.length ?? 0) > 0),
        userPrefixLists(ec2, context.account).then((l) => l.length > 0),
        userDhcpOptions(ec2, defaultSets).then((d) => d.length > 0),
    ]);
    return found.includes(true);
});
/** What refers to others goes first: endpoints and NAT gateways, then tables, ACLs and groups, then gateways, subnets and VPCs. */
async function clear(context, region) {
    const ec2 = client(context, region);
    const { vpcs, defaultVpcs, defaultSets } = await scopeOf(ec2);
    const vpcIds = vpcs.map((v) => v.VpcId);
    await deleteEndpoints(ec2, await endpointsOf(ec2, vpcIds));
    for (const n of await natGatewaysOf(ec2, vpcIds))
        await deleteNatGateway(ec2, n.NatGatewayId);
    for (const a of await elasticIps(ec2))
        await releaseElasticIp(ec2, a);
    for (const t of await routeTablesOf(ec2, vpcIds))
        await deleteRouteTable(ec2, t);
    for (const a of await networkAclsOf(ec2, vpcIds))
        await deleteNetworkAcl(ec2, a);
    await deleteSecurityGroups(ec2, await securityGroupsOf(ec2, vpcIds));
    for (const g of await userInternetGateways(ec2, defaultVpcs))
        await deleteInternetGateway(ec2, g);
    for (const s of await subnetsOf(ec2, vpcIds))
        await deleteSubnet(ec2, s.SubnetId);
    for (const id of vpcIds)
        await deleteVpc(ec2, id);
    for (const d of await userDhcpOptions(ec2, defaultSets))
        await deleteDhcpOptions(ec2, d.DhcpOptionsId);
    for (const l of await userPrefixLists(ec2, context.account))
        await deletePrefixList(ec2, l.PrefixListId);
    for (const k of await keyPairs(ec2))
        await deleteKeyPair(ec2, k.KeyName);
}
/**
 * EC2 networking: VPCs (CIDR blocks, DNS attributes, tenancy, DHCP options), subnets, route
 * tables with routes and subnets, internet and NAT gateways, elastic IPs, security groups with
 * their rules, network ACLs with entries and subnets, VPC endpoints, key pairs, managed prefix
 * lists, and the tags of each. Instances, volumes and images are not kept.
 */
export const ec2 = {
    name: 'ec2',
    dependsOn: [],
    capture,
    regionsWithState,
    clear,
    // One at a time, in the pod's order: each record names ids the ones before it got.
    restore: (context, region, records) => {
        const ec2 = client(context, region);
        const ids = new Renames(context);
        return restoreRecords(context, records, 1, on(DHCP_OPTIONS, (d) => restoreDhcpOptions(ec2, ids, d)), on(PREFIX_LIST, (l) => restorePrefixList(ec2, ids, l)), on(VPC, (v) => restoreVpc(ec2, ids, v)), on(SUBNET, (s) => restoreSubnet(ec2, ids, s)), on(INTERNET_GATEWAY, (g) => restoreInternetGateway(ec2, ids, g)), on(ELASTIC_IP, (a) => restoreElasticIp(context, ec2, ids, a)), on(NAT_GATEWAY, (n) => restoreNatGateway(ec2, ids, n)), on(SECURITY_GROUP, (g) => restoreSecurityGroup(ec2, ids, g)), on(SECURITY_GROUP_RULES, (r) => restoreRules(ec2, ids, r)), on(ROUTE_TABLE, (t) => restoreRouteTable(ec2, ids, t)), on(NETWORK_ACL, (a) => restoreNetworkAcl(ec2, ids, a)), on(VPC_ENDPOINT, (e) => restoreEndpoint(ec2, ids, e)), on(KEY_PAIR, (k) => restoreKeyPair(ec2, k)));
    },
    requests: { signingName: 'ec2' },
};
