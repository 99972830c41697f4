import { createHash } from 'node:crypto';
import { pipeline, Transform } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { forEachLimit, mapOrdered } from '../util/concurrency.js';
import { scopeKey, stateLayers } from '../pod/manifest.js';
import { ANNOTATION, PAYLOAD_LAYER, STATE_LAYER } from '../pod/media-types.js';
import { INLINE_PAYLOAD_LIMIT, RecordLayerWriter, recordKey } from '../pod/records.js';
import { labelOf } from './module.js';
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
const payloadKey = (md5, size) => `${md5}/${size}`;
/** What the version `manifest` offers the next save. */
export function earlierOf(manifest) {
    const payloads = new Map();
    const blobs = new Map();
    const layers = new Map();
    if (!manifest)
        return { payloads, blobs, layers };
    for (const layer of manifest.layers.filter((l) => l.mediaType === PAYLOAD_LAYER)) {
        blobs.set(layer.digest, layer);
        const md5 = layer.annotations?.[ANNOTATION.contentMd5];
        if (md5)
            payloads.set(payloadKey(md5, layer.size), layer);
    }
    for (const layer of stateLayers(manifest))
        layers.set(scopeKey(layer), layer.descriptor);
    return { payloads, blobs, layers };
}
/** `content`, hashed with MD5 on its way through. */
function withMd5(content) {
    const hash = createHash('md5');
    const hashing = new Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    return { content: pipeline(content, hashing, () => undefined), hex: () => hash.digest('hex') };
}
async function storePayload(sink, payload, payloads, known) {
    if ('stored' in payload) {
        const { stored } = payload;
        if ('inline' in stored)
            return stored;
        payloads.set(stored.digest, stored);
        return { size: stored.size, digest: stored.digest };
    }
    const earlier = payload.contentMd5 === undefined ? undefined : known.get(payloadKey(payload.contentMd5, payload.size));
    if (earlier) {
        payloads.set(earlier.digest, earlier);
        return { size: earlier.size, digest: earlier.digest };
    }
    const content = await payload.open();
    if (payload.size <= INLINE_PAYLOAD_LIMIT) {
        const bytes = await buffer(content);
        return { size: bytes.length, inline: bytes.toString('base64') };
    }
    // The MD5 is what lets a later save recognise the content from S3's ETag without reading it.
    const hashed = withMd5(content);
    const stored = await sink.ingest(hashed.content);
    const annotations = { [ANNOTATION.contentMd5]: hashed.hex() };
    payloads.set(stored.digest, { mediaType: PAYLOAD_LAYER, digest: stored.digest, size: stored.size, annotations });
    return stored;
}
async function captureModule(module, context, regions, sink, payloads, earlier, validators) {
    const layers = new Map();
    const scopeOf = (region) => scopeKey({ service: module.name, account: context.account, region });
    const scope = regions && !module.global ? regions : await module.regionsWithState(context);
    // Payloads are stored in parallel; records still reach their layer in capture order.
    const stored = mapOrdered(module.capture(context, scope), PAYLOAD_CONCURRENCY, async (record) => ({
        record,
        payload: record.payload ? await storePayload(sink, record.payload, payloads, earlier.payloads) : undefined,
    }));
    try {
        for await (const { record, payload } of stored) {
            let layer = layers.get(record.region);
            if (!layer) {
                const unless = earlier.layers.get(scopeOf(record.region))?.annotations?.[ANNOTATION.recordsDigest];
                layer = new RecordLayerWriter((content) => sink.ingest(content), unless);
                layers.set(record.region, layer);
            }
            await layer.write({ type: record.type, id: record.id, data: record.data, ...(payload ? { payload } : {}) });
            context.progress(labelOf(record));
            if (record.validator !== undefined) {
                const key = scopeOf(record.region);
                let seen = validators.get(key);
                if (!seen)
                    validators.set(key, (seen = new Map()));
                seen.set(recordKey(record.type, record.id), record.validator);
            }
        }
    }
    catch (error) {
        for (const layer of layers.values())
            layer.abort(error);
        throw error;
    }
    const descriptors = [];
    for (const [region, layer] of [...layers].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const finished = await layer.finish();
        // Records equal to the latest version's: its layer, as it is.
        const stored = finished.stored ?? earlier.layers.get(scopeOf(region));
        descriptors.push({
            mediaType: STATE_LAYER,
            digest: stored.digest,
            size: stored.size,
            annotations: {
                [ANNOTATION.service]: module.name,
                [ANNOTATION.account]: context.account,
                [ANNOTATION.region]: region,
                [ANNOTATION.records]: String(finished.count),
                [ANNOTATION.recordsDigest]: finished.recordsDigest,
            },
        });
    }
    return descriptors;
}
/**
 * Captures the state of every job into blobs of `sink`: one state layer per service, account
 * and region, and one blob per large payload. Nothing is published; a failure leaves only
 * unreferenced blobs. Payloads and layers found in `earlier` are referenced, not read or
 * stored again: the destination holds them already.
 */
export async function captureState(jobs, regions, sink, earlier = earlierOf(undefined)) {
    const payloads = new Map();
    const validators = new Map();
    const byJob = new Map();
    await forEachLimit(jobs, MODULE_CONCURRENCY, async ({ module, context }) => {
        byJob.set(`${module.name}/${context.account}`, await captureModule(module, context, regions, sink, payloads, earlier, validators));
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
        validators,
    };
}
