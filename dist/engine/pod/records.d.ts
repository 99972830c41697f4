import type { Readable } from 'node:stream';
import { type Digest } from './digest.js';
/**
 * A payload as a record carries it: inline (base64) when small, else a reference to a payload
 * blob of the same pod. Inlining keeps a pod of 100,000 small objects at a handful of layers;
 * large payloads as blobs of their own are stored and uploaded once however often they are saved.
 */
export type PayloadRef = {
    readonly size: number;
    readonly inline: string;
} | {
    readonly size: number;
    readonly digest: Digest;
};
/** One resource of a service, as one line of a state layer. */
export interface StoredRecord {
    /** The kind of resource within its service: `bucket`, `object`, `queue`… */
    readonly type: string;
    /** The resource's identity within its type and scope (name, key, ARN). */
    readonly id: string;
    readonly data: Readonly<Record<string, unknown>>;
    readonly payload?: PayloadRef;
}
/** A record's identity within its layer, as one string, for maps. */
export declare function recordKey(type: string, id: string): string;
/** Payloads up to this size are inlined in their record. */
export declare const INLINE_PAYLOAD_LIMIT: number;
/** What a finished layer came to. */
export interface FinishedLayer<R> {
    /** What the sink made of the compressed layer; undefined when it was not stored (see `unless`). */
    readonly stored?: R;
    /** The digest of the uncompressed records: equal records give an equal digest. */
    readonly recordsDigest: Digest;
    readonly count: number;
}
/**
 * Writes records as gzip-compressed JSON lines (canonical JSON) into `sink`. Node's gzip writes
 * no timestamp, so the same records always give the same bytes, and so the same digest.
 *
 * With `unless`, the records digest of an earlier layer, lines are spooled to a temporary file
 * and compressed only if they differ from that layer's: compressing costs far more than
 * hashing, and most layers of a save are unchanged since the one before.
 */
export declare class RecordLayerWriter<R> {
    private readonly sink;
    private readonly unless?;
    private readonly hash;
    private readonly out;
    /** The sink's result (streaming), or the spool file's end (spooling). */
    private readonly done;
    private readonly spool?;
    count: number;
    constructor(sink: (content: Readable) => Promise<R>, unless?: Digest | undefined);
    write(record: StoredRecord): Promise<void>;
    /** Ends the layer. */
    finish(): Promise<FinishedLayer<R>>;
    /** Drops the layer after a failure elsewhere. */
    abort(error: Error): void;
}
/**
 * Bounds on what decoding a layer may cost, whatever the layer claims: a crafted layer of a
 * few MB can expand to gigabytes, in one line or many.
 */
export declare const LAYER_LIMITS: {
    /**
     * One record, decompressed. The largest real ones are a DynamoDB item (400 KB), an inlined
     * payload (256 KiB as base64) and documents such as policies, templates and state machine
     * definitions (a few MB); this is far above them and far below what exhausts memory.
     */
    readonly recordBytes: number;
    /**
     * Decompressed bytes per compressed byte, once a layer has expanded past `expansionFloor`.
     * JSON records compress 5 to 50 times; gzip's own limit is about 1,000.
     */
    readonly expansion: 250;
    readonly expansionFloor: number;
};
/**
 * The records of a layer. Lines are split on the decompressed bytes rather than by `readline`:
 * readline decodes every chunk to a string and joins those into each line, so a record with an
 * inlined payload of 256 KiB was copied three times as strings; here it is decoded once. A
 * layer that breaks `LAYER_LIMITS`, or is not gzip, fails as a corrupt pod.
 */
export declare function decodeRecords(layer: Readable, what: string): AsyncGenerator<StoredRecord>;
