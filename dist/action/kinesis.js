import { o as __toESM } from "./rolldown-runtime.js";
import { t as require_dist_cjs } from "./dist-cjs4.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import "./ids.js";
import { a as sortBy, g as recordKind, i as nonEmpty, n as chunks, p as restoreContainers, u as ensureThenConfigure } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as pollUntil } from "./wait.js";
import { n as sendUntilDone, t as Batches } from "./batches.js";
import { n as sortedTags } from "./tags.js";
import { d as unlessMissing, i as pagesOf, m as clientOf, r as collect } from "./kit.js";
import { createHash } from "node:crypto";
// src/engine/state/portable/kinesis/put-records.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
/** PutRecords' limits per call: records, and bytes of data and partition keys. */
const PUT_BATCH_RECORDS = 500;
const PUT_BATCH_BYTES = 5242880;
/**
* Writes one batch in order, sending again the records the stream turned away; a batch the
* stream keeps turning away is reported as a range of records.
*/
async function putBatch(context, kin, batch) {
	try {
		await sendUntilDone(batch, async (entries) => {
			const results = (await kin.send(new import_dist_cjs.PutRecordsCommand({
				StreamName: entries[0].data.stream,
				Records: entries.map((e) => ({
					PartitionKey: e.data.partitionKey,
					Data: e.bytes,
					ExplicitHashKey: e.data.explicitHashKey
				}))
			}))).Records ?? [];
			return entries.filter((_, i) => results[i]?.ErrorCode !== void 0);
		}, (count) => `${count} records stayed rejected`);
		for (const { label } of batch) context.progress(label);
	} catch (error) {
		context.fail(`records ${batch[0].id} to ${batch[batch.length - 1].id}`, error);
	}
}
/**
* The records of a restore, in the pod's order. One batch is in flight at a time, so records of
* one partition key keep their order across batches.
*/
var RecordWriter = class {
	batches;
	constructor(context, kin) {
		this.batches = new Batches({
			entries: PUT_BATCH_RECORDS,
			bytes: PUT_BATCH_BYTES
		}, (batch) => putBatch(context, kin, batch));
	}
	/** Takes in the record `id` of a stream, reported as `label`. */
	add(id, label, data) {
		const bytes = new Uint8Array(Buffer.from(data.data, "base64"));
		return this.batches.add({
			id,
			label,
			data,
			bytes
		}, bytes.length + Buffer.byteLength(data.partitionKey), data.stream);
	}
	/** Puts what is left, and waits for it. */
	flush() {
		return this.batches.flush();
	}
};
// src/engine/state/portable/kinesis/stream-records.ts
/**
* Reading a stream's records, shard by shard, in the form the pod keeps them: with what a
* PutRecords needs to put each back into the same part of the hash space.
*/
/** All shards, closed parents included (their records are still within retention), parents first. */
async function shards(kin, name) {
	const pages = pagesOf((NextToken) => kin.send(new import_dist_cjs.ListShardsCommand(NextToken ? { NextToken } : { StreamName: name })), (page) => page.NextToken);
	return sortBy(await collect(pages, (page) => page.Shards), (shard) => shard.ShardId);
}
/** The hash a partition key maps to: MD5 as a 128-bit unsigned integer. */
function partitionHash(partitionKey) {
	return BigInt(`0x${createHash("md5").update(partitionKey, "utf8").digest("hex")}`);
}
/**
* GetRecords does not return a record's ExplicitHashKey. When the partition key's own hash lies
* outside the shard the record sits in, the producer must have given one: the shard's first hash
* key stands in for it, so the record lands in the same part of the hash space again.
*/
function explicitHashKey(partitionKey, shard) {
	const range = shard.HashKeyRange;
	if (!range?.StartingHashKey || !range.EndingHashKey) return void 0;
	const hash = partitionHash(partitionKey);
	if (hash >= BigInt(range.StartingHashKey) && hash <= BigInt(range.EndingHashKey)) return void 0;
	return range.StartingHashKey;
}
/**
* Every record of a stream, shard after shard from TRIM_HORIZON until caught up. Reading moves
* no checkpoint in Kinesis, so the stream is left as it was.
*/
async function* streamRecords(kin, name) {
	for (const shard of await shards(kin, name)) {
		let iterator = (await kin.send(new import_dist_cjs.GetShardIteratorCommand({
			StreamName: name,
			ShardId: shard.ShardId,
			ShardIteratorType: "TRIM_HORIZON"
		}))).ShardIterator;
		while (iterator) {
			const page = await kin.send(new import_dist_cjs.GetRecordsCommand({ ShardIterator: iterator }));
			for (const r of page.Records ?? []) yield {
				stream: name,
				partitionKey: r.PartitionKey,
				data: Buffer.from(r.Data ?? /* @__PURE__ */ new Uint8Array()).toString("base64"),
				explicitHashKey: explicitHashKey(r.PartitionKey, shard)
			};
			if ((page.Records ?? []).length === 0 && (page.MillisBehindLatest ?? 0) === 0) break;
			iterator = page.NextShardIterator;
		}
	}
}
// src/engine/state/portable/kinesis/streams.ts
/**
* Kinesis streams and their settings: listing a region's streams, reading a stream's settings as
* the pod keeps them, creating a stream or bringing an existing one's settings to the pod's, and
* deleting one.
*/
/** How long a stream may take to become ACTIVE, or to disappear after DeleteStream. */
const STREAM_WAIT_MS = 12e4;
/** AddTagsToStream's limit of tags per call. */
const TAGS_PER_CALL = 10;
/** Stream names; the page token is missing on some emulators, so the last name continues the listing. */
async function streamNames(kin) {
	const names = /* @__PURE__ */ new Set();
	let page = {};
	for (;;) {
		const answer = await kin.send(new import_dist_cjs.ListStreamsCommand(page));
		const listed = answer.StreamNames ?? [];
		for (const name of listed) if (!name.startsWith("__ddb_stream_")) names.add(name);
		if (!answer.HasMoreStreams || listed.length === 0) break;
		page = answer.NextToken ? { NextToken: answer.NextToken } : { ExclusiveStartStreamName: listed[listed.length - 1] };
	}
	return sortBy(names, (name) => name);
}
/** The stream's summary, or undefined when there is no such stream. */
async function streamSummary(kin, name) {
	const described = kin.send(new import_dist_cjs.DescribeStreamSummaryCommand({ StreamName: name }));
	return (await unlessMissing(described, ["ResourceNotFoundException"]))?.StreamDescriptionSummary;
}
/**
* The streams that live in `region`, sorted. LocalStack's kinesis-mock answers for regions it
* does not know with the streams of its default region, so each stream's ARN is checked.
*/
async function streamsInRegion(kin, region) {
	const names = await streamNames(kin);
	const arns = await Promise.all(names.map(async (name) => (await streamSummary(kin, name))?.StreamARN));
	return names.filter((_, i) => arns[i]?.split(":")[3] === region);
}
async function streamTags(kin, name) {
	const pages = pagesOf((ExclusiveStartTagKey) => kin.send(new import_dist_cjs.ListTagsForStreamCommand({
		StreamName: name,
		ExclusiveStartTagKey
	})), (page) => page.HasMoreTags && page.Tags?.length ? page.Tags[page.Tags.length - 1].Key : void 0);
	return sortedTags(await collect(pages, (page) => page.Tags), (tag) => tag.Key);
}
async function consumerNames(kin, arn) {
	const consumers = await collect(import_dist_cjs.paginateListStreamConsumers({ client: kin }, { StreamARN: arn }), (page) => page.Consumers);
	return nonEmpty(sortBy(consumers.map((c) => c.ConsumerName), (name) => name));
}
function metrics(summary) {
	return sortBy((summary.EnhancedMonitoring ?? []).flatMap((m) => m.ShardLevelMetrics ?? []), (metric) => metric);
}
/** The stream's resource policy; undefined when it has none (an empty one, on LocalStack). */
async function resourcePolicy(kin, ResourceARN) {
	const policy = (await unlessMissing(kin.send(new import_dist_cjs.GetResourcePolicyCommand({ ResourceARN }))))?.Policy;
	return policy && policy !== "{}" ? policy : void 0;
}
/** A stream's settings as the pod keeps them; undefined when the stream is gone. */
async function describeStream(kin, name) {
	const s = await streamSummary(kin, name);
	if (!s) return void 0;
	const [tags, consumers, policy] = await Promise.all([
		streamTags(kin, name),
		consumerNames(kin, s.StreamARN),
		resourcePolicy(kin, s.StreamARN)
	]);
	const mode = s.StreamModeDetails?.StreamMode ?? "PROVISIONED";
	return {
		name,
		mode,
		shardCount: mode === "PROVISIONED" ? s.OpenShardCount : void 0,
		retentionHours: s.RetentionPeriodHours ?? 24,
		encryptionKeyId: s.EncryptionType === "KMS" ? s.KeyId : void 0,
		shardLevelMetrics: nonEmpty(metrics(s)),
		consumers,
		tags,
		resourcePolicy: policy
	};
}
/** Polls DescribeStreamSummary until `done` holds for the stream (undefined once it is gone). */
function waitForStream(kin, name, done, what) {
	return pollUntil(() => streamSummary(kin, name), done, `Stream ${name}`, what, STREAM_WAIT_MS);
}
async function waitActive(kin, name) {
	return await waitForStream(kin, name, (s) => s?.StreamStatus === "ACTIVE", "ACTIVE");
}
/** Deletes a stream with its consumers, and waits until it is gone. */
async function deleteStream(kin, name) {
	await unlessMissing(kin.send(new import_dist_cjs.DeleteStreamCommand({
		StreamName: name,
		EnforceConsumerDeletion: true
	})), ["ResourceNotFoundException"]);
	await waitForStream(kin, name, (s) => s === void 0, "deleted");
}
/** Brings a stream's settings to the pod's, one change at a time: each leaves the stream UPDATING. */
async function applySettings(kin, s, current) {
	const StreamName = s.name;
	let now = current;
	if ((now.StreamModeDetails?.StreamMode ?? "PROVISIONED") !== s.mode) {
		await kin.send(new import_dist_cjs.UpdateStreamModeCommand({
			StreamARN: now.StreamARN,
			StreamModeDetails: { StreamMode: s.mode }
		}));
		now = await waitActive(kin, StreamName);
	}
	if (s.shardCount !== void 0 && now.OpenShardCount !== s.shardCount) {
		await kin.send(new import_dist_cjs.UpdateShardCountCommand({
			StreamName,
			TargetShardCount: s.shardCount,
			ScalingType: "UNIFORM_SCALING"
		}));
		now = await waitActive(kin, StreamName);
	}
	const retention = now.RetentionPeriodHours ?? 24;
	if (s.retentionHours > retention) {
		await kin.send(new import_dist_cjs.IncreaseStreamRetentionPeriodCommand({
			StreamName,
			RetentionPeriodHours: s.retentionHours
		}));
		now = await waitActive(kin, StreamName);
	} else if (s.retentionHours < retention) {
		await kin.send(new import_dist_cjs.DecreaseStreamRetentionPeriodCommand({
			StreamName,
			RetentionPeriodHours: s.retentionHours
		}));
		now = await waitActive(kin, StreamName);
	}
	const encryptedWith = now.EncryptionType === "KMS" ? now.KeyId : void 0;
	if (s.encryptionKeyId && s.encryptionKeyId !== encryptedWith) {
		await kin.send(new import_dist_cjs.StartStreamEncryptionCommand({
			StreamName,
			EncryptionType: "KMS",
			KeyId: s.encryptionKeyId
		}));
		now = await waitActive(kin, StreamName);
	} else if (!s.encryptionKeyId && encryptedWith) {
		await kin.send(new import_dist_cjs.StopStreamEncryptionCommand({
			StreamName,
			EncryptionType: "KMS",
			KeyId: encryptedWith
		}));
		now = await waitActive(kin, StreamName);
	}
	const wanted = new Set(s.shardLevelMetrics ?? []);
	const enabled = new Set(metrics(now));
	const enable = [...wanted].filter((m) => !enabled.has(m));
	const disable = [...enabled].filter((m) => !wanted.has(m));
	if (enable.length > 0) await kin.send(new import_dist_cjs.EnableEnhancedMonitoringCommand({
		StreamName,
		ShardLevelMetrics: enable
	}));
	if (disable.length > 0) await kin.send(new import_dist_cjs.DisableEnhancedMonitoringCommand({
		StreamName,
		ShardLevelMetrics: disable
	}));
	for (const batch of chunks(s.tags ?? [], TAGS_PER_CALL)) {
		const Tags = Object.fromEntries(batch.map((t) => [t.Key, t.Value ?? ""]));
		await kin.send(new import_dist_cjs.AddTagsToStreamCommand({
			StreamName,
			Tags
		}));
	}
	const ResourceARN = now.StreamARN;
	if (s.resourcePolicy) await kin.send(new import_dist_cjs.PutResourcePolicyCommand({
		ResourceARN,
		Policy: s.resourcePolicy
	}));
	else if (await resourcePolicy(kin, ResourceARN)) await kin.send(new import_dist_cjs.DeleteResourcePolicyCommand({ ResourceARN }));
	const registered = new Set(await consumerNames(kin, now.StreamARN) ?? []);
	for (const ConsumerName of s.consumers ?? []) {
		if (registered.has(ConsumerName)) continue;
		await kin.send(new import_dist_cjs.RegisterStreamConsumerCommand({
			StreamARN: now.StreamARN,
			ConsumerName
		}));
	}
}
/**
* Creates the stream, or updates the settings of an existing one; settings the instance rejects
* are reported and the records still go in. Returns whether the pod's records go in: only into a
* stream this restore created, as appending them to an existing stream (one restored from the
* same pod, typically) would repeat every record.
*/
async function restoreStream(context, kin, s) {
	return !await ensureThenConfigure(context, `stream ${s.name} settings`, {
		describe: () => streamSummary(kin, s.name),
		create: () => kin.send(new import_dist_cjs.CreateStreamCommand({
			StreamName: s.name,
			ShardCount: s.mode === "PROVISIONED" ? s.shardCount : void 0,
			StreamModeDetails: { StreamMode: s.mode }
		})),
		ready: () => waitActive(kin, s.name),
		configure: (active) => applySettings(kin, s, active)
	});
}
// src/engine/state/portable/kinesis/kinesis.ts
/**
* The SDK's default handler for Kinesis speaks HTTP/2 (for SubscribeToShard), which emulators
* on plain HTTP refuse; the engine's handler (`awsClientConfig`) speaks HTTP/1.1, which every
* call used here works over.
*/
const client = clientOf(import_dist_cjs.KinesisClient);
/** Streams described at once during capture, and deleted at once by `clear`. */
const STREAM_CONCURRENCY = 4;
const STREAM = recordKind("stream");
const RECORD = recordKind("record");
const capture = eachRegion(async function* (context, region) {
	const kin = client(context, region);
	const streams = mapOrdered(await streamsInRegion(kin, region), STREAM_CONCURRENCY, (name) => describeStream(kin, name));
	for await (const stream of streams) {
		if (!stream) continue;
		yield STREAM.record(region, stream.name, stream);
		if (stream.consumers) context.warn(STREAM.label(stream.name), `its ${stream.consumers.length} consumer(s) come back registered anew, under ARNs that end in the time of their registration: tools that kept the ARNs, such as Terraform's state, see other consumers`);
		let n = 0;
		for await (const record of streamRecords(kin, stream.name)) {
			yield RECORD.record(region, `${stream.name}/${String(n).padStart(12, "0")}`, record);
			n += 1;
		}
	}
});
const regionsWithState = regionsWhere(async (context, region) => (await streamsInRegion(client(context, region), region)).length > 0);
async function clear(context, region) {
	const kin = client(context, region);
	await forEachLimit(await streamsInRegion(kin, region), STREAM_CONCURRENCY, (name) => deleteStream(kin, name));
}
/**
* Streams, each followed by its records. The records go in batches, one at a time, so records of
* one partition key keep their order; those of a stream that existed already are left out.
*/
async function restore(context, region, records) {
	const kin = client(context, region);
	const writer = new RecordWriter(context, kin);
	await restoreContainers(context, records, {
		container: STREAM,
		content: RECORD,
		containerOf: (record) => record.stream,
		restoreContainer: (stream) => restoreStream(context, kin, stream),
		restoreContent: async (data, writable, record) => {
			if (writable) await writer.add(record.id, RECORD.label(record.id), data);
		},
		concurrency: 1,
		finish: () => writer.flush()
	});
}
/** Kinesis: streams (mode, shard count, retention, encryption, shard metrics, consumers, tags) and their records. */
const kinesis = {
	name: "kinesis",
	dependsOn: ["kms"],
	capture,
	regionsWithState,
	clear,
	restore,
	requests: { deliversTo: ["lambda"] }
};
export { kinesis };
