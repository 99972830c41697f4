import { scopeKey } from '../pod/manifest.js';
import { decodeRecords, recordKey } from '../pod/records.js';
/**
 * One state layer of the earlier version, read once from start to end as lookups come in
 * capture order. Records passed over are resources that changed or went away since.
 */
class LayerCursor {
    store;
    layer;
    records;
    unusable = false;
    queue = Promise.resolve();
    constructor(store, layer) {
        this.store = store;
        this.layer = layer;
    }
    /** The next record of `type`/`id`, lookups taken one at a time in the order they were made. */
    find(type, id) {
        const found = this.queue.then(() => this.advanceTo(type, id));
        this.queue = found.catch(() => undefined);
        return found;
    }
    async advanceTo(type, id) {
        if (this.unusable)
            return undefined;
        if (!this.records) {
            // The whole layer is checked before any record of it is reused: a damaged earlier
            // version must not pass into the new one. A layer that fails is not used at all.
            try {
                await this.store.verify(this.layer);
            }
            catch {
                this.unusable = true;
                return undefined;
            }
            this.records = decodeRecords(await this.store.fetch(this.layer), `layer ${this.layer.digest}`)[Symbol.asyncIterator]();
        }
        for (;;) {
            const next = await this.records.next();
            if (next.done) {
                this.unusable = true;
                return undefined;
            }
            if (next.value.type === type && next.value.id === id)
                return next.value;
        }
    }
    async close() {
        await this.queue;
        await this.records?.return?.();
    }
}
/**
 * The pod's latest version, as the next save from the same instance into the same store can
 * reuse it: a record the instance still describes with the validator the earlier save read it
 * with is taken from that version instead of being read again.
 */
export class EarlierVersion {
    store;
    earlier;
    validators;
    cursors = new Map();
    constructor(store, earlier, validators) {
        this.store = store;
        this.earlier = earlier;
        this.validators = validators;
    }
    /** See `ServiceContext.earlier`. */
    async find(service, account, region, type, id, validator) {
        const scope = scopeKey({ service, account, region });
        if (this.validators.get(scope)?.get(recordKey(type, id)) !== validator)
            return undefined;
        const layer = this.earlier.layers.get(scope);
        if (!layer)
            return undefined;
        let cursor = this.cursors.get(scope);
        if (!cursor)
            this.cursors.set(scope, (cursor = new LayerCursor(this.store, layer)));
        const record = await cursor.find(type, id);
        if (!record)
            return undefined;
        if (!record.payload)
            return { data: record.data };
        const payload = this.payloadOf(record.payload);
        return payload ? { data: record.data, payload } : undefined;
    }
    payloadOf(ref) {
        if ('inline' in ref)
            return { size: ref.size, stored: ref };
        const blob = this.earlier.blobs.get(ref.digest);
        // A record naming a blob its manifest does not list is read again rather than trusted.
        return blob ? { size: blob.size, stored: blob } : undefined;
    }
    async close() {
        await Promise.all([...this.cursors.values()].map((c) => c.close()));
    }
}
