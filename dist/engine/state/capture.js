import { buffer } from 'node:stream/consumers';
import { forEachLimit, mapOrdered } from '../util/concurrency.js';
import { ANNOTATION, PAYLOAD_LAYER, STATE_LAYER } from '../pod/media-types.js';
import { INLINE_PAYLOAD_LIMIT, RecordLayerWriter } from '../pod/records.js';
/**
 * Modules captured at once: each holds a few connections and one open layer per region. Every
 * module of the registry fits, so the slow ones (S3 bodies, DynamoDB items) overlap instead of
 * waiting for a slot behind the region probes of the others.
 */
const MODULE_CONCURRENCY = 16;
/**
 * Payloads of one module fetched and stored at once, ahead of the record being written: one
 * at a time, a save waits a round trip per object body. Small payloads are buffered (at most
 * this many times the inline limit), large ones stream to disk.
 */
const PAYLOAD_CONCURRENCY = 8;
async function storePayload(sink, payload, payloads) {
    const content = await payload.open();
    if (payload.size <= INLINE_PAYLOAD_LIMIT) {
        const bytes = await buffer(content);
        return { size: bytes.length, inline: bytes.toString('base64') };
    }
    const stored = await sink.ingest(content);
    payloads.set(stored.digest, { mediaType: PAYLOAD_LAYER, digest: stored.digest, size: stored.size });
    return stored;
}
async function captureModule(module, context, regions, sink, payloads) {
    const layers = new Map();
    const scope = regions && !module.global ? regions : await module.regionsWithState(context);
    // Payloads are stored in parallel; records still reach their layer in capture order.
    const stored = mapOrdered(module.capture(context, scope), PAYLOAD_CONCURRENCY, async (record) => ({
        record,
        payload: record.payload ? await storePayload(sink, record.payload, payloads) : undefined,
    }));
    try {
        for await (const { record, payload } of stored) {
            let layer = layers.get(record.region);
            if (!layer)
                layers.set(record.region, (layer = new RecordLayerWriter((content) => sink.ingest(content))));
            await layer.write({ type: record.type, id: record.id, data: record.data, ...(payload ? { payload } : {}) });
        }
    }
    catch (error) {
        for (const layer of layers.values())
            layer.abort(error);
        throw error;
    }
    const descriptors = [];
    for (const [region, layer] of [...layers].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const stored = await layer.finish();
        descriptors.push({
            mediaType: STATE_LAYER,
            digest: stored.digest,
            size: stored.size,
            annotations: {
                [ANNOTATION.service]: module.name,
                [ANNOTATION.account]: context.account,
                [ANNOTATION.region]: region,
                [ANNOTATION.records]: String(layer.count),
            },
        });
    }
    return descriptors;
}
/**
 * Captures the state of every job into blobs of `sink`: one state layer per service, account
 * and region, and one blob per large payload. Nothing is published; a failure leaves only
 * unreferenced blobs.
 */
export async function captureState(jobs, regions, sink) {
    const payloads = new Map();
    const byJob = new Map();
    await forEachLimit(jobs, MODULE_CONCURRENCY, async ({ module, context }) => {
        byJob.set(`${module.name}/${context.account}`, await captureModule(module, context, regions, sink, payloads));
    });
    const stateLayers = [...byJob.keys()].sort().flatMap((key) => byJob.get(key));
    const resources = {};
    for (const layer of stateLayers) {
        const service = layer.annotations[ANNOTATION.service];
        resources[service] = (resources[service] ?? 0) + Number(layer.annotations[ANNOTATION.records]);
    }
    return {
        layers: [...stateLayers, ...[...payloads.values()].sort((a, b) => (a.digest < b.digest ? -1 : 1))],
        services: Object.keys(resources).sort(),
        regions: [...new Set(stateLayers.map((l) => l.annotations[ANNOTATION.region]))].sort(),
        accounts: [...new Set(stateLayers.map((l) => l.annotations[ANNOTATION.account]))].sort(),
        resources,
    };
}
