import { o as __toESM } from "./rolldown-runtime.js";
import { d as unlessMissing, m as clientOf, n as require_dist_cjs, r as collect } from "./kit.js";
import { t as IdMap } from "./ids.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords, t as canonicalDocument } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags } from "./tags.js";
// src/engine/state/portable/ec2/tags.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
/** LocalStack makes a security group under the id this tag names (moto and MiniStack keep it as a tag). */
const CUSTOM_ID_TAG = "_custom_id_";
/** A resource's own tags, sorted: AWS's (`aws:`) and the id tag a load gave are not the user's. */
function tagsOf(tags) {
	const own = (tags ?? []).filter((t) => t.Key !== "_custom_id_" && !t.Key?.startsWith("aws:"));
	return sortedTags(own.map((t) => ({
		Key: t.Key,
		Value: t.Value ?? ""
	})), (t) => t.Key);
}
/** Sets the pod's tags on a resource the load made or took over. */
async function tagResource(ec2, id, tags) {
	if (tags) await ec2.send(new import_dist_cjs.CreateTagsCommand({
		Resources: [id],
		Tags: [...tags]
	}));
}
/** The tags to create a resource with, asking the instance for the pod's id. */
function withPodId(type, id, tags) {
	return [{
		ResourceType: type,
		Tags: [...tags ?? [], {
			Key: CUSTOM_ID_TAG,
			Value: id
		}]
	}];
}
/** Removes the id tag, which the instance keeps when it does not take ids from it. */
async function dropPodId(ec2, id) {
	await ec2.send(new import_dist_cjs.DeleteTagsCommand({
		Resources: [id],
		Tags: [{ Key: CUSTOM_ID_TAG }]
	}));
}
/** A filter of a Describe call. */
const filter = (name, ...values) => ({
	Name: name,
	Values: values
});
// src/engine/state/portable/ec2/endpoints.ts
const VPC_ENDPOINT = recordKind("vpc-endpoint", "VPC endpoint");
async function endpointsOf(ec2, vpcIds) {
	if (vpcIds.length === 0) return [];
	const endpoints = await collect(import_dist_cjs.paginateDescribeVpcEndpoints({ client: ec2 }, { Filters: [filter("vpc-id", ...vpcIds)] }), (p) => p.VpcEndpoints);
	return sortBy(endpoints.filter((e) => !["deleted", "deleting"].includes(String(e.State).toLowerCase())), (e) => e.VpcEndpointId);
}
const sorted = (ids) => nonEmpty((ids ?? []).map((id) => id).sort());
function captureEndpoint(e) {
	return {
		id: e.VpcEndpointId,
		vpcId: e.VpcId,
		serviceName: e.ServiceName,
		type: e.VpcEndpointType,
		policy: canonicalDocument(e.PolicyDocument),
		privateDnsEnabled: e.VpcEndpointType === "Interface" ? e.PrivateDnsEnabled : void 0,
		routeTableIds: sorted(e.RouteTableIds),
		subnetIds: sorted(e.SubnetIds),
		securityGroupIds: sorted(e.Groups?.map((g) => g.GroupId)),
		tags: tagsOf(e.Tags)
	};
}
async function restoreEndpoint(ec2, ids, e) {
	const id = (await ec2.send(new import_dist_cjs.CreateVpcEndpointCommand({
		VpcId: ids.of(e.vpcId),
		ServiceName: e.serviceName,
		VpcEndpointType: e.type,
		PolicyDocument: e.policy,
		PrivateDnsEnabled: e.privateDnsEnabled,
		RouteTableIds: e.routeTableIds?.map(ids.of),
		SubnetIds: e.subnetIds?.map(ids.of),
		SecurityGroupIds: e.securityGroupIds?.map(ids.of)
	}))).VpcEndpoint.VpcEndpointId;
	ids.got(VPC_ENDPOINT, e.id, id);
	await tagResource(ec2, id, e.tags);
}
async function deleteEndpoints(ec2, endpoints) {
	if (endpoints.length > 0) await unlessMissing(ec2.send(new import_dist_cjs.DeleteVpcEndpointsCommand({ VpcEndpointIds: endpoints.map((e) => e.VpcEndpointId) })));
}
// src/engine/state/portable/ec2/gateways.ts
const INTERNET_GATEWAY = recordKind("internet-gateway");
const ELASTIC_IP = recordKind("elastic-ip", "elastic IP");
const NAT_GATEWAY = recordKind("nat-gateway", "NAT gateway");
/** The internet gateways not attached to a default VPC. */
async function userInternetGateways(ec2, defaultVpcs) {
	const own = (await collect(import_dist_cjs.paginateDescribeInternetGateways({ client: ec2 }, {}), (p) => p.InternetGateways)).filter((g) => !(g.Attachments ?? []).some((a) => defaultVpcs.has(a.VpcId)));
	return sortBy(own, (g) => g.InternetGatewayId);
}
function captureInternetGateway(g) {
	const vpcIds = (g.Attachments ?? []).map((a) => a.VpcId);
	return {
		id: g.InternetGatewayId,
		vpcIds: vpcIds.length > 0 ? vpcIds.sort() : void 0,
		tags: tagsOf(g.Tags)
	};
}
async function restoreInternetGateway(ec2, ids, g) {
	const id = (await ec2.send(new import_dist_cjs.CreateInternetGatewayCommand({}))).InternetGateway.InternetGatewayId;
	ids.got(INTERNET_GATEWAY, g.id, id);
	await tagResource(ec2, id, g.tags);
	for (const vpcId of g.vpcIds ?? []) await ec2.send(new import_dist_cjs.AttachInternetGatewayCommand({
		InternetGatewayId: id,
		VpcId: ids.of(vpcId)
	}));
}
async function deleteInternetGateway(ec2, g) {
	for (const a of g.Attachments ?? []) await unlessMissing(ec2.send(new import_dist_cjs.DetachInternetGatewayCommand({
		InternetGatewayId: g.InternetGatewayId,
		VpcId: a.VpcId
	})));
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteInternetGatewayCommand({ InternetGatewayId: g.InternetGatewayId })));
}
async function elasticIps(ec2) {
	const { Addresses } = await ec2.send(new import_dist_cjs.DescribeAddressesCommand({}));
	return sortBy(Addresses ?? [], (a) => a.AllocationId ?? a.PublicIp);
}
function captureElasticIp(a) {
	return {
		id: a.AllocationId ?? a.PublicIp,
		publicIp: a.PublicIp,
		domain: a.Domain,
		tags: tagsOf(a.Tags)
	};
}
/** A new address: no API takes one (AWS gives back a released address only to its own account, and not on the emulators). */
async function restoreElasticIp(context, ec2, ids, a) {
	const allocated = await ec2.send(new import_dist_cjs.AllocateAddressCommand({ Domain: a.domain ?? "vpc" }));
	const id = allocated.AllocationId ?? allocated.PublicIp;
	ids.got(ELASTIC_IP, a.id, id);
	await tagResource(ec2, id, a.tags);
	if (allocated.PublicIp !== a.publicIp) context.warn(ELASTIC_IP.label(a.id), `its public IP ${a.publicIp} is now ${allocated.PublicIp}: the instance draws addresses`);
}
async function releaseElasticIp(ec2, a) {
	if (a.AssociationId) await unlessMissing(ec2.send(new import_dist_cjs.DisassociateAddressCommand({ AssociationId: a.AssociationId })));
	await unlessMissing(ec2.send(new import_dist_cjs.ReleaseAddressCommand(a.AllocationId ? { AllocationId: a.AllocationId } : { PublicIp: a.PublicIp })));
}
/** The NAT gateways of the user's VPCs that still stand. */
async function natGatewaysOf(ec2, vpcIds) {
	if (vpcIds.length === 0) return [];
	const gateways = await collect(import_dist_cjs.paginateDescribeNatGateways({ client: ec2 }, { Filter: [filter("vpc-id", ...vpcIds)] }), (p) => p.NatGateways);
	return sortBy(gateways.filter((n) => n.State !== "deleted" && n.State !== "deleting" && n.State !== "failed"), (n) => n.NatGatewayId);
}
function captureNatGateway(n) {
	return {
		id: n.NatGatewayId,
		subnetId: n.SubnetId,
		allocationId: n.NatGatewayAddresses?.[0]?.AllocationId,
		connectivityType: n.ConnectivityType === "public" ? void 0 : n.ConnectivityType,
		tags: tagsOf(n.Tags)
	};
}
async function restoreNatGateway(ec2, ids, n) {
	const id = (await ec2.send(new import_dist_cjs.CreateNatGatewayCommand({
		SubnetId: ids.of(n.subnetId),
		AllocationId: ids.of(n.allocationId),
		ConnectivityType: n.connectivityType
	}))).NatGateway.NatGatewayId;
	ids.got(NAT_GATEWAY, n.id, id);
	await tagResource(ec2, id, n.tags);
}
async function deleteNatGateway(ec2, NatGatewayId) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteNatGatewayCommand({ NatGatewayId })));
}
// src/engine/state/portable/ec2/ids.ts
/**
* The ids one region's load got from the instance, by the pod's. The instance draws most EC2
* ids (LocalStack takes a security group's from a tag): every reference is looked up here, each
* new id is handed to the modules restored later (`context.renamed`), and each kind of resource
* is reported once.
*/
var Renames = class {
	context;
	ids = new IdMap();
	reported = /* @__PURE__ */ new Set();
	constructor(context) {
		this.context = context;
	}
	of = this.ids.of;
	/** Notes that the resource `from` of `kind` (its label) is `to` in the instance. */
	got(kind, from, to) {
		this.ids.set(from, to);
		if (from === to) return;
		this.context.renamed(from, to);
		if (this.reported.has(kind.type)) return;
		this.reported.add(kind.type);
		this.context.warn(kind.label(from), `it is ${to} now: the instance draws the id of every ${kind.type} it makes (said once per kind); the restored resources that name it follow, what names it outside the pod does not`);
	}
};
// src/engine/state/portable/ec2/key-pairs.ts
const KEY_PAIR = recordKind("key-pair", "key pair");
async function keyPairs(ec2) {
	const { KeyPairs } = await ec2.send(new import_dist_cjs.DescribeKeyPairsCommand({ IncludePublicKey: true }));
	return sortBy(KeyPairs ?? [], (k) => k.KeyName);
}
function captureKeyPair(context, k) {
	if (!k.PublicKey) context.warn(KEY_PAIR.label(k.KeyName), "the instance does not give its public key: a load makes a new key pair, whose private key nobody holds");
	return {
		name: k.KeyName,
		keyType: k.KeyType,
		publicKey: k.PublicKey?.trim() || void 0,
		tags: tagsOf(k.Tags)
	};
}
async function restoreKeyPair(ec2, k) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteKeyPairCommand({ KeyName: k.name })));
	await tagResource(ec2, (k.publicKey ? await ec2.send(new import_dist_cjs.ImportKeyPairCommand({
		KeyName: k.name,
		PublicKeyMaterial: Buffer.from(k.publicKey)
	})) : await ec2.send(new import_dist_cjs.CreateKeyPairCommand({
		KeyName: k.name,
		KeyType: k.keyType
	}))).KeyPairId, k.tags);
}
async function deleteKeyPair(ec2, KeyName) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteKeyPairCommand({ KeyName })));
}
// src/engine/state/portable/ec2/network-acls.ts
const NETWORK_ACL = recordKind("network-acl", "network ACL");
/** The rule every ACL ends with (deny all), which no API changes. */
const LAST_RULE = 32767;
async function networkAclsOf(ec2, vpcIds) {
	if (vpcIds.length === 0) return [];
	const acls = await collect(import_dist_cjs.paginateDescribeNetworkAcls({ client: ec2 }, { Filters: [filter("vpc-id", ...vpcIds)] }), (p) => p.NetworkAcls);
	return sortBy(acls, (a) => a.NetworkAclId);
}
function entryOf(e) {
	return {
		RuleNumber: e.RuleNumber,
		Egress: e.Egress,
		Protocol: e.Protocol,
		RuleAction: e.RuleAction,
		CidrBlock: e.CidrBlock,
		Ipv6CidrBlock: e.Ipv6CidrBlock,
		PortRange: e.PortRange && (e.PortRange.From !== void 0 || e.PortRange.To !== void 0) ? {
			From: e.PortRange.From,
			To: e.PortRange.To
		} : void 0,
		IcmpTypeCode: e.IcmpTypeCode && (e.IcmpTypeCode.Code !== void 0 || e.IcmpTypeCode.Type !== void 0) ? {
			Code: e.IcmpTypeCode.Code,
			Type: e.IcmpTypeCode.Type
		} : void 0
	};
}
const entriesOf = (a) => (a.Entries ?? []).filter((e) => e.RuleNumber !== LAST_RULE).map(entryOf);
function captureNetworkAcl(a) {
	return {
		id: a.NetworkAclId,
		vpcId: a.VpcId,
		default: a.IsDefault || void 0,
		entries: nonEmpty(sortBy(entriesOf(a), (e) => `${e.Egress ? 1 : 0}${String(e.RuleNumber).padStart(5, "0")}`)),
		subnetIds: a.IsDefault ? void 0 : nonEmpty((a.Associations ?? []).map((s) => s.SubnetId).sort()),
		tags: tagsOf(a.Tags)
	};
}
async function defaultAclOf(ec2, vpcId) {
	const { NetworkAcls } = await ec2.send(new import_dist_cjs.DescribeNetworkAclsCommand({ Filters: [filter("vpc-id", vpcId), filter("default", "true")] }));
	return NetworkAcls[0];
}
/** Moves a subnet from the ACL it is in to `NetworkAclId`. */
async function moveSubnet(ec2, subnetId, NetworkAclId) {
	const { NetworkAcls } = await ec2.send(new import_dist_cjs.DescribeNetworkAclsCommand({ Filters: [filter("association.subnet-id", subnetId)] }));
	const association = (NetworkAcls ?? []).flatMap((a) => a.Associations ?? []).find((a) => a.SubnetId === subnetId);
	if (!association) throw new Error(`the instance holds subnet ${subnetId} in no network ACL, so it cannot be moved to ${NetworkAclId}`);
	await ec2.send(new import_dist_cjs.ReplaceNetworkAclAssociationCommand({
		AssociationId: association.NetworkAclAssociationId,
		NetworkAclId
	}));
}
async function restoreNetworkAcl(ec2, ids, a) {
	const VpcId = ids.of(a.vpcId);
	const acl = a.default ? await defaultAclOf(ec2, VpcId) : (await ec2.send(new import_dist_cjs.CreateNetworkAclCommand({ VpcId }))).NetworkAcl;
	const id = acl.NetworkAclId;
	ids.got(NETWORK_ACL, a.id, id);
	await tagResource(ec2, id, a.tags);
	for (const e of entriesOf(acl)) await ec2.send(new import_dist_cjs.DeleteNetworkAclEntryCommand({
		NetworkAclId: id,
		RuleNumber: e.RuleNumber,
		Egress: e.Egress
	}));
	for (const e of a.entries ?? []) await ec2.send(new import_dist_cjs.CreateNetworkAclEntryCommand({
		NetworkAclId: id,
		...e,
		RuleAction: e.RuleAction
	}));
	for (const subnetId of a.subnetIds ?? []) await moveSubnet(ec2, ids.of(subnetId), id);
}
/** Its subnets go back to the default ACL first; a default ACL goes with its VPC. */
async function deleteNetworkAcl(ec2, a) {
	if (a.IsDefault) return;
	if ((a.Associations ?? []).length > 0) {
		const fallback = (await defaultAclOf(ec2, a.VpcId)).NetworkAclId;
		for (const s of a.Associations ?? []) await unlessMissing(moveSubnet(ec2, s.SubnetId, fallback));
	}
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteNetworkAclCommand({ NetworkAclId: a.NetworkAclId })));
}
// src/engine/state/portable/ec2/prefix-lists.ts
const PREFIX_LIST = recordKind("prefix-list");
async function userPrefixLists(ec2, account) {
	const lists = await collect(import_dist_cjs.paginateDescribeManagedPrefixLists({ client: ec2 }, { Filters: [filter("owner-id", account)] }), (p) => p.PrefixLists);
	return sortBy(lists.filter((l) => l.OwnerId === account), (l) => l.PrefixListId);
}
async function capturePrefixList(ec2, l) {
	const entries = await collect(import_dist_cjs.paginateGetManagedPrefixListEntries({ client: ec2 }, { PrefixListId: l.PrefixListId }), (p) => p.Entries);
	return {
		id: l.PrefixListId,
		name: l.PrefixListName,
		addressFamily: l.AddressFamily,
		maxEntries: l.MaxEntries,
		entries: nonEmpty(sortBy(entries.map((e) => ({
			Cidr: e.Cidr,
			Description: e.Description || void 0
		})), (e) => e.Cidr)),
		tags: tagsOf(l.Tags)
	};
}
async function restorePrefixList(ec2, ids, l) {
	const created = await ec2.send(new import_dist_cjs.CreateManagedPrefixListCommand({
		PrefixListName: l.name,
		AddressFamily: l.addressFamily,
		MaxEntries: l.maxEntries,
		Entries: l.entries,
		TagSpecifications: l.tags ? [{
			ResourceType: "prefix-list",
			Tags: l.tags
		}] : void 0
	}));
	ids.got(PREFIX_LIST, l.id, created.PrefixList.PrefixListId);
}
async function deletePrefixList(ec2, PrefixListId) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteManagedPrefixListCommand({ PrefixListId })));
}
// src/engine/state/portable/ec2/route-tables.ts
const ROUTE_TABLE = recordKind("route-table");
const ROUTE_FIELDS = [
	"DestinationCidrBlock",
	"DestinationIpv6CidrBlock",
	"DestinationPrefixListId",
	"GatewayId",
	"NatGatewayId",
	"VpcPeeringConnectionId",
	"TransitGatewayId",
	"EgressOnlyInternetGatewayId",
	"NetworkInterfaceId"
];
async function routeTablesOf(ec2, vpcIds) {
	if (vpcIds.length === 0) return [];
	const tables = await collect(import_dist_cjs.paginateDescribeRouteTables({ client: ec2 }, { Filters: [filter("vpc-id", ...vpcIds)] }), (p) => p.RouteTables);
	return sortBy(tables, (t) => t.RouteTableId);
}
const isMain = (t) => (t.Associations ?? []).some((a) => a.Main);
function routeOf(r) {
	return Object.fromEntries(ROUTE_FIELDS.filter((f) => r[f]).map((f) => [f, r[f]]));
}
/** Routes the user made: not the local one, nor those a gateway endpoint adds. */
const userRoute = (r) => r.Origin !== "CreateRouteTable" && r.GatewayId !== "local" && !r.GatewayId?.startsWith("vpce-");
function captureRouteTable(t) {
	const subnetIds = (t.Associations ?? []).filter((a) => a.SubnetId).map((a) => a.SubnetId);
	return {
		id: t.RouteTableId,
		vpcId: t.VpcId,
		main: isMain(t) || void 0,
		routes: nonEmpty(sortBy((t.Routes ?? []).filter(userRoute).map(routeOf), (r) => JSON.stringify(r))),
		subnetIds: nonEmpty(subnetIds.sort()),
		tags: tagsOf(t.Tags)
	};
}
async function mainTableOf(ec2, vpcId) {
	const { RouteTables } = await ec2.send(new import_dist_cjs.DescribeRouteTablesCommand({ Filters: [filter("vpc-id", vpcId), filter("association.main", "true")] }));
	return RouteTables[0].RouteTableId;
}
async function restoreRouteTable(ec2, ids, t) {
	const VpcId = ids.of(t.vpcId);
	const id = t.main ? await mainTableOf(ec2, VpcId) : (await ec2.send(new import_dist_cjs.CreateRouteTableCommand({ VpcId }))).RouteTable.RouteTableId;
	ids.got(ROUTE_TABLE, t.id, id);
	await tagResource(ec2, id, t.tags);
	for (const route of t.routes ?? []) {
		const targets = Object.fromEntries(Object.entries(route).map(([field, value]) => [field, field.startsWith("Destination") && field !== "DestinationPrefixListId" ? value : ids.of(value)]));
		await ec2.send(new import_dist_cjs.CreateRouteCommand({
			RouteTableId: id,
			...targets
		}));
	}
	for (const subnetId of t.subnetIds ?? []) await ec2.send(new import_dist_cjs.AssociateRouteTableCommand({
		RouteTableId: id,
		SubnetId: ids.of(subnetId)
	}));
}
/** Its subnets let go first; a main table goes with its VPC. */
async function deleteRouteTable(ec2, t) {
	for (const a of t.Associations ?? []) if (!a.Main) await unlessMissing(ec2.send(new import_dist_cjs.DisassociateRouteTableCommand({ AssociationId: a.RouteTableAssociationId })));
	if (!isMain(t)) await unlessMissing(ec2.send(new import_dist_cjs.DeleteRouteTableCommand({ RouteTableId: t.RouteTableId })));
}
// src/engine/state/portable/ec2/security-groups.ts
const DEFAULT_GROUP = "default";
const SECURITY_GROUP = recordKind("security-group");
const SECURITY_GROUP_RULES = recordKind("security-group-rules", "rules of security group");
async function securityGroupsOf(ec2, vpcIds) {
	if (vpcIds.length === 0) return [];
	const groups = await collect(import_dist_cjs.paginateDescribeSecurityGroups({ client: ec2 }, { Filters: [filter("vpc-id", ...vpcIds)] }), (p) => p.SecurityGroups);
	return sortBy(groups, (g) => g.GroupId);
}
function captureSecurityGroup(g) {
	const isDefault = g.GroupName === DEFAULT_GROUP;
	return {
		id: g.GroupId,
		vpcId: g.VpcId,
		name: g.GroupName,
		description: g.Description,
		default: isDefault || void 0,
		tags: tagsOf(g.Tags)
	};
}
/** Only what a rule is: the emulators add empty lists, owners and names beside the ids. */
function permissionOf(p) {
	const described = (item) => item.Description ? item : {
		...item,
		Description: void 0
	};
	return {
		IpProtocol: p.IpProtocol,
		FromPort: p.IpProtocol === "-1" ? void 0 : p.FromPort,
		ToPort: p.IpProtocol === "-1" ? void 0 : p.ToPort,
		IpRanges: nonEmpty(sortBy((p.IpRanges ?? []).map((r) => described({
			CidrIp: r.CidrIp,
			Description: r.Description
		})), (r) => r.CidrIp)),
		Ipv6Ranges: nonEmpty(sortBy((p.Ipv6Ranges ?? []).map((r) => described({
			CidrIpv6: r.CidrIpv6,
			Description: r.Description
		})), (r) => r.CidrIpv6)),
		PrefixListIds: nonEmpty(sortBy((p.PrefixListIds ?? []).map((r) => described({
			PrefixListId: r.PrefixListId,
			Description: r.Description
		})), (r) => r.PrefixListId)),
		UserIdGroupPairs: nonEmpty(sortBy((p.UserIdGroupPairs ?? []).map((r) => described({
			GroupId: r.GroupId,
			Description: r.Description
		})), (r) => r.GroupId))
	};
}
function permissionsOf(permissions) {
	return nonEmpty(sortBy((permissions ?? []).map(permissionOf), (p) => JSON.stringify(p)));
}
function captureRules(g) {
	return {
		id: g.GroupId,
		ingress: permissionsOf(g.IpPermissions),
		egress: permissionsOf(g.IpPermissionsEgress)
	};
}
/** Made anew, or for the default group found in its VPC. */
async function restoreSecurityGroup(ec2, ids, g) {
	const VpcId = ids.of(g.vpcId);
	let id;
	if (g.default) {
		const { SecurityGroups } = await ec2.send(new import_dist_cjs.DescribeSecurityGroupsCommand({ Filters: [filter("vpc-id", VpcId), filter("group-name", DEFAULT_GROUP)] }));
		id = SecurityGroups[0].GroupId;
		await tagResource(ec2, id, g.tags);
	} else {
		id = (await ec2.send(new import_dist_cjs.CreateSecurityGroupCommand({
			GroupName: g.name,
			Description: g.description,
			VpcId,
			TagSpecifications: withPodId("security-group", g.id, g.tags)
		}))).GroupId;
		await dropPodId(ec2, id);
	}
	ids.got(SECURITY_GROUP, g.id, id);
}
/** A rule naming the groups and prefix lists as the instance has them now. */
function mapped(p, ids) {
	return {
		...p,
		PrefixListIds: p.PrefixListIds?.map((r) => ({
			...r,
			PrefixListId: ids.of(r.PrefixListId)
		})),
		UserIdGroupPairs: p.UserIdGroupPairs?.map((r) => ({
			...r,
			GroupId: ids.of(r.GroupId)
		}))
	};
}
/** The group's rules become the pod's: those it has (a new group's allow-all egress, a default group's) go first. */
async function restoreRules(ec2, ids, r) {
	const GroupId = ids.of(r.id);
	const { SecurityGroups } = await ec2.send(new import_dist_cjs.DescribeSecurityGroupsCommand({ GroupIds: [GroupId] }));
	const current = captureRules(SecurityGroups[0]);
	if (current.ingress) await ec2.send(new import_dist_cjs.RevokeSecurityGroupIngressCommand({
		GroupId,
		IpPermissions: current.ingress
	}));
	if (current.egress) await ec2.send(new import_dist_cjs.RevokeSecurityGroupEgressCommand({
		GroupId,
		IpPermissions: current.egress
	}));
	if (r.ingress) await ec2.send(new import_dist_cjs.AuthorizeSecurityGroupIngressCommand({
		GroupId,
		IpPermissions: r.ingress.map((p) => mapped(p, ids))
	}));
	if (r.egress) await ec2.send(new import_dist_cjs.AuthorizeSecurityGroupEgressCommand({
		GroupId,
		IpPermissions: r.egress.map((p) => mapped(p, ids))
	}));
}
/** Rules first (groups name one another), then the groups but the default ones, which go with their VPC. */
async function deleteSecurityGroups(ec2, groups) {
	for (const g of groups) {
		const { ingress, egress } = captureRules(g);
		if (ingress) await unlessMissing(ec2.send(new import_dist_cjs.RevokeSecurityGroupIngressCommand({
			GroupId: g.GroupId,
			IpPermissions: ingress
		})));
		if (egress) await unlessMissing(ec2.send(new import_dist_cjs.RevokeSecurityGroupEgressCommand({
			GroupId: g.GroupId,
			IpPermissions: egress
		})));
	}
	for (const g of groups) if (g.GroupName !== DEFAULT_GROUP) await unlessMissing(ec2.send(new import_dist_cjs.DeleteSecurityGroupCommand({ GroupId: g.GroupId })));
}
// src/engine/state/portable/ec2/subnets.ts
const SUBNET = recordKind("subnet");
/** The subnets of the user's VPCs. */
async function subnetsOf(ec2, vpcIds) {
	if (vpcIds.length === 0) return [];
	const subnets = await collect(import_dist_cjs.paginateDescribeSubnets({ client: ec2 }, { Filters: [filter("vpc-id", ...vpcIds)] }), (p) => p.Subnets);
	return sortBy(subnets, (s) => s.SubnetId);
}
function captureSubnet(s) {
	return {
		id: s.SubnetId,
		vpcId: s.VpcId,
		cidrBlock: s.CidrBlock,
		availabilityZone: s.AvailabilityZone,
		mapPublicIpOnLaunch: s.MapPublicIpOnLaunch || void 0,
		tags: tagsOf(s.Tags)
	};
}
async function restoreSubnet(ec2, ids, s) {
	const id = (await ec2.send(new import_dist_cjs.CreateSubnetCommand({
		VpcId: ids.of(s.vpcId),
		CidrBlock: s.cidrBlock,
		AvailabilityZone: s.availabilityZone,
		TagSpecifications: s.tags ? [{
			ResourceType: "subnet",
			Tags: s.tags
		}] : void 0
	}))).Subnet.SubnetId;
	ids.got(SUBNET, s.id, id);
	if (s.mapPublicIpOnLaunch) await ec2.send(new import_dist_cjs.ModifySubnetAttributeCommand({
		SubnetId: id,
		MapPublicIpOnLaunch: { Value: true }
	}));
}
async function deleteSubnet(ec2, SubnetId) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteSubnetCommand({ SubnetId })));
}
// src/engine/state/portable/ec2/vpcs.ts
const DHCP_OPTIONS = recordKind("dhcp-options", "DHCP options");
const VPC = recordKind("vpc", "VPC");
/** The DHCP options sets the user made: the instance's default set is named `default` or associated with the default VPC. */
async function userDhcpOptions(ec2, defaultSets) {
	const sets = await collect(import_dist_cjs.paginateDescribeDhcpOptions({ client: ec2 }, {}), (p) => p.DhcpOptions);
	return sortBy(sets.filter((d) => !defaultSets.has(d.DhcpOptionsId)), (d) => d.DhcpOptionsId);
}
function captureDhcpOptions(d) {
	const configurations = (d.DhcpConfigurations ?? []).map((c) => ({
		Key: c.Key,
		Values: (c.Values ?? []).map((v) => v.Value)
	}));
	return {
		id: d.DhcpOptionsId,
		configurations: sortBy(configurations, (c) => c.Key),
		tags: tagsOf(d.Tags)
	};
}
async function attribute(ec2, VpcId, Attribute) {
	const answer = await ec2.send(new import_dist_cjs.DescribeVpcAttributeCommand({
		VpcId,
		Attribute
	}));
	return Boolean(Attribute === "enableDnsSupport" ? answer.EnableDnsSupport?.Value : answer.EnableDnsHostnames?.Value);
}
async function captureVpc(ec2, v, userSets) {
	const secondary = (v.CidrBlockAssociationSet ?? []).filter((a) => a.CidrBlock !== v.CidrBlock && a.CidrBlockState?.State === "associated").map((a) => a.CidrBlock);
	return {
		id: v.VpcId,
		cidrBlock: v.CidrBlock,
		secondaryCidrBlocks: secondary.length > 0 ? secondary : void 0,
		instanceTenancy: v.InstanceTenancy,
		enableDnsSupport: await attribute(ec2, v.VpcId, "enableDnsSupport"),
		enableDnsHostnames: await attribute(ec2, v.VpcId, "enableDnsHostnames"),
		dhcpOptionsId: userSets.has(v.DhcpOptionsId) ? v.DhcpOptionsId : void 0,
		tags: tagsOf(v.Tags)
	};
}
async function restoreDhcpOptions(ec2, ids, d) {
	const id = (await ec2.send(new import_dist_cjs.CreateDhcpOptionsCommand({ DhcpConfigurations: d.configurations }))).DhcpOptions.DhcpOptionsId;
	await tagResource(ec2, id, d.tags);
	ids.got(DHCP_OPTIONS, d.id, id);
}
async function restoreVpc(ec2, ids, v) {
	const id = (await ec2.send(new import_dist_cjs.CreateVpcCommand({
		CidrBlock: v.cidrBlock,
		InstanceTenancy: v.instanceTenancy,
		TagSpecifications: v.tags ? [{
			ResourceType: "vpc",
			Tags: v.tags
		}] : void 0
	}))).Vpc.VpcId;
	ids.got(VPC, v.id, id);
	for (const CidrBlock of v.secondaryCidrBlocks ?? []) await ec2.send(new import_dist_cjs.AssociateVpcCidrBlockCommand({
		VpcId: id,
		CidrBlock
	}));
	await ec2.send(new import_dist_cjs.ModifyVpcAttributeCommand({
		VpcId: id,
		EnableDnsSupport: { Value: v.enableDnsSupport }
	}));
	await ec2.send(new import_dist_cjs.ModifyVpcAttributeCommand({
		VpcId: id,
		EnableDnsHostnames: { Value: v.enableDnsHostnames }
	}));
	if (v.dhcpOptionsId) await ec2.send(new import_dist_cjs.AssociateDhcpOptionsCommand({
		VpcId: id,
		DhcpOptionsId: ids.of(v.dhcpOptionsId)
	}));
}
async function deleteVpc(ec2, VpcId) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteVpcCommand({ VpcId })));
}
async function deleteDhcpOptions(ec2, DhcpOptionsId) {
	await unlessMissing(ec2.send(new import_dist_cjs.DeleteDhcpOptionsCommand({ DhcpOptionsId })));
}
// src/engine/state/portable/ec2/ec2.ts
const client = clientOf(import_dist_cjs.EC2Client);
/**
* What of a region is the user's. The instance makes a default VPC in every region, with its
* subnets, route table, security group, ACL, internet gateway and DHCP options: none of it is
* state, and what lives in it is not kept either.
*/
async function scopeOf(ec2) {
	const all = await collect(import_dist_cjs.paginateDescribeVpcs({ client: ec2 }, {}), (p) => p.Vpcs);
	const defaults = all.filter((v) => v.IsDefault);
	return {
		vpcs: sortBy(all.filter((v) => !v.IsDefault), (v) => v.VpcId),
		defaultVpcs: new Set(defaults.map((v) => v.VpcId)),
		defaultSets: /* @__PURE__ */ new Set(["default", ...defaults.map((v) => v.DhcpOptionsId)])
	};
}
/** In the order a load makes them: each kind names only kinds before it. */
const capture = eachRegion(async function* (context, region) {
	const ec2 = client(context, region);
	const { vpcs, defaultVpcs, defaultSets } = await scopeOf(ec2);
	const vpcIds = vpcs.map((v) => v.VpcId);
	const sets = await userDhcpOptions(ec2, defaultSets);
	for (const d of sets) yield DHCP_OPTIONS.record(region, d.DhcpOptionsId, captureDhcpOptions(d));
	for (const l of await userPrefixLists(ec2, context.account)) yield PREFIX_LIST.record(region, l.PrefixListId, await capturePrefixList(ec2, l));
	const userSets = new Set(sets.map((d) => d.DhcpOptionsId));
	for (const v of vpcs) yield VPC.record(region, v.VpcId, await captureVpc(ec2, v, userSets));
	for (const s of await subnetsOf(ec2, vpcIds)) yield SUBNET.record(region, s.SubnetId, captureSubnet(s));
	for (const g of await userInternetGateways(ec2, defaultVpcs)) yield INTERNET_GATEWAY.record(region, g.InternetGatewayId, captureInternetGateway(g));
	for (const a of await elasticIps(ec2)) {
		const data = captureElasticIp(a);
		yield ELASTIC_IP.record(region, data.id, data);
	}
	for (const n of await natGatewaysOf(ec2, vpcIds)) yield NAT_GATEWAY.record(region, n.NatGatewayId, captureNatGateway(n));
	const groups = await securityGroupsOf(ec2, vpcIds);
	for (const g of groups) yield SECURITY_GROUP.record(region, g.GroupId, captureSecurityGroup(g));
	for (const g of groups) yield SECURITY_GROUP_RULES.record(region, g.GroupId, captureRules(g));
	for (const t of await routeTablesOf(ec2, vpcIds)) yield ROUTE_TABLE.record(region, t.RouteTableId, captureRouteTable(t));
	for (const a of await networkAclsOf(ec2, vpcIds)) yield NETWORK_ACL.record(region, a.NetworkAclId, captureNetworkAcl(a));
	for (const e of await endpointsOf(ec2, vpcIds)) yield VPC_ENDPOINT.record(region, e.VpcEndpointId, captureEndpoint(e));
	for (const k of await keyPairs(ec2)) yield KEY_PAIR.record(region, k.KeyName, captureKeyPair(context, k));
});
/** One call finds a region's VPCs; only a region without any of the user's is asked for what lives outside VPCs. */
const regionsWithState = regionsWhere(async (context, region) => {
	const ec2 = client(context, region);
	const { vpcs, defaultSets } = await scopeOf(ec2);
	if (vpcs.length > 0) return true;
	return (await Promise.all([
		ec2.send(new import_dist_cjs.DescribeKeyPairsCommand({})).then((r) => (r.KeyPairs?.length ?? 0) > 0),
		ec2.send(new import_dist_cjs.DescribeAddressesCommand({})).then((r) => (r.Addresses?.length ?? 0) > 0),
		userPrefixLists(ec2, context.account).then((l) => l.length > 0),
		userDhcpOptions(ec2, defaultSets).then((d) => d.length > 0)
	])).includes(true);
});
/** What refers to others goes first: endpoints and NAT gateways, then tables, ACLs and groups, then gateways, subnets and VPCs. */
async function clear(context, region) {
	const ec2 = client(context, region);
	const { vpcs, defaultVpcs, defaultSets } = await scopeOf(ec2);
	const vpcIds = vpcs.map((v) => v.VpcId);
	await deleteEndpoints(ec2, await endpointsOf(ec2, vpcIds));
	for (const n of await natGatewaysOf(ec2, vpcIds)) await deleteNatGateway(ec2, n.NatGatewayId);
	for (const a of await elasticIps(ec2)) await releaseElasticIp(ec2, a);
	for (const t of await routeTablesOf(ec2, vpcIds)) await deleteRouteTable(ec2, t);
	for (const a of await networkAclsOf(ec2, vpcIds)) await deleteNetworkAcl(ec2, a);
	await deleteSecurityGroups(ec2, await securityGroupsOf(ec2, vpcIds));
	for (const g of await userInternetGateways(ec2, defaultVpcs)) await deleteInternetGateway(ec2, g);
	for (const s of await subnetsOf(ec2, vpcIds)) await deleteSubnet(ec2, s.SubnetId);
	for (const id of vpcIds) await deleteVpc(ec2, id);
	for (const d of await userDhcpOptions(ec2, defaultSets)) await deleteDhcpOptions(ec2, d.DhcpOptionsId);
	for (const l of await userPrefixLists(ec2, context.account)) await deletePrefixList(ec2, l.PrefixListId);
	for (const k of await keyPairs(ec2)) await deleteKeyPair(ec2, k.KeyName);
}
/**
* EC2 networking: VPCs (CIDR blocks, DNS attributes, tenancy, DHCP options), subnets, route
* tables with routes and subnets, internet and NAT gateways, elastic IPs, security groups with
* their rules, network ACLs with entries and subnets, VPC endpoints, key pairs, managed prefix
* lists, and the tags of each. Instances, volumes and images are not kept.
*/
const ec2 = {
	name: "ec2",
	dependsOn: [],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const ec2 = client(context, region);
		const ids = new Renames(context);
		return restoreRecords(context, records, 1, on(DHCP_OPTIONS, (d) => restoreDhcpOptions(ec2, ids, d)), on(PREFIX_LIST, (l) => restorePrefixList(ec2, ids, l)), on(VPC, (v) => restoreVpc(ec2, ids, v)), on(SUBNET, (s) => restoreSubnet(ec2, ids, s)), on(INTERNET_GATEWAY, (g) => restoreInternetGateway(ec2, ids, g)), on(ELASTIC_IP, (a) => restoreElasticIp(context, ec2, ids, a)), on(NAT_GATEWAY, (n) => restoreNatGateway(ec2, ids, n)), on(SECURITY_GROUP, (g) => restoreSecurityGroup(ec2, ids, g)), on(SECURITY_GROUP_RULES, (r) => restoreRules(ec2, ids, r)), on(ROUTE_TABLE, (t) => restoreRouteTable(ec2, ids, t)), on(NETWORK_ACL, (a) => restoreNetworkAcl(ec2, ids, a)), on(VPC_ENDPOINT, (e) => restoreEndpoint(ec2, ids, e)), on(KEY_PAIR, (k) => restoreKeyPair(ec2, k)));
	},
	requests: { signingName: "ec2" }
};
export { ec2 };
