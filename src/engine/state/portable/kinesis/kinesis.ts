import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  DeleteStreamCommand,
  DescribeStreamSummaryCommand,
  DisableEnhancedMonitoringCommand,
  EnableEnhancedMonitoringCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  IncreaseStreamRetentionPeriodCommand,
  KinesisClient,
  ListShardsCommand,
  ListStreamsCommand,
  ListTagsForStreamCommand,
  paginateListStreamConsumers,
  PutRecordsCommand,
  RegisterStreamConsumerCommand,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  UpdateShardCountCommand,
  UpdateStreamModeCommand,
  type MetricsName,
  type Shard,
  type StreamDescriptionSummary,
  type StreamMode,
  type Tag,
} from '@aws-sdk/client-kinesis';
import { createHash } from 'node:crypto';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { unlessMissing } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';

/** Streams described at once during capture, and deleted at once by `clear`. */
const STREAM_CONCURRENCY = 4;
/** PutRecords' limits per call: records, and bytes of data and partition keys. */
const PUT_BATCH_RECORDS = 500;
const PUT_BATCH_BYTES = 5 * 1024 * 1024;
/** Rounds of retrying failed records of a PutRecords call before giving up on them. */
const MAX_PUT_ROUNDS = 10;
/** How long a stream may take to become ACTIVE, or to disappear after DeleteStream. */
const STREAM_WAIT_MS = 120_000;
/** AddTagsToStream's limit of tags per call. */
const TAGS_PER_CALL = 10;

interface StreamData {
  name: string;
  mode: StreamMode;
  /** Open shards of a provisioned stream; on-demand streams size themselves. */
  shardCount?: number;
  retentionHours: number;
  encryptionKeyId?: string;
  shardLevelMetrics?: MetricsName[];
  consumers?: string[];
  tags?: Tag[];
}

interface RecordData {
  stream: string;
  partitionKey: string;
  /** Base64. */
  data: string;
  explicitHashKey?: string;
}

/**
 * The SDK's default handler for Kinesis speaks HTTP/2 (for SubscribeToShard), which emulators
 * on plain HTTP refuse; the engine's handler (`awsClientConfig`) speaks HTTP/1.1, which every
 * call used here works over.
 */
