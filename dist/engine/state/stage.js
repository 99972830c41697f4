import { CorruptPodError } from '../errors.js';
import { PAYLOAD_LAYER } from '../pod/media-types.js';
import { decodeRecords } from '../pod/records.js';
import { fetchVerified } from '../store/content.js';
import { forEachLimit } from '../util/concurrency.js';
/** Layers read at once: each holds one file open and decompresses on one core. */
const STAGE_CONCURRENCY = 4;
/**
 * Reads every layer a restore plan writes, all the way through, before the instance is
 * touched: each is decompressed within `LAYER_LIMITS`, each line parsed as a record, and each
 * payload a record names must be a blob of the manifest with the size the record says (or,
 * inline, decode to that size). A pod that fails any of this fails the load with nothing
 * cleared. It costs one more read of local, verified blobs; the restore reads them again
 * rather than holding a whole pod in memory.
 */
export async function stageRestore(plan, manifest, store, onLayer) {
    const payloads = new Map(manifest.layers.filter((l) => l.mediaType === PAYLOAD_LAYER).map((l) => [l.digest, l.size]));
    await forEachLimit(plan.layers, STAGE_CONCURRENCY, async (layer) => {
        const what = `${layer.service} layer ${layer.descriptor.digest} (${layer.account} ${layer.region})`;
        let records = 0;
        for await (const { type, id, payload } of decodeRecords(await fetchVerified(store, layer.descriptor), what)) {
            records += 1;
            if (!payload)
                continue;
            let size;
            if ('inline' in payload)
                size = Buffer.byteLength(payload.inline, 'base64');
            else {
                size = payloads.get(payload.digest);
                if (size === undefined)
                    throw new CorruptPodError(`${what}: ${type} ${id} names payload ${payload.digest}, which is not a blob of this pod.`);
            }
            if (size !== payload.size) {
                throw new CorruptPodError(`${what}: ${type} ${id} says its payload is ${payload.size} bytes; the pod holds ${size}.`);
            }
        }
        onLayer(layer, records);
    });
}
