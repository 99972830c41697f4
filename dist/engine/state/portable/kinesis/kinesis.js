import * as Kinesis from '@aws-sdk/client-kinesis';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { clientOf, eachRegion, recordKind, regionsWhere, restoreContainers } from '../kit/index.js';
import { RecordWriter } from './put-records.js';
import { streamRecords } from './stream-records.js';
import { deleteStream, describeStream, restoreStream, streamsInRegion } from './streams.js';
/**
 * The SDK's default handler for Kinesis speaks HTTP/2 (for SubscribeToShard), which emulators
 * on plain HTTP refuse; the engine's handler (`awsClientConfig`) speaks HTTP/1.1, which every
 * call used here works over.
 */
const client = clientOf(Kinesis.KinesisClient);
/** Streams described at once during capture, and deleted at once by `clear`. */
const STREAM_CONCURRENCY = 4;
const STREAM = recordKind('stream');
const RECORD = recordKind('record');
const capture = eachRegion(async function* (context, region) {
    const kin = client(context, region);
    const streams = mapOrdered(await streamsInRegion(kin, region), STREAM_CONCURRENCY, (name) => describeStream(kin, name));
    for await (const stream of streams) {
        if (!stream)
            continue;
        yield STREAM.record(region, stream.name, stream);
        if (stream.consumers) {
            context.warn(STREAM.label(stream.name), `its ${stream.consumers.length} consumer(s) come back registered anew, under ARNs that end in the time of their registration: tools that kept the ARNs, such as Terraform's state, see other consumers`);
        }
        let n = 0;
        for await (const record of streamRecords(kin, stream.name)) {
            // Sequence numbers cannot be kept, so a record's identity is its position in the stream.
            yield RECORD.record(region, `${stream.name}/${String(n).padStart(12, '0')}`, record);
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
        // Whether the stream takes the pod's records.
        restoreContainer: (stream) => restoreStream(context, kin, stream),
        restoreContent: async (data, writable, record) => {
            if (writable)
                await writer.add(record.id, RECORD.label(record.id), data);
        },
        concurrency: 1,
        finish: () => writer.flush(),
    });
}
/** Kinesis: streams (mode, shard count, retention, encryption, shard metrics, consumers, tags) and their records. */
export const kinesis = {
    name: 'kinesis',
    dependsOn: ['kms'],
    capture,
    regionsWithState,
    clear,
    restore,
    requests: { deliversTo: ['lambda'] },
};
