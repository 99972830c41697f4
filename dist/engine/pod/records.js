import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { CorruptPodError } from '../errors.js';
import { canonicalJson } from './manifest.js';
/** Payloads up to this size are inlined in their record. */
export const INLINE_PAYLOAD_LIMIT = 256 * 1024;
const NEWLINE = 0x0a;
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
function parseRecord(line, n, what) {
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
    return record;
}
/**
 * The records of a layer. Lines are split on the decompressed bytes rather than by `readline`:
 * readline decodes every chunk to a string and joins those into each line, so a record with an
 * inlined payload of 256 KiB was copied three times as strings; here it is decoded once.
 */
export async function* decodeRecords(layer, what) {
    const gunzip = createGunzip();
    layer.on('error', (error) => gunzip.destroy(error));
    layer.pipe(gunzip);
    let partial = [];
    let n = 0;
    const line = (bytes) => {
        n += 1;
        return bytes.length === 0 ? undefined : parseRecord(bytes.toString('utf8'), n, what);
    };
    for await (const chunk of gunzip) {
        let start = 0;
        for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
            const piece = chunk.subarray(start, end);
            const record = line(partial.length === 0 ? piece : Buffer.concat([...partial, piece]));
            partial = [];
            start = end + 1;
            if (record)
                yield record;
        }
        if (start < chunk.length)
            partial.push(chunk.subarray(start));
    }
    const last = partial.length === 0 ? undefined : line(Buffer.concat(partial));
    if (last)
        yield last;
}
