import { o as __toESM } from "./rolldown-runtime.js";
import { t as require_dist_cjs } from "./dist-cjs3.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { n as TABLE_STREAM_PREFIX } from "./ids.js";
import { a as sortBy, c as attempt, d as on, f as reportFailure, g as recordKind, n as chunks, p as restoreContainers, r as compare, u as ensureThenConfigure } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as pollUntil } from "./wait.js";
import { n as sendUntilDone, t as Batches } from "./batches.js";
import { n as sortedTags } from "./tags.js";
import { c as isNamed, d as unlessMissing, f as unlessUnimplemented, i as pagesOf, m as clientOf, o as createOrUpdate, r as collect, u as isUnimplemented } from "./kit.js";
import { t as require_dist_cjs$1 } from "./dist-cjs4.js";
// src/engine/state/portable/dynamodb/item-groups.ts
var import_dist_cjs$1 = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
/** The largest key attribute DynamoDB allows (a partition key; a sort key is at most 1,024 bytes). */
const MAX_KEY_BYTES = 2048;
/** Table names are `[a-zA-Z0-9_.-]+`, so the first `/` ends the table's name. */
const SEPARATOR = "/";
/** The group of one item of `table`, from the attributes (or key) a write gave it. */
function itemGroup(table, attributes) {
	const candidates = {};
	for (const [name, value] of Object.entries(attributes).sort(([a], [b]) => a < b ? -1 : 1)) {
		const v = value;
		const text = v?.S ?? v?.N ?? v?.B;
		if (typeof text === "string" && Buffer.byteLength(text) <= MAX_KEY_BYTES) candidates[name] = v;
	}
	return `${table}${SEPARATOR}${JSON.stringify(candidates)}`;
}
function parseGroup(group) {
	const at = group.indexOf(SEPARATOR);
	if (at === -1) return { table: group };
	return {
		table: group.slice(0, at),
		item: JSON.parse(group.slice(at + 1))
	};
}
/**
* A number as one canonical text (`0.<digits>e<exponent>`), so a key matches across calls that
* write the same number differently: moto answers `1E+3` in a projected Scan and `1e3` elsewhere.
*/
function canonicalNumber(text) {
	const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
	if (!m) return text;
	const digits = `${m[2] ?? ""}${m[3] ?? ""}`;
	const significant = digits.replace(/^0+/, "");
	if (significant === "") return "0";
	const point = (m[2] ?? "").length - (digits.length - significant.length) + Number(m[4] ?? "0");
	return `${m[1] === "-" ? "-" : ""}0.${significant.replace(/0+$/, "")}e${point}`;
}
/**
* The key of an item in DynamoDB JSON, as one text that compares equal for equal keys; undefined
* when a key attribute is missing.
*/
function jsonKey(item, keyNames) {
	const parts = [];
	for (const name of keyNames) {
		const v = item[name];
		const text = v?.N !== void 0 ? canonicalNumber(v.N) : v?.S ?? v?.B;
		if (typeof text !== "string") return void 0;
		parts.push(text);
	}
	return JSON.stringify(parts);
}
// src/engine/state/portable/dynamodb/attributes.ts
function base64(bytes) {
	return Buffer.from(bytes).toString("base64");
}
function bytes(text) {
	return new Uint8Array(Buffer.from(text, "base64"));
}
/** Sets have no order in DynamoDB; sorting them keeps layers stable. */
function toJson(value) {
	if (value.S !== void 0) return { S: value.S };
	if (value.N !== void 0) return { N: value.N };
	if (value.B !== void 0) return { B: base64(value.B) };
	if (value.SS !== void 0) return { SS: [...value.SS].sort(compare) };
	if (value.NS !== void 0) return { NS: [...value.NS].sort(compare) };
	if (value.BS !== void 0) return { BS: value.BS.map(base64).sort(compare) };
	if (value.M !== void 0) return { M: itemToJson(value.M) };
	if (value.L !== void 0) return { L: value.L.map(toJson) };
	if (value.NULL !== void 0) return { NULL: true };
	if (value.BOOL !== void 0) return { BOOL: value.BOOL };
	throw new Error(`Unsupported DynamoDB attribute value: ${JSON.stringify(Object.keys(value))}`);
}
function fromJson(value) {
	if ("S" in value) return { S: value.S };
	if ("N" in value) return { N: value.N };
	if ("B" in value) return { B: bytes(value.B) };
	if ("SS" in value) return { SS: value.SS };
	if ("NS" in value) return { NS: value.NS };
	if ("BS" in value) return { BS: value.BS.map(bytes) };
	if ("M" in value) return { M: itemFromJson(value.M) };
	if ("L" in value) return { L: value.L.map(fromJson) };
	if ("NULL" in value) return { NULL: true };
	return { BOOL: value.BOOL };
}
/** An item in the pod's form. */
function itemToJson(item) {
	return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toJson(value)]));
}
/** An item of the pod in the SDK's form. */
function itemFromJson(item) {
	return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, fromJson(value)]));
}
/** The names of a key schema's attributes, hash key first. */
function keyNamesOf(schema) {
	return schema.map((k) => k.AttributeName);
}
/** An item's key attributes alone: the `Key` of a get or a delete. */
function keyOf(item, keyNames) {
	return Object.fromEntries(keyNames.map((name) => [name, item[name]]));
}
/** A key attribute (S, N or B) as text, for item ids. */
function keyText(value) {
	if (value?.B !== void 0) return base64(value.B);
	return value?.S ?? value?.N ?? "";
}
/** The id of an item's record within its table: its key attributes' texts. */
function keyId(item, keyNames) {
	return JSON.stringify(keyNames.map((name) => keyText(item[name])));
}
/** An item's key as one text that compares equal however the instance spelled its numbers. */
function matchKey(item, keyNames) {
	return JSON.stringify(keyNames.map((name) => {
		const value = item[name];
		return value?.N !== void 0 ? canonicalNumber(value.N) : keyText(value);
	}));
}
/** Numbers compare by value, with their text breaking ties beyond double precision. */
function compareKeyValues(a, b) {
	if (a?.N !== void 0 && b?.N !== void 0) return Number(a.N) - Number(b.N) || compare(a.N, b.N);
	if (a?.B !== void 0 && b?.B !== void 0) return Buffer.compare(a.B, b.B);
	return compare(keyText(a), keyText(b));
}
/** Orders items by primary key, as DynamoDB orders a partition's sort keys. */
function compareKeys(keyNames) {
	return (a, b) => {
		for (const name of keyNames) {
			const order = compareKeyValues(a[name], b[name]);
			if (order !== 0) return order;
		}
		return 0;
	};
}
// src/engine/state/portable/dynamodb/clients.ts
/** The module's client of a region, in the account of a context. */
const client = clientOf(import_dist_cjs$1.DynamoDBClient);
function clientsOf(context) {
	return (region) => client(context, region);
}
// src/engine/state/portable/dynamodb/table-streams.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs$1(), 1);
const kinesis = clientOf(import_dist_cjs.KinesisClient);
/** How long LocalStack may take to delete a deleted table's Kinesis stream. */
const STREAM_WAIT_MS = 6e4;
/** Waits until LocalStack has deleted the Kinesis stream behind the stream of `t`, a table deleted in `region`. */
async function waitForTableStream(context, region, t) {
	if (context.target.brand !== "localstack" || !t.StreamSpecification?.StreamEnabled) return;
	const kin = kinesis(context, region);
	const StreamName = `${TABLE_STREAM_PREFIX}${t.TableName}`;
	const summary = () => unlessMissing(kin.send(new import_dist_cjs.DescribeStreamSummaryCommand({ StreamName })), ["ResourceNotFoundException"]);
	await pollUntil(summary, (found) => found === void 0, `The Kinesis stream ${StreamName}`, "deleted", STREAM_WAIT_MS);
}
// src/engine/state/portable/dynamodb/features.ts
/**
* Table settings that not every emulator implements (moto: no Kinesis streaming destinations, no
* global tables; LocalStack 4.14: no resource policies): read as unset where the instance lacks
* them, asked of each client once (`unlessUnimplemented`).
*/
/** How long a streaming destination may take to become ACTIVE. */
const DESTINATION_WAIT_MS = 6e4;
/** The table's resource policy, or undefined when it has none. */
async function resourcePolicy(ddb, ResourceArn) {
	return (await unlessUnimplemented(ddb, "GetResourcePolicy", () => ddb.send(new import_dist_cjs$1.GetResourcePolicyCommand({ ResourceArn }))))?.Policy;
}
/** Makes the table's resource policy the pod's: set, or removed from a table that has one. */
async function restoreResourcePolicy(ddb, ResourceArn, Policy) {
	if (Policy) await ddb.send(new import_dist_cjs$1.PutResourcePolicyCommand({
		ResourceArn,
		Policy
	}));
	else if (await resourcePolicy(ddb, ResourceArn)) await ddb.send(new import_dist_cjs$1.DeleteResourcePolicyCommand({ ResourceArn }));
}
/** The Kinesis streams the table's changes go to, sorted; undefined when none. */
async function streamingDestinations(ddb, TableName) {
	const live = ((await unlessUnimplemented(ddb, "DescribeKinesisStreamingDestination", () => ddb.send(new import_dist_cjs$1.DescribeKinesisStreamingDestinationCommand({ TableName }))))?.KinesisDataStreamDestinations ?? []).filter((d) => d.DestinationStatus === "ACTIVE" || d.DestinationStatus === "ENABLING");
	return live.length > 0 ? sortBy(live.map((d) => d.StreamArn), (arn) => arn) : void 0;
}
/**
* Makes the streams the table's changes go to the pod's, each new one waited for until ACTIVE.
* Run after the whole load: the streams must exist, and the table's restored items must not be
* streamed into them.
*/
async function restoreStreamingDestinations(ddb, TableName, wanted = []) {
	const current = await streamingDestinations(ddb, TableName) ?? [];
	for (const StreamArn of current.filter((arn) => !wanted.includes(arn))) await ddb.send(new import_dist_cjs$1.DisableKinesisStreamingDestinationCommand({
		TableName,
		StreamArn
	}));
	for (const StreamArn of wanted.filter((arn) => !current.includes(arn))) {
		await ddb.send(new import_dist_cjs$1.EnableKinesisStreamingDestinationCommand({
			TableName,
			StreamArn
		}));
		await pollUntil(async () => (await ddb.send(new import_dist_cjs$1.DescribeKinesisStreamingDestinationCommand({ TableName }))).KinesisDataStreamDestinations, (all) => all?.find((d) => d.StreamArn === StreamArn)?.DestinationStatus !== "ENABLING", `Table ${TableName}'s streaming destination ${StreamArn}`, "ACTIVE", DESTINATION_WAIT_MS);
	}
}
// src/engine/state/portable/dynamodb/tables.ts
/**
* DynamoDB tables and their settings: listing, reading a table's settings as the pod keeps them,
* and creating a table or bringing an existing one's settings to the pod's.
*/
/** How long a table may take to become ACTIVE, or to disappear after DeleteTable. */
const TABLE_WAIT_MS = 12e4;
/** The names of a region's tables, sorted. */
async function tableNames(ddb) {
	return sortBy(await collect(import_dist_cjs$1.paginateListTables({ client: ddb }, {}), (page) => page.TableNames), (name) => name);
}
/** The table's description, or undefined when there is no such table. */
async function tableDescription(ddb, name) {
	return (await unlessMissing(ddb.send(new import_dist_cjs$1.DescribeTableCommand({ TableName: name })), ["ResourceNotFoundException"]))?.Table;
}
async function tableTags(ddb, arn) {
	const pages = pagesOf((NextToken) => ddb.send(new import_dist_cjs$1.ListTagsOfResourceCommand({
		ResourceArn: arn,
		NextToken
	})), (page) => page.NextToken);
	return sortedTags(await collect(pages, (page) => page.Tags), (tag) => tag.Key);
}
function projection(p) {
	if (!p) return void 0;
	return {
		ProjectionType: p.ProjectionType,
		...p.NonKeyAttributes?.length ? { NonKeyAttributes: [...p.NonKeyAttributes].sort(compare) } : {}
	};
}
/** Unset on-demand limits read as absent or -1 depending on the instance. */
function onDemand(t) {
	const read = t?.MaxReadRequestUnits ?? -1;
	const write = t?.MaxWriteRequestUnits ?? -1;
	if (read <= 0 && write <= 0) return void 0;
	return {
		...read > 0 ? { MaxReadRequestUnits: read } : {},
		...write > 0 ? { MaxWriteRequestUnits: write } : {}
	};
}
function throughput(provisioned, t) {
	if (!provisioned || !t) return void 0;
	return {
		ReadCapacityUnits: t.ReadCapacityUnits,
		WriteCapacityUnits: t.WriteCapacityUnits
	};
}
function globalIndex(provisioned, g) {
	return {
		IndexName: g.IndexName,
		KeySchema: g.KeySchema,
		Projection: projection(g.Projection),
		ProvisionedThroughput: throughput(provisioned, g.ProvisionedThroughput),
		OnDemandThroughput: onDemand(g.OnDemandThroughput)
	};
}
/** The settings of the table `t` describes, as the pod keeps them (without its replicas). */
async function settingsOf(ddb, t) {
	const name = t.TableName;
	const [tags, ttl, backups, policy, destinations] = await Promise.all([
		tableTags(ddb, t.TableArn),
		ddb.send(new import_dist_cjs$1.DescribeTimeToLiveCommand({ TableName: name })),
		ddb.send(new import_dist_cjs$1.DescribeContinuousBackupsCommand({ TableName: name })),
		resourcePolicy(ddb, t.TableArn),
		streamingDestinations(ddb, name)
	]);
	const billingMode = t.BillingModeSummary?.BillingMode ?? "PROVISIONED";
	const provisioned = billingMode === "PROVISIONED";
	const ttlStatus = ttl.TimeToLiveDescription?.TimeToLiveStatus;
	const byName = (index) => index.IndexName;
	return {
		name,
		keySchema: (t.KeySchema ?? []).map((k) => ({
			AttributeName: k.AttributeName,
			KeyType: k.KeyType
		})),
		attributeDefinitions: sortBy(t.AttributeDefinitions ?? [], (a) => a.AttributeName),
		billingMode,
		provisionedThroughput: throughput(provisioned, t.ProvisionedThroughput),
		onDemandThroughput: onDemand(t.OnDemandThroughput),
		localSecondaryIndexes: t.LocalSecondaryIndexes?.length ? sortBy(t.LocalSecondaryIndexes.map((l) => ({
			IndexName: l.IndexName,
			KeySchema: l.KeySchema,
			Projection: projection(l.Projection)
		})), byName) : void 0,
		globalSecondaryIndexes: t.GlobalSecondaryIndexes?.length ? sortBy(t.GlobalSecondaryIndexes.map((g) => globalIndex(provisioned, g)), byName) : void 0,
		streamViewType: t.StreamSpecification?.StreamEnabled ? t.StreamSpecification.StreamViewType : void 0,
		sse: t.SSEDescription?.SSEType === "KMS" && (t.SSEDescription.Status === "ENABLED" || t.SSEDescription.Status === "ENABLING") ? { kmsKeyId: t.SSEDescription.KMSMasterKeyArn } : void 0,
		tableClass: t.TableClassSummary?.TableClass,
		deletionProtection: t.DeletionProtectionEnabled || void 0,
		ttlAttribute: ttlStatus === "ENABLED" || ttlStatus === "ENABLING" ? ttl.TimeToLiveDescription.AttributeName : void 0,
		pointInTimeRecovery: backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === "ENABLED" || void 0,
		tags,
		resourcePolicy: policy,
		kinesisDestinations: destinations
	};
}
/** Polls DescribeTable until `done` holds for the table (undefined once it is gone). */
function waitForTable(ddb, name, done, what) {
	return pollUntil(() => tableDescription(ddb, name), done, `Table ${name}`, what, TABLE_WAIT_MS);
}
/** Ready for the next UpdateTable: a table whose indexes or replicas are still being made refuses it. */
function isActive(t) {
	const indexesActive = (t?.GlobalSecondaryIndexes ?? []).every((g) => !g.IndexStatus || g.IndexStatus === "ACTIVE");
	const replicasActive = (t?.Replicas ?? []).every((r) => !r.ReplicaStatus || r.ReplicaStatus === "ACTIVE");
	return t?.TableStatus === "ACTIVE" && indexesActive && replicasActive;
}
async function createTable(ddb, t) {
	await ddb.send(new import_dist_cjs$1.CreateTableCommand({
		TableName: t.name,
		KeySchema: t.keySchema,
		AttributeDefinitions: t.attributeDefinitions,
		BillingMode: t.billingMode,
		ProvisionedThroughput: t.provisionedThroughput,
		OnDemandThroughput: t.onDemandThroughput,
		LocalSecondaryIndexes: t.localSecondaryIndexes,
		GlobalSecondaryIndexes: t.globalSecondaryIndexes,
		SSESpecification: t.sse ? {
			Enabled: true,
			SSEType: "KMS",
			KMSMasterKeyId: t.sse.kmsKeyId
		} : void 0,
		TableClass: t.tableClass,
		DeletionProtectionEnabled: t.deletionProtection,
		Tags: t.tags
	}));
}
/** Makes the table's TTL what the pod says, leaving it alone when it already is. */
async function restoreTtl(ddb, t) {
	const current = (await ddb.send(new import_dist_cjs$1.DescribeTimeToLiveCommand({ TableName: t.name }))).TimeToLiveDescription;
	const enabled = current?.TimeToLiveStatus === "ENABLED" || current?.TimeToLiveStatus === "ENABLING";
	if (t.ttlAttribute && !(enabled && current?.AttributeName === t.ttlAttribute)) {
		const TimeToLiveSpecification = {
			Enabled: true,
			AttributeName: t.ttlAttribute
		};
		await ddb.send(new import_dist_cjs$1.UpdateTimeToLiveCommand({
			TableName: t.name,
			TimeToLiveSpecification
		}));
	} else if (!t.ttlAttribute && enabled) {
		const TimeToLiveSpecification = {
			Enabled: false,
			AttributeName: current.AttributeName
		};
		await ddb.send(new import_dist_cjs$1.UpdateTimeToLiveCommand({
			TableName: t.name,
			TimeToLiveSpecification
		}));
	}
}
/**
* Brings an active table's TTL, point-in-time recovery, resource policy and tags to the pod's.
* On a table CreateTable has just made from the pod (`fresh`), what it leaves unset or sets as
* the pod says is not checked.
*/
async function applySettings(ddb, t, active, fresh) {
	await restoreTtl(ddb, t);
	if (t.pointInTimeRecovery || !fresh) await ddb.send(new import_dist_cjs$1.UpdateContinuousBackupsCommand({
		TableName: t.name,
		PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: t.pointInTimeRecovery ?? false }
	}));
	if (t.resourcePolicy || !fresh) await restoreResourcePolicy(ddb, active.TableArn, t.resourcePolicy);
	if (!fresh && t.tags) {
		const current = new Map((await tableTags(ddb, active.TableArn) ?? []).map((tag) => [tag.Key, tag.Value]));
		const changed = t.tags.filter((tag) => current.get(tag.Key) !== tag.Value);
		if (changed.length > 0) await ddb.send(new import_dist_cjs$1.TagResourceCommand({
			ResourceArn: active.TableArn,
			Tags: changed
		}));
	}
}
/**
* Makes the table exist where `ddb` works, or keeps an existing one of that name (its key schema
* and indexes cannot change in place), then applies its settings. Settings the instance rejects
* are reported and the items still go in.
*/
async function ensureTable(context, ddb, t, how) {
	const existed = await ensureThenConfigure(context, `${how.label} settings`, {
		describe: () => tableDescription(ddb, t.name),
		create: how.create,
		ready: async () => await waitForTable(ddb, t.name, isActive, "ACTIVE"),
		configure: (active, existed) => applySettings(ddb, t, active, how.fromPod && !existed)
	});
	if (t.kinesisDestinations || existed) context.afterRestore(`${how.label} streaming destinations`, () => restoreStreamingDestinations(ddb, t.name, t.kinesisDestinations));
	return existed;
}
/**
* Restores the table in the region of `ddb` (its replicas come after its items: see
* `replicas.ts`); says whether it existed already.
*/
function restoreTable(context, ddb, t) {
	return ensureTable(context, ddb, t, {
		label: `table ${t.name}`,
		create: () => createTable(ddb, t),
		fromPod: true
	});
}
/**
* Turns on the stream of a table this load created, once its items are in: the load's own
* writes are then no changes in the stream, and a reader from its start (an event source
* mapping at TRIM_HORIZON) gets none of them.
*/
async function startStream(ddb, t) {
	if (!t.streamViewType) return;
	await ddb.send(new import_dist_cjs$1.UpdateTableCommand({
		TableName: t.name,
		StreamSpecification: {
			StreamEnabled: true,
			StreamViewType: t.streamViewType
		}
	}));
	await waitForTable(ddb, t.name, isActive, "ACTIVE");
}
// src/engine/state/portable/dynamodb/deletion.ts
/**
* Deleting a table from one region: the scope a clear works on. A table with replicas is kept in
* other regions too, and only this region's copy goes.
*/
/**
* Takes `region` out of the table's replicas through a region that keeps it, as DeleteTable of a
* replica does on AWS. Says whether that worked; false leaves the copy to DeleteTable.
*
* LocalStack keeps one copy of a replicated table, in the region that created it, and serves the
* others from it: it refuses to take that region out of the replicas, and DeleteTable there
* deletes the table in every region (as DeleteTable in a replica's region does, which also leaves
* the table's stream behind). When the other regions are cleared at the same time, they may be
* gone before the request reaches them: DeleteTable then finishes.
*/
async function leaveReplicas(clients, region, t) {
	const stays = t.Replicas?.[0]?.RegionName;
	if (!stays) return false;
	const ReplicaUpdates = [{ Delete: { RegionName: region } }];
	try {
		await clients(stays).send(new import_dist_cjs$1.UpdateTableCommand({
			TableName: t.TableName,
			ReplicaUpdates
		}));
		return true;
	} catch (error) {
		if (isNamed(error, ["ValidationException", "ResourceNotFoundException"])) return false;
		throw error;
	}
}
/** Deletes a table's copy in `region` with its items, deletion protection or not, and waits until it is gone there. */
async function deleteTable(context, region, name) {
	const clients = clientsOf(context);
	const ddb = clients(region);
	const t = await tableDescription(ddb, name);
	if (!t) return;
	if (t.DeletionProtectionEnabled) await ddb.send(new import_dist_cjs$1.UpdateTableCommand({
		TableName: name,
		DeletionProtectionEnabled: false
	}));
	const byDeleteTable = !await leaveReplicas(clients, region, t);
	if (byDeleteTable) await unlessMissing(ddb.send(new import_dist_cjs$1.DeleteTableCommand({ TableName: name })), ["ResourceNotFoundException"]);
	await waitForTable(ddb, name, (gone) => gone === void 0, "deleted");
	if (byDeleteTable) await waitForTableStream(context, region, t);
}
// src/engine/state/portable/dynamodb/holding-region.ts
/**
* The region whose capture holds a resource kept in several regions (a table with replicas, a
* global table): the first, in code-unit order, of its regions that the save captures. Every
* region's capture sees the same regions and decides alike without asking the others, so the
* resource is saved once (a replicated table's items once), in the same layer save after save.
* Among the captured regions only, so a save limited to some regions still holds it.
*/
function holdingRegion(regions, captured) {
	return regions.filter((region) => captured.includes(region)).sort()[0];
}
// src/engine/state/portable/dynamodb/global-tables.ts
/**
* Global tables of version 2017.11.29 (CreateGlobalTable, Terraform's `aws_dynamodb_global_table`):
* tables of one name, each created in its region, grouped under that name. Each region's layer
* keeps its own table with its items; the group is kept once (see `holding-region.ts`), and a load
* makes it again once the tables of every region are back.
*
* LocalStack keeps the group only (it checks no table, and copies no item), and never forgets a
* name: with every region taken out, a group stays listed, empty, which is read as no group.
* moto does not implement these at all.
*/
const GLOBAL_TABLE = recordKind("global-table");
/** The global tables whose group names `region`, sorted by name. */
async function globalTables(ddb, region) {
	const pages = pagesOf((ExclusiveStartGlobalTableName) => ddb.send(new import_dist_cjs$1.ListGlobalTablesCommand({
		RegionName: region,
		ExclusiveStartGlobalTableName
	})), (page) => page.LastEvaluatedGlobalTableName);
	const tables = (await unlessUnimplemented(ddb, "ListGlobalTables", () => collect(pages, (page) => page.GlobalTables)) ?? []).map((g) => ({
		name: g.GlobalTableName,
		regions: sortBy((g.ReplicationGroup ?? []).map((r) => r.RegionName), (r) => r)
	}));
	return sortBy(tables.filter((g) => g.regions.includes(region)), (g) => g.name);
}
/**
* The global tables the capture of `region` holds. One whose group names regions the save leaves
* out is kept with them, and said so: their tables are not in the pod.
*/
async function captureGlobalTables(context, ddb, region, captured) {
	const held = (await globalTables(ddb, region)).filter((g) => holdingRegion(g.regions, captured) === region);
	for (const g of held) {
		const left = g.regions.filter((r) => !captured.includes(r));
		if (left.length > 0) context.warn(GLOBAL_TABLE.label(g.name), `its group names ${left.join(", ")}, which this save does not capture: a load recreates the group only where a table ${g.name} is there`);
	}
	return held;
}
/** Brings an existing global table's group to the pod's: regions added, and others taken out. */
async function regroup(ddb, g) {
	const current = ((await ddb.send(new import_dist_cjs$1.DescribeGlobalTableCommand({ GlobalTableName: g.name }))).GlobalTableDescription?.ReplicationGroup ?? []).map((r) => r.RegionName);
	const ReplicaUpdates = [...g.regions.filter((r) => !current.includes(r)).map((RegionName) => ({ Create: { RegionName } })), ...current.filter((r) => !g.regions.includes(r)).map((RegionName) => ({ Delete: { RegionName } }))];
	if (ReplicaUpdates.length > 0) await ddb.send(new import_dist_cjs$1.UpdateGlobalTableCommand({
		GlobalTableName: g.name,
		ReplicaUpdates
	}));
}
/**
* Makes the global table's group the pod's. Run after the whole load: the tables of all its
* regions must exist (AWS wants them empty too; LocalStack checks neither).
*/
async function restoreGlobalTable(ddb, g) {
	const ReplicationGroup = g.regions.map((RegionName) => ({ RegionName }));
	try {
		await createOrUpdate(() => ddb.send(new import_dist_cjs$1.CreateGlobalTableCommand({
			GlobalTableName: g.name,
			ReplicationGroup
		})), () => regroup(ddb, g));
	} catch (error) {
		if (!isUnimplemented(error)) throw error;
		throw new Error("The instance does not implement global tables of version 2017.11.29 (moto does not): its tables are restored, each on its own", { cause: error });
	}
}
/**
* Takes `region` out of the groups of the global tables that name it (those named in `only`, when
* given), before its tables are deleted: a group would otherwise go on naming the region, and a
* load that recreates it finds it there already.
*/
async function leaveGlobalTables(ddb, region, only) {
	for (const g of await globalTables(ddb, region)) {
		if (only && !only.has(g.name)) continue;
		const ReplicaUpdates = [{ Delete: { RegionName: region } }];
		await ddb.send(new import_dist_cjs$1.UpdateGlobalTableCommand({
			GlobalTableName: g.name,
			ReplicaUpdates
		}));
	}
}
// src/engine/state/portable/dynamodb/item-writes.ts
/**
* Writing a pod's items back: gathered into batches of BatchWriteItem, several batches in
* flight, each item reported by itself.
*/
/** BatchWriteItem's limit of requests per call, and the calls in flight during restore. */
const WRITE_LIMITS = {
	entries: 25,
	inFlight: 8
};
/** Writes one batch, sending UnprocessedItems again with backoff. */
async function writeBatch(ddb, table, batch) {
	await sendUntilDone(batch.map(({ item }) => ({ PutRequest: { Item: item } })), async (requests) => {
		return ((await ddb.send(new import_dist_cjs$1.BatchWriteItemCommand({ RequestItems: { [table]: [...requests] } }))).UnprocessedItems?.[table] ?? []).map((r) => ({ PutRequest: { Item: r.PutRequest.Item } }));
	}, (count) => `${count} items of table ${table} stayed unprocessed`);
}
/** A rejected batch is written item by item, so only the items the instance rejects fail. */
async function restoreBatch(context, ddb, table, batch) {
	try {
		await writeBatch(ddb, table, batch);
		for (const { label } of batch) context.progress(label);
	} catch {
		const put = (item) => ddb.send(new import_dist_cjs$1.PutItemCommand({
			TableName: table,
			Item: item
		}));
		await Promise.all(batch.map(({ label, item }) => attempt(context, label, () => put(item))));
	}
}
/** The items of a restore, taken in one after another and written in batches of one table each. */
var ItemWriter = class {
	batches;
	constructor(context, ddb) {
		this.batches = new Batches(WRITE_LIMITS, (batch, table) => restoreBatch(context, ddb, table, batch));
	}
	/** Takes an item of `table` in, reported as `label`. */
	add(table, label, item) {
		return this.batches.add({
			label,
			item
		}, 0, table);
	}
	/** Sends what is left, and waits for every batch in flight. */
	flush() {
		return this.batches.flush();
	}
};
// src/engine/state/portable/dynamodb/replicas.ts
/**
* Replicas (global tables of version 2019.11.21: Terraform's `replica` blocks and
* `aws_dynamodb_table_replica`): one table kept in several regions, an item written in one seen
* in all, DescribeTable in each listing the others. The pod keeps such a table once, in the layer
* of one of its regions (see `holding-region.ts`), its items once, and per other region what that
* replica has of its own. A load creates the table there, writes its items, then adds the
* replicas. moto keeps none (it answers UpdateTable's ReplicaUpdates and ignores them), so a save
* from moto never holds any, and a load into moto reports each replica of the pod.
*/
/** The regions of the table's replicas besides the one DescribeTable was asked in. */
function replicaRegions(t) {
	return (t?.Replicas ?? []).map((r) => r.RegionName);
}
/** Unset limits read as absent or -1 depending on the instance. */
function overridesOf(d) {
	const read = d.ProvisionedThroughputOverride?.ReadCapacityUnits ?? 0;
	const limit = d.OnDemandThroughputOverride?.MaxReadRequestUnits ?? 0;
	if (read <= 0 && limit <= 0) return void 0;
	return {
		...read > 0 ? { ProvisionedThroughputOverride: { ReadCapacityUnits: read } } : {},
		...limit > 0 ? { OnDemandThroughputOverride: { MaxReadRequestUnits: limit } } : {}
	};
}
function indexOverrides(r) {
	const indexes = (r.GlobalSecondaryIndexes ?? []).flatMap((g) => {
		const overrides = overridesOf(g);
		return overrides ? [{
			IndexName: g.IndexName,
			...overrides
		}] : [];
	});
	return indexes.length > 0 ? sortBy(indexes, (g) => g.IndexName) : void 0;
}
/**
* The KMS key that other regions list for `region`'s copy: LocalStack reports the key of a
* replica there only, its own DescribeTable shows none (AWS shows it in both).
*/
function keyListedElsewhere(region, copies) {
	return copies.flatMap((c) => c.own.Replicas ?? []).find((r) => r.RegionName === region)?.KMSMasterKeyId;
}
/**
* A replica's own settings, read in its region, where AWS reports its encryption key and table
* class and LocalStack those of the region that created the table only; otherwise as the table's
* description lists the replica (LocalStack keeps the key a replica was created with, and drops
* its table class).
*/
async function describeReplica(ddb, { listed, own }) {
	const settings = await settingsOf(ddb, own);
	return {
		region: listed.RegionName,
		kmsKeyId: settings.sse?.kmsKeyId ?? listed.KMSMasterKeyId,
		tableClass: settings.tableClass ?? listed.ReplicaTableClassSummary?.TableClass,
		throughput: overridesOf(listed),
		indexThroughput: indexOverrides(listed),
		ttlAttribute: settings.ttlAttribute,
		pointInTimeRecovery: settings.pointInTimeRecovery,
		tags: settings.tags,
		resourcePolicy: settings.resourcePolicy,
		kinesisDestinations: settings.kinesisDestinations
	};
}
/** The table's replicas that are there still, as listed and as described in their regions, by region. */
async function copiesOf(clients, t) {
	const listed = sortBy(t.Replicas ?? [], (r) => r.RegionName);
	return (await Promise.all(listed.map(async (r) => ({
		listed: r,
		own: await tableDescription(clients(r.RegionName), t.TableName)
	})))).filter((c) => c.own !== void 0);
}
/**
* A table's settings with its replicas', as the capture of `region` holds it; undefined when the
* table is gone, or another region's capture holds it.
*/
async function captureTable(clients, region, captured, name) {
	const ddb = clients(region);
	const t = await tableDescription(ddb, name);
	if (!t || holdingRegion([region, ...replicaRegions(t)], captured) !== region) return void 0;
	const settings = await settingsOf(ddb, t);
	const copies = await copiesOf(clients, t);
	if (copies.length === 0) return settings;
	const listedKey = keyListedElsewhere(region, copies);
	const replicas = await Promise.all(copies.map((c) => describeReplica(clients(c.listed.RegionName), c)));
	return {
		...settings,
		sse: settings.sse ?? (listedKey ? { kmsKeyId: listedKey } : void 0),
		replicas
	};
}
/** The table as its replica `r` has it: the table's settings with the replica's own. */
function inReplica(t, r) {
	return {
		...t,
		ttlAttribute: r.ttlAttribute,
		pointInTimeRecovery: r.pointInTimeRecovery,
		tags: r.tags,
		resourcePolicy: r.resourcePolicy,
		kinesisDestinations: r.kinesisDestinations
	};
}
/** Adds the replica `r` to the table through `home`, a region the table is in, and waits until the table takes the next change. */
async function addReplica(home, name, r) {
	const Create = {
		RegionName: r.region,
		KMSMasterKeyId: r.kmsKeyId,
		TableClassOverride: r.tableClass,
		...r.throughput,
		GlobalSecondaryIndexes: r.indexThroughput
	};
	if (!replicaRegions((await home.send(new import_dist_cjs$1.UpdateTableCommand({
		TableName: name,
		ReplicaUpdates: [{ Create }]
	}))).TableDescription).includes(r.region)) throw new Error(`The instance keeps no replicas (moto answers as if it made one, and makes none): the table stays in one region`);
	await waitForTable(home, name, isActive, "ACTIVE");
}
/**
* Makes way for the replica `r`: a table of that name in its region that is not one of this
* table's replicas is deleted. A load that clears the table's region but not that one leaves the
* old copy there, as a table of its own.
*/
async function makeWay(context, region, name, r) {
	const there = await tableDescription(clientsOf(context)(r.region), name);
	if (there && !replicaRegions(there).includes(region)) await deleteTable(context, r.region, name);
}
/**
* Adds the table's replicas from `region`, where the table was just restored with its items
* (which a new replica copies), one after the other. A replica that is there already is kept,
* with its own settings brought to the pod's.
*/
async function restoreReplicas(context, region, t) {
	const clients = clientsOf(context);
	for (const r of t.replicas ?? []) {
		const label = `table ${t.name} replica ${r.region}`;
		const create = () => addReplica(clients(region), t.name, r);
		await reportFailure(context, label, async () => {
			await makeWay(context, region, t.name, r);
			await ensureTable(context, clients(r.region), inReplica(t, r), {
				label,
				create,
				fromPod: false
			});
		});
	}
}
// src/engine/state/portable/dynamodb/requests.ts
/** DynamoDB writes of one item, named by its `Item` or `Key`. */
const ITEM_WRITES = /* @__PURE__ */ new Set([
	"PutItem",
	"UpdateItem",
	"DeleteItem"
]);
/** The group of one item; undefined (the whole service) when the write does not say which. */
function itemOf(table, attributes) {
	if (typeof table !== "string" || !attributes || typeof attributes !== "object") return void 0;
	return itemGroup(table, attributes);
}
/** The table of a DynamoDB `TableName` or `ResourceArn`, which may be an ARN. */
function tableOf(name) {
	if (typeof name !== "string") return void 0;
	return name.replace(/^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\//, "").split("/")[0];
}
/**
* What a DynamoDB write changes: items by the attributes or key it names (see `item-groups.ts`),
* and for any other write its whole table, by `TableName`, a table ARN, or a global table's name
* (its tables'). A write that names no plain table (PartiQL, backups) counts for the whole service.
*/
const dynamodbRequests = {
	targetPrefix: "DynamoDB_20120810",
	groups({ operation, body = {} }) {
		if (operation === "BatchWriteItem") return Object.entries(body.RequestItems ?? {}).flatMap(([table, requests]) => requests.map((r) => itemOf(table, r.PutRequest?.Item ?? r.DeleteRequest?.Key)));
		if (operation === "TransactWriteItems") return (body.TransactItems ?? []).map((i) => {
			const action = i.Put ?? i.Update ?? i.Delete ?? i.ConditionCheck;
			return itemOf(tableOf(action?.TableName), action?.Item ?? action?.Key);
		});
		if (operation && ITEM_WRITES.has(operation)) return [itemOf(tableOf(body.TableName), body.Item ?? body.Key)];
		return [tableOf(body.TableName ?? body.ResourceArn ?? body.GlobalTableName)];
	},
	deliversTo: ["lambda", "kinesis"]
};
// src/engine/state/portable/dynamodb/scan.ts
/**
* Reading a table's items in primary-key order, so the same items always make the same layer,
* with a bounded amount of them held in memory.
*/
/** Segments of the parallel Scan that reads a table. */
const SCAN_SEGMENTS = 4;
/**
* Item data (roughly) a capture holds to sort a table it reads in one Scan. Past it the Scan
* goes on reading keys only, and the items are read again in key order: twice the requests.
*/
const SORT_IN_MEMORY_BYTES = 33554432;
/** BatchGetItem's limit of keys per request. */
const GET_BATCH = 100;
/** BatchGetItem requests in flight for one table. */
const GET_CONCURRENCY = 4;
/** Roughly the bytes an item's attribute names and values hold: what a one-pass capture keeps in memory. */
function itemSize(value) {
	const v = value;
	if (v.S !== void 0) return v.S.length;
	if (v.N !== void 0) return v.N.length;
	if (v.B !== void 0) return v.B.byteLength;
	if (v.SS !== void 0 || v.NS !== void 0) return (v.SS ?? v.NS ?? []).reduce((sum, t) => sum + t.length, 0);
	if (v.BS !== void 0) return v.BS.reduce((sum, b) => sum + b.byteLength, 0);
	if (v.L !== void 0) return v.L.reduce((sum, e) => sum + itemSize(e), 0);
	if (v.NULL !== void 0 || v.BOOL !== void 0) return 1;
	return Object.entries(v.M ?? value).reduce((sum, [name, e]) => sum + name.length + itemSize(e), 0);
}
function take(scan, items) {
	for (const item of items) {
		if (scan.keysOnly) {
			scan.rows.push(keyOf(item, scan.keyNames));
			continue;
		}
		scan.rows.push(item);
		scan.bytes += itemSize(item);
	}
	if (!scan.keysOnly && scan.bytes > SORT_IN_MEMORY_BYTES) {
		scan.keysOnly = true;
		scan.rows = scan.rows.map((item) => keyOf(item, scan.keyNames));
	}
}
async function scanSegment(ddb, table, scan, segment) {
	const names = Object.fromEntries(scan.keyNames.map((name, i) => [`#k${i}`, name]));
	let start;
	do {
		const page = await ddb.send(new import_dist_cjs$1.ScanCommand({
			TableName: table,
			...segment === void 0 ? {} : {
				Segment: segment,
				TotalSegments: SCAN_SEGMENTS
			},
			ConsistentRead: true,
			...scan.keysOnly ? {
				ProjectionExpression: Object.keys(names).join(", "),
				ExpressionAttributeNames: names
			} : {},
			...start ? { ExclusiveStartKey: start } : {}
		}));
		take(scan, page.Items ?? []);
		start = page.LastEvaluatedKey;
	} while (start);
}
/**
* A table read with a parallel Scan: its whole items while they fit in SORT_IN_MEMORY_BYTES,
* else only its keys (the items read so far are cut down to theirs). A single Scan takes over
* when the segmented one fails: moto 5 answers 500 to a segmented Scan of a table whose hash
* key is binary.
*/
async function scanTable(ddb, table, keyNames) {
	const fresh = () => ({
		keyNames,
		rows: [],
		bytes: 0,
		keysOnly: false
	});
	let scan = fresh();
	try {
		await Promise.all(Array.from({ length: SCAN_SEGMENTS }, (_, i) => scanSegment(ddb, table, scan, i)));
	} catch {
		scan = fresh();
		await scanSegment(ddb, table, scan);
	}
	return scan;
}
/** The items of `keys`, in the order of `keys`; an item deleted since the Scan is left out. */
async function getItems(ddb, table, keyNames, keys) {
	const found = /* @__PURE__ */ new Map();
	await sendUntilDone(keys, async (pending) => {
		const RequestItems = { [table]: {
			Keys: [...pending],
			ConsistentRead: true
		} };
		const answer = await ddb.send(new import_dist_cjs$1.BatchGetItemCommand({ RequestItems }));
		for (const item of answer.Responses?.[table] ?? []) found.set(matchKey(item, keyNames), item);
		return answer.UnprocessedKeys?.[table]?.Keys ?? [];
	}, (count) => `${count} keys of table ${table} stayed unprocessed`);
	return keys.map((key) => found.get(matchKey(key, keyNames))).filter((item) => item !== void 0);
}
/**
* A table's items sorted by primary key. A table that fits is read once and sorted in memory;
* of a larger one only the keys are held and sorted, and the items follow in sorted batches of
* BatchGetItem, a few in flight.
*/
async function* tableItems(ddb, table, keyNames) {
	const scan = await scanTable(ddb, table, keyNames);
	const sorted = scan.rows.sort(compareKeys(keyNames));
	if (!scan.keysOnly) {
		yield* sorted;
		return;
	}
	const batches = mapOrdered(chunks(sorted, GET_BATCH), GET_CONCURRENCY, (batch) => getItems(ddb, table, keyNames, batch));
	for await (const items of batches) yield* items;
}
// src/engine/state/portable/dynamodb/dynamodb.ts
/** Tables described at once during capture, and deleted at once by `clear`. */
const TABLE_CONCURRENCY = 4;
/** DeleteItem calls in flight for the single items a partial load clears. */
const DELETE_CONCURRENCY = 8;
const TABLE = recordKind("table");
const ITEM = recordKind("item");
/**
* One region's tables, each followed by its items, then the global tables. A table or global
* table kept in several regions is held by one of the regions the save captures (see
* `holding-region.ts`), which is why each region's capture is told them all.
*/
async function* captureRegion(context, region, captured) {
	const ddb = client(context, region);
	const clients = clientsOf(context);
	const tables = mapOrdered(await tableNames(ddb), TABLE_CONCURRENCY, (name) => captureTable(clients, region, captured, name));
	for await (const table of tables) {
		if (!table) continue;
		yield TABLE.record(region, table.name, table);
		const keyNames = keyNamesOf(table.keySchema);
		for await (const item of tableItems(ddb, table.name, keyNames)) yield ITEM.record(region, `${table.name}/${keyId(item, keyNames)}`, {
			table: table.name,
			item: itemToJson(item)
		});
	}
	for (const g of await captureGlobalTables(context, ddb, region, captured)) yield GLOBAL_TABLE.record(region, g.name, g);
}
function capture(context, regions) {
	return eachRegion((c, region) => captureRegion(c, region, regions))(context, regions);
}
const regionsWithState = regionsWhere(async (context, region) => ((await client(context, region).send(new import_dist_cjs$1.ListTablesCommand({ Limit: 1 }))).TableNames ?? []).length > 0);
/**
* Deletes the tables of one region, or those of them named in `only`, with their items, and
* takes the region out of their global tables' groups.
*/
async function clear(context, region, only) {
	const ddb = client(context, region);
	await leaveGlobalTables(ddb, region, only);
	const names = (await tableNames(ddb)).filter((name) => !only || only.has(name));
	await forEachLimit(names, TABLE_CONCURRENCY, (name) => deleteTable(context, region, name));
}
/** Groups (see `item-groups.ts`) as whole tables, and the items named per table. */
function splitGroups(groups) {
	const tables = /* @__PURE__ */ new Set();
	const items = /* @__PURE__ */ new Map();
	for (const group of groups) {
		const { table, item } = parseGroup(group);
		if (!item) tables.add(table);
		else items.set(table, [...items.get(table) ?? [], item]);
	}
	return {
		tables,
		items
	};
}
/**
* The records a restore of `groups` writes: whole tables with their items and global tables (of
* the same name), and single items of tables that stay as they are. A table's record comes before
* its items, and gives the key schema that picks each named item's key out of the attributes its
* write gave.
*/
function selectGroups(groups) {
	const { tables, items } = splitGroups(groups);
	let keys = /* @__PURE__ */ new Set();
	let keyNames = [];
	return (record) => {
		if (GLOBAL_TABLE.is(record)) return tables.has(GLOBAL_TABLE.data(record).name);
		if (TABLE.is(record)) {
			const table = TABLE.data(record);
			keyNames = keyNamesOf(table.keySchema);
			keys = new Set((items.get(table.name) ?? []).map((item) => jsonKey(item, keyNames)));
			keys.delete(void 0);
			return tables.has(table.name);
		}
		const { table, item } = ITEM.data(record);
		return tables.has(table) || keys.has(jsonKey(item, keyNames));
	};
}
/**
* Deletes the tables of `groups`, and the single items named of other tables (by the key
* schema the instance reports; a table that is gone has none left to delete).
*/
async function clearGroups(context, region, groups) {
	const { tables, items } = splitGroups(groups);
	if (tables.size > 0) await clear(context, region, tables);
	const ddb = client(context, region);
	await forEachLimit([...items].filter(([table]) => !tables.has(table)), TABLE_CONCURRENCY, async ([table, named]) => {
		const schema = (await tableDescription(ddb, table))?.KeySchema;
		if (!schema) return;
		const keyNames = keyNamesOf(schema);
		const keys = named.filter((item) => jsonKey(item, keyNames) !== void 0);
		await forEachLimit(keys, DELETE_CONCURRENCY, async (item) => {
			await ddb.send(new import_dist_cjs$1.DeleteItemCommand({
				TableName: table,
				Key: keyOf(itemFromJson(item), keyNames)
			}));
		});
	});
}
/**
* Tables, each followed by its items; the items go in batches, and a table's batches finish
* before its stream is turned on (a table this load made), its replicas are added and the next
* table starts. Global tables are made again after
* the whole load, once every region's tables are back.
*/
async function restore(context, region, records) {
	const ddb = client(context, region);
	const items = new ItemWriter(context, ddb);
	await restoreContainers(context, records, {
		container: TABLE,
		content: ITEM,
		containerOf: (item) => item.table,
		async restoreContainer(table) {
			return {
				table,
				created: !await restoreTable(context, ddb, table)
			};
		},
		restoreContent: ({ table, item }, _, record) => items.add(table, ITEM.label(record.id), itemFromJson(item)),
		concurrency: 1,
		async finish(restored) {
			await items.flush();
			if (!restored) return;
			if (restored.created) await reportFailure(context, `table ${restored.table.name} stream`, () => startStream(ddb, restored.table));
			await restoreReplicas(context, region, restored.table);
		},
		standalone: [on(GLOBAL_TABLE, async (g) => context.afterRestore(GLOBAL_TABLE.label(g.name), () => restoreGlobalTable(ddb, g)))]
	});
}
/**
* DynamoDB: tables (keys, indexes, billing, streams, SSE, TTL, PITR, tags, replicas) and every
* item, sorted by key, and global tables of version 2017.11.29.
*/
const dynamodb = {
	name: "dynamodb",
	dependsOn: ["kms"],
	capture,
	regionsWithState,
	clear,
	partial: {
		select: selectGroups,
		clear: clearGroups
	},
	restore,
	requests: dynamodbRequests
};
export { dynamodb };
