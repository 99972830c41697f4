import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { CorruptPodError } from '../errors.js';
import { canonicalJson } from './manifest.js';
/** Payloads up to this size are inlined in their record. */
export const INLINE_PAYLOAD_LIMIT = 256 * 1024;
/**
 * Writes records as gzip-compressed JSON lines (canonical JSON) into `sink`. Node's gzip writes
 * no timestamp, so the same records always give the same bytes, and so the same digest.
 */
export class RecordLayerWriter {
    gzip = createGzip({ level: 6 });
    stored;
    count = 0;
    constructor(sink) {
        this.stored = sink(this.gzip);
        this.stored.catch(() => undefined);
    }
    async write(record) {
        this.count += 1;
        if (!this.gzip.write(Buffer.concat([canonicalJson(record), Buffer.from('\n')]))) {
            await Promise.race([once(this.gzip, 'drain'), this.stored]);
        }
    }
    /** Ends the layer; resolves with what the sink made of it. */
    async finish() {
        this.gzip.end();
        return this.stored;
    }
    /** Drops the layer after a failure elsewhere. */
    abort(error) {
        this.gzip.destroy(error);
    }
}
export async function* decodeRecords(layer, what) {
    const gunzip = createGunzip();
    layer.on('error', (error) => gunzip.destroy(error));
    const lines = createInterface({ input: layer.pipe(gunzip), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
        n += 1;
        if (line === '')
            continue;
        let record;
        try {
            record = JSON.parse(line);
        }
        catch (error) {
            throw new CorruptPodError(`${what}: line ${n} is not valid JSON.`, { cause: error });
        }
        if (typeof record.type !== 'string' || typeof record.id !== 'string' || typeof record.data !== 'object') {
            throw new CorruptPodError(`${what}: line ${n} is not a state record.`);
        }
        yield record;
    }
}