function client(context: ServiceContext, region: string): KinesisClient {
  return new KinesisClient(context.config(region));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function backoff(round: number): number {
  return Math.min(50 * 2 ** round, 2_000);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stream names; the page token is missing on some emulators, so the last name continues the listing. */
async function streamNames(kin: KinesisClient): Promise<string[]> {
  const names = new Set<string>();
  let page: { NextToken?: string; ExclusiveStartStreamName?: string } = {};
  for (;;) {
    const answer = await kin.send(new ListStreamsCommand(page));
    const listed = answer.StreamNames ?? [];
    for (const name of listed) names.add(name);
    if (!answer.HasMoreStreams || listed.length === 0) break;
    page = answer.NextToken ? { NextToken: answer.NextToken } : { ExclusiveStartStreamName: listed[listed.length - 1] };
  }
  return [...names].sort(compareStrings);
}

/**
 * The streams that live in `region`. LocalStack's kinesis-mock answers for regions it does not
 * know with the streams of its default region, so each stream's ARN is checked.
 */
async function streamsInRegion(kin: KinesisClient, region: string): Promise<string[]> {
  const names = await streamNames(kin);
  const arns = await Promise.all(names.map(async (name) => (await streamSummary(kin, name))?.StreamARN));
  return names.filter((_, i) => arns[i]?.split(':')[3] === region);
}

/** The stream's summary, or undefined when there is no such stream. */
async function streamSummary(kin: KinesisClient, name: string): Promise<StreamDescriptionSummary | undefined> {
  const described = kin.send(new DescribeStreamSummaryCommand({ StreamName: name }));
  return (await unlessMissing(described, ['ResourceNotFoundException']))?.StreamDescriptionSummary;
}

async function streamTags(kin: KinesisClient, name: string): Promise<Tag[] | undefined> {
  const tags: Tag[] = [];
  let ExclusiveStartTagKey: string | undefined;
  for (;;) {
    const page = await kin.send(new ListTagsForStreamCommand({ StreamName: name, ExclusiveStartTagKey }));
    tags.push(...(page.Tags ?? []));
    if (!page.HasMoreTags || !page.Tags?.length) break;
    ExclusiveStartTagKey = page.Tags[page.Tags.length - 1]!.Key;
  }
  return tags.length > 0 ? tags.sort((a, b) => compareStrings(a.Key!, b.Key!)) : undefined;
}

async function consumerNames(kin: KinesisClient, arn: string): Promise<string[] | undefined> {
  const names: string[] = [];
  for await (const page of paginateListStreamConsumers({ client: kin }, { StreamARN: arn })) {
    names.push(...(page.Consumers ?? []).map((c) => c.ConsumerName!));
  }
  return names.length > 0 ? names.sort(compareStrings) : undefined;
}

function metrics(summary: StreamDescriptionSummary): MetricsName[] {
  return (summary.EnhancedMonitoring ?? []).flatMap((m) => m.ShardLevelMetrics ?? []).sort(compareStrings);
}

async function describeStream(kin: KinesisClient, name: string): Promise<StreamData | undefined> {
  const s = await streamSummary(kin, name);
  if (!s) return undefined;
  const [tags, consumers] = await Promise.all([streamTags(kin, name), consumerNames(kin, s.StreamARN!)]);
  const mode = s.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
  const shardLevelMetrics = metrics(s);
  return {
    name,
    mode,
    shardCount: mode === 'PROVISIONED' ? s.OpenShardCount : undefined,
    retentionHours: s.RetentionPeriodHours ?? 24,
    encryptionKeyId: s.EncryptionType === 'KMS' ? s.KeyId : undefined,
    shardLevelMetrics: shardLevelMetrics.length > 0 ? shardLevelMetrics : undefined,
    consumers,
    tags,
  };
}

/** All shards, closed parents included (their records are still within retention), parents first. */
async function shards(kin: KinesisClient, name: string): Promise<Shard[]> {
  const all: Shard[] = [];
  let NextToken: string | undefined;
  do {
    // ListShards takes either the stream name or a page token, not both.
    const page = await kin.send(new ListShardsCommand(NextToken ? { NextToken } : { StreamName: name }));
    all.push(...(page.Shards ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  // Shard ids grow with creation, so a parent sorts before its children.
  return all.sort((a, b) => compareStrings(a.ShardId!, b.ShardId!));
}

/** The hash a partition key maps to: MD5 as a 128-bit unsigned integer. */
function partitionHash(partitionKey: string): bigint {
  return BigInt(`0x${createHash('md5').update(partitionKey, 'utf8').digest('hex')}`);
}

/**
 * GetRecords does not return a record's ExplicitHashKey. When the partition key's own hash lies
 * outside the shard the record sits in, the producer must have given one: the shard's first hash
 * key stands in for it, so the record lands in the same part of the hash space again.
 */
function explicitHashKey(partitionKey: string, shard: Shard): string | undefined {
  const range = shard.HashKeyRange;
  if (!range?.StartingHashKey || !range.EndingHashKey) return undefined;
  const hash = partitionHash(partitionKey);
  if (hash >= BigInt(range.StartingHashKey) && hash <= BigInt(range.EndingHashKey)) return undefined;
  return range.StartingHashKey;
}

/**
 * Every record of a stream, shard after shard from TRIM_HORIZON until caught up. Reading moves
 * no checkpoint in Kinesis, so the stream is left as it was.
 */
async function* streamRecords(kin: KinesisClient, name: string): AsyncGenerator<RecordData> {
  for (const shard of await shards(kin, name)) {
    let iterator = (
      await kin.send(new GetShardIteratorCommand({ StreamName: name, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }))
    ).ShardIterator;
    while (iterator) {
      const page = await kin.send(new GetRecordsCommand({ ShardIterator: iterator }));
      for (const r of page.Records ?? []) {
        yield {
          stream: name,
          partitionKey: r.PartitionKey!,
          data: Buffer.from(r.Data ?? new Uint8Array()).toString('base64'),
          explicitHashKey: explicitHashKey(r.PartitionKey!, shard),
        };
      }
      if ((page.Records ?? []).length === 0 && (page.MillisBehindLatest ?? 0) === 0) break;
      iterator = page.NextShardIterator;
    }
  }
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const kin = client(context, region);
    try {
      const streams = mapOrdered(await streamsInRegion(kin, region), STREAM_CONCURRENCY, (name) => describeStream(kin, name));
      for await (const stream of streams) {
        if (!stream) continue;
        yield { region, type: 'stream', id: stream.name, data: stream as unknown as Record<string, unknown> };
        context.progress(`kinesis stream ${stream.name}`);
        let n = 0;
        for await (const record of streamRecords(kin, stream.name)) {
          // Sequence numbers cannot be kept, so a record's identity is its position in the stream.
          const id = `${stream.name}/${String(n).padStart(12, '0')}`;
          n += 1;
          yield { region, type: 'record', id, data: record as unknown as Record<string, unknown> };
          context.progress(`kinesis record ${id}`);
        }
      }
    } finally {
      kin.destroy();
    }
  }
}

async function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, async (ctx, region) => {
    const kin = client(ctx, region);
    try {
      return (await streamsInRegion(kin, region)).length > 0;
    } finally {
      kin.destroy();
    }
  });
}

/** Polls DescribeStreamSummary until `done` holds for the stream (undefined once it is gone). */
async function waitForStream(
  kin: KinesisClient,
  name: string,
  done: (s: StreamDescriptionSummary | undefined) => boolean,
  what: string,
): Promise<StreamDescriptionSummary | undefined> {
  const deadline = Date.now() + STREAM_WAIT_MS;
  for (let round = 0; ; round += 1) {
    const s = await streamSummary(kin, name);
    if (done(s)) return s;
    if (Date.now() > deadline) throw new Error(`Stream ${name} did not become ${what} within ${STREAM_WAIT_MS / 1000} s`);
    await sleep(backoff(round));
  }
}

async function waitActive(kin: KinesisClient, name: string): Promise<StreamDescriptionSummary> {
  return (await waitForStream(kin, name, (s) => s?.StreamStatus === 'ACTIVE', 'ACTIVE'))!;
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const kin = client(context, region);
  try {
    await forEachLimit(await streamsInRegion(kin, region), STREAM_CONCURRENCY, async (name) => {
      await unlessMissing(kin.send(new DeleteStreamCommand({ StreamName: name, EnforceConsumerDeletion: true })), [
        'ResourceNotFoundException',
      ]);
      // A name is free for CreateStream only once the stream is gone.
      await waitForStream(kin, name, (s) => s === undefined, 'deleted');
    });
  } finally {
    kin.destroy();
  }
}

/** Brings a stream's settings to the pod's, one change at a time: each leaves the stream UPDATING. */
async function applySettings(kin: KinesisClient, s: StreamData, current: StreamDescriptionSummary): Promise<void> {
  const StreamName = s.name;
  let now = current;
  if ((now.StreamModeDetails?.StreamMode ?? 'PROVISIONED') !== s.mode) {
    await kin.send(new UpdateStreamModeCommand({ StreamARN: now.StreamARN, StreamModeDetails: { StreamMode: s.mode } }));
    now = await waitActive(kin, StreamName);
  }
  if (s.shardCount !== undefined && now.OpenShardCount !== s.shardCount) {
    await kin.send(new UpdateShardCountCommand({ StreamName, TargetShardCount: s.shardCount, ScalingType: 'UNIFORM_SCALING' }));
    now = await waitActive(kin, StreamName);
  }
  const retention = now.RetentionPeriodHours ?? 24;
  if (s.retentionHours > retention) {
    await kin.send(new IncreaseStreamRetentionPeriodCommand({ StreamName, RetentionPeriodHours: s.retentionHours }));
    now = await waitActive(kin, StreamName);
  } else if (s.retentionHours < retention) {
    await kin.send(new DecreaseStreamRetentionPeriodCommand({ StreamName, RetentionPeriodHours: s.retentionHours }));
    now = await waitActive(kin, StreamName);
  }
  const encryptedWith = now.EncryptionType === 'KMS' ? now.KeyId : undefined;
  if (s.encryptionKeyId && s.encryptionKeyId !== encryptedWith) {
    await kin.send(new StartStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: s.encryptionKeyId }));
    now = await waitActive(kin, StreamName);
  } else if (!s.encryptionKeyId && encryptedWith) {
    await kin.send(new StopStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: encryptedWith }));
    now = await waitActive(kin, StreamName);
  }
  const wanted = new Set(s.shardLevelMetrics ?? []);
  const enabled = new Set(metrics(now));
  const enable = [...wanted].filter((m) => !enabled.has(m));
  const disable = [...enabled].filter((m) => !wanted.has(m));
  if (enable.length > 0) await kin.send(new EnableEnhancedMonitoringCommand({ StreamName, ShardLevelMetrics: enable }));
  if (disable.length > 0) await kin.send(new DisableEnhancedMonitoringCommand({ StreamName, ShardLevelMetrics: disable }));
  const tags = s.tags ?? [];
  for (let i = 0; i < tags.length; i += TAGS_PER_CALL) {
    const Tags = Object.fromEntries(tags.slice(i, i + TAGS_PER_CALL).map((t) => [t.Key!, t.Value ?? '']));
    await kin.send(new AddTagsToStreamCommand({ StreamName, Tags }));
  }
  const registered = new Set((await consumerNames(kin, now.StreamARN!)) ?? []);
  for (const ConsumerName of s.consumers ?? []) {
    if (registered.has(ConsumerName)) continue;
    await kin.send(new RegisterStreamConsumerCommand({ StreamARN: now.StreamARN, ConsumerName }));
  }
}

