import { Readable } from 'node:stream';
/**
 * A kind of record, named `noun` in reports (by default its type, dashes as spaces). The pod
 * holds what `record` wrote, so `data` reads it back as the same shape: the one place a
 * record's data is given its type.
 */
export function recordKind(type, noun = type.replaceAll('-', ' ')) {
    return {
        type,
        label: (id) => `${noun} ${id}`,
        record: (region, id, data, extras) => ({ region, type, id, data, ...extras }),
        is: (record) => record.type === type,
        data: (record) => record.data,
    };
}
/** A payload a module has read whole already (a small object body, a code package, a stream's events). */
export function payloadOf(bytes) {
    return { size: bytes.length, open: async () => Readable.from([bytes]) };
}
