/**
 * Kinesis streams and their settings: listing a region's streams, reading a stream's settings as
 * the pod keeps them, creating a stream or bringing an existing one's settings to the pod's, and
 * deleting one.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
import { chunks, collect, ensureThenConfigure, nonEmpty, pagesOf, pollUntil, sortBy, sortedTags, TABLE_STREAM_PREFIX, unlessMissing, } from '../kit/index.js';
/** How long a stream may take to become ACTIVE, or to disappear after DeleteStream. */
const STREAM_WAIT_MS = 120_000;
/** AddTagsToStream's limit of tags per call. */
const TAGS_PER_CALL = 10;
/** Stream names; the page token is missing on some emulators, so the last name continues the listing. */
async function streamNames(kin) {
    const names = new Set();
    let page = {};
    for (;;) {
        const answer = await kin.send(new Kinesis.ListStreamsCommand(page));
        const listed = answer.StreamNames ?? [];
        for (const name of listed)
            if (!name.startsWith(TABLE_STREAM_PREFIX))
                names.add(name);
        if (!answer.HasMoreStreams || listed.length === 0)
            break;
        page = answer.NextToken ? { NextToken: answer.NextToken } : { ExclusiveStartStreamName: listed[listed.length - 1] };
    }
    return sortBy(names, (name) => name);
}
/** The stream's summary, or undefined when there is no such stream. */
async function streamSummary(kin, name) {
    const described = kin.send(new Kinesis.DescribeStreamSummaryCommand({ StreamName: name }));
    return (await unlessMissing(described, ['ResourceNotFoundException']))?.StreamDescriptionSummary;
}
/**
 * The streams that live in `region`, sorted. LocalStack's kinesis-mock answers for regions it
 * does not know with the streams of its default region, so each stream's ARN is checked.
 */