/**
 * Creates the stream, or updates the settings of an existing one; settings the instance rejects
 * are reported and the records still go in. Returns whether the pod's records go in: only into a
 * stream this restore created, as appending them to an existing stream (one restored from the
 * same pod, typically) would repeat every record.
 */
async function restoreStream(context: ServiceContext, kin: KinesisClient, s: StreamData): Promise<boolean> {
  const existing = await streamSummary(kin, s.name);
  if (!existing) {
    await kin.send(
      new CreateStreamCommand({
        StreamName: s.name,
        ShardCount: s.mode === 'PROVISIONED' ? s.shardCount : undefined,
        StreamModeDetails: { StreamMode: s.mode },
      }),
    );
  }
  const active = await waitActive(kin, s.name);
  try {
    await applySettings(kin, s, active);
  } catch (error) {
    context.fail(`stream ${s.name} settings`, error);
  }
  return !existing;
}

interface PendingRecord {
  id: string;
  record: RecordData;
  data: Uint8Array;
}

/**
 * Writes one batch in order, retrying the records the stream turned away. One batch is in flight
 * per stream, so records of one partition key keep their order across batches.
 */
async function putBatch(kin: KinesisClient, stream: string, batch: readonly PendingRecord[]): Promise<void> {
  let entries = batch;
  for (let round = 0; entries.length > 0; round += 1) {
    if (round > MAX_PUT_ROUNDS) throw new Error(`${entries.length} records stayed rejected`);
    if (round > 0) await sleep(backoff(round));
    const answer = await kin.send(
      new PutRecordsCommand({
        StreamName: stream,
        Records: entries.map((e) => ({
          PartitionKey: e.record.partitionKey,
          Data: e.data,
          ExplicitHashKey: e.record.explicitHashKey,
        })),
      }),
    );
    const results = answer.Records ?? [];
    entries = entries.filter((_, i) => results[i]?.ErrorCode !== undefined);
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const kin = client(context, region);
  const writable = new Set<string>();
  let batch: PendingRecord[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const written = batch;
    batch = [];
    batchBytes = 0;
    const stream = written[0]!.record.stream;
    try {
      await putBatch(kin, stream, written);
      for (const { id } of written) context.progress(`kinesis record ${id}`);
    } catch (error) {
      context.fail(`records ${written[0]!.id} to ${written[written.length - 1]!.id}`, error);
    }
  };
  try {
    for await (const record of records) {
      if (record.type === 'stream') {
        await flush();
        const stream = record.data as unknown as StreamData;
        try {
          if (await restoreStream(context, kin, stream)) writable.add(stream.name);
          context.progress(`kinesis stream ${stream.name}`);
        } catch (error) {
          context.fail(`stream ${stream.name}`, error);
        }
        continue;
      }
      const data = record.data as unknown as RecordData;
      if (!writable.has(data.stream)) continue;
      const bytes = new Uint8Array(Buffer.from(data.data, 'base64'));
      const size = bytes.length + Buffer.byteLength(data.partitionKey);
      if (batch.length >= PUT_BATCH_RECORDS || batchBytes + size > PUT_BATCH_BYTES) await flush();
      batch.push({ id: record.id, record: data, data: bytes });
      batchBytes += size;
    }
    await flush();
  } finally {
    kin.destroy();
  }
}

/** Kinesis: streams (mode, shard count, retention, encryption, shard metrics, consumers, tags) and their records. */
export const kinesis: ServiceModule = {
  name: 'kinesis',
  dependsOn: ['kms'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['lambda'] },
};
