import type { CapturedPayload, CapturedRecord, PodRecord } from '../../module.js';
/**
 * What a record holds: JSON-shaped data. Record shapes are `type`s, not `interface`s, so that
 * they fit this without a cast.
 */
export type RecordData = Readonly<Record<string, unknown>>;
/** The part of a captured record beside its identity and data. */
type Extras = Pick<CapturedRecord, 'payload' | 'validator'>;
/** One type of record a module writes (`queue`, `message`…), with the shape of its data. */
export interface RecordKind<D extends RecordData> {
    readonly type: string;
    /** How a resource of this kind is named in progress and failure reports (`event bus orders`). */
    label(id: string): string;
    /** A record of this kind, captured in `region`. */
    record(region: string, id: string, data: D, extras?: Extras): CapturedRecord;
    /** Whether a pod record is of this kind. */
    is(record: PodRecord): boolean;
    /** The data of a pod record of this kind, as its module wrote it. */
    data(record: PodRecord): D;
}
/**
 * A kind of record, named `noun` in reports (by default its type, dashes as spaces). The pod
 * holds what `record` wrote, so `data` reads it back as the same shape: the one place a
 * record's data is given its type.
 */
export declare function recordKind<D extends RecordData>(type: string, noun?: string): RecordKind<D>;
/** A payload a module has read whole already (a small object body, a code package, a stream's events). */
export declare function payloadOf(bytes: Buffer): CapturedPayload;
export {};