export async function streamsInRegion(kin, region) {
    const names = await streamNames(kin);
    const arns = await Promise.all(names.map(async (name) => (await streamSummary(kin, name))?.StreamARN));
    return names.filter((_, i) => arns[i]?.split(':')[3] === region);
}
async function streamTags(kin, name) {
    const pages = pagesOf((ExclusiveStartTagKey) => kin.send(new Kinesis.ListTagsForStreamCommand({ StreamName: name, ExclusiveStartTagKey })), (page) => (page.HasMoreTags && page.Tags?.length ? page.Tags[page.Tags.length - 1].Key : undefined));
    return sortedTags(await collect(pages, (page) => page.Tags), (tag) => tag.Key);
}
async function consumerNames(kin, arn) {
    const consumers = await collect(Kinesis.paginateListStreamConsumers({ client: kin }, { StreamARN: arn }), (page) => page.Consumers);
    return nonEmpty(sortBy(consumers.map((c) => c.ConsumerName), (name) => name));
}
function metrics(summary) {
    return sortBy((summary.EnhancedMonitoring ?? []).flatMap((m) => m.ShardLevelMetrics ?? []), (metric) => metric);
}
/** The stream's resource policy; undefined when it has none (an empty one, on LocalStack). */
async function resourcePolicy(kin, ResourceARN) {
    const policy = (await unlessMissing(kin.send(new Kinesis.GetResourcePolicyCommand({ ResourceARN }))))?.Policy;
    return policy && policy !== '{}' ? policy : undefined;
}
/** A stream's settings as the pod keeps them; undefined when the stream is gone. */
export async function describeStream(kin, name) {
    const s = await streamSummary(kin, name);
    if (!s)
        return undefined;
    const [tags, consumers, policy] = await Promise.all([streamTags(kin, name), consumerNames(kin, s.StreamARN), resourcePolicy(kin, s.StreamARN)]);
    const mode = s.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
    return {
        name,
        mode,
        shardCount: mode === 'PROVISIONED' ? s.OpenShardCount : undefined,
        retentionHours: s.RetentionPeriodHours ?? 24,
        encryptionKeyId: s.EncryptionType === 'KMS' ? s.KeyId : undefined,
        shardLevelMetrics: nonEmpty(metrics(s)),
        consumers,
        tags,
        resourcePolicy: policy,
    };
}
/** Polls DescribeStreamSummary until `done` holds for the stream (undefined once it is gone). */
function waitForStream(kin, name, done, what) {
    return pollUntil(() => streamSummary(kin, name), done, `Stream ${name}`, what, STREAM_WAIT_MS);
}
async function waitActive(kin, name) {
    return (await waitForStream(kin, name, (s) => s?.StreamStatus === 'ACTIVE', 'ACTIVE'));
}
/** Deletes a stream with its consumers, and waits until it is gone. */
export async function deleteStream(kin, name) {
    await unlessMissing(kin.send(new Kinesis.DeleteStreamCommand({ StreamName: name, EnforceConsumerDeletion: true })), ['ResourceNotFoundException']);
    // A name is free for CreateStream only once the stream is gone.
    await waitForStream(kin, name, (s) => s === undefined, 'deleted');
}
/** Brings a stream's settings to the pod's, one change at a time: each leaves the stream UPDATING. */
async function applySettings(kin, s, current) {
    const StreamName = s.name;
    let now = current;
    if ((now.StreamModeDetails?.StreamMode ?? 'PROVISIONED') !== s.mode) {
        await kin.send(new Kinesis.UpdateStreamModeCommand({ StreamARN: now.StreamARN, StreamModeDetails: { StreamMode: s.mode } }));
        now = await waitActive(kin, StreamName);
    }
    if (s.shardCount !== undefined && now.OpenShardCount !== s.shardCount) {
        await kin.send(new Kinesis.UpdateShardCountCommand({ StreamName, TargetShardCount: s.shardCount, ScalingType: 'UNIFORM_SCALING' }));
        now = await waitActive(kin, StreamName);
    }
    const retention = now.RetentionPeriodHours ?? 24;
    if (s.retentionHours > retention) {
        await kin.send(new Kinesis.IncreaseStreamRetentionPeriodCommand({ StreamName, RetentionPeriodHours: s.retentionHours }));
        now = await waitActive(kin, StreamName);
    }
    else if (s.retentionHours < retention) {
        await kin.send(new Kinesis.DecreaseStreamRetentionPeriodCommand({ StreamName, RetentionPeriodHours: s.retentionHours }));
        now = await waitActive(kin, StreamName);
    }
    const encryptedWith = now.EncryptionType === 'KMS' ? now.KeyId : undefined;
    if (s.encryptionKeyId && s.encryptionKeyId !== encryptedWith) {
        await kin.send(new Kinesis.StartStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: s.encryptionKeyId }));
        now = await waitActive(kin, StreamName);
    }
    else if (!s.encryptionKeyId && encryptedWith) {
        await kin.send(new Kinesis.StopStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: encryptedWith }));
        now = await waitActive(kin, StreamName);
    }
    const wanted = new Set(s.shardLevelMetrics ?? []);
    const enabled = new Set(metrics(now));
    const enable = [...wanted].filter((m) => !enabled.has(m));
    const disable = [...enabled].filter((m) => !wanted.has(m));
    if (enable.length > 0)
        await kin.send(new Kinesis.EnableEnhancedMonitoringCommand({ StreamName, ShardLevelMetrics: enable }));
    if (disable.length > 0)
        await kin.send(new Kinesis.DisableEnhancedMonitoringCommand({ StreamName, ShardLevelMetrics: disable }));
    for (const batch of chunks(s.tags ?? [], TAGS_PER_CALL)) {
        const Tags = Object.fromEntries(batch.map((t) => [t.Key, t.Value ?? '']));
        await kin.send(new Kinesis.AddTagsToStreamCommand({ StreamName, Tags }));
    }
    const ResourceARN = now.StreamARN;
    if (s.resourcePolicy)
        await kin.send(new Kinesis.PutResourcePolicyCommand({ ResourceARN, Policy: s.resourcePolicy }));
    else if (await resourcePolicy(kin, ResourceARN))
        await kin.send(new Kinesis.DeleteResourcePolicyCommand({ ResourceARN }));
    const registered = new Set((await consumerNames(kin, now.StreamARN)) ?? []);
    for (const ConsumerName of s.consumers ?? []) {
        if (registered.has(ConsumerName))
            continue;
        await kin.send(new Kinesis.RegisterStreamConsumerCommand({ StreamARN: now.StreamARN, ConsumerName }));
    }
}
/**
 * Creates the stream, or updates the settings of an existing one; settings the instance rejects
 * are reported and the records still go in. Returns whether the pod's records go in: only into a
 * stream this restore created, as appending them to an existing stream (one restored from the
 * same pod, typically) would repeat every record.
 */
export async function restoreStream(context, kin, s) {
    const existed = await ensureThenConfigure(context, `stream ${s.name} settings`, {
        describe: () => streamSummary(kin, s.name),
        create: () => kin.send(new Kinesis.CreateStreamCommand({
            StreamName: s.name,
            ShardCount: s.mode === 'PROVISIONED' ? s.shardCount : undefined,
            StreamModeDetails: { StreamMode: s.mode },
        })),
        ready: () => waitActive(kin, s.name),
        configure: (active) => applySettings(kin, s, active),
    });
    return !existed;
}
