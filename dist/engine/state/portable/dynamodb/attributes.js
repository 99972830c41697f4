import { compare } from '../kit/index.js';
import { canonicalNumber } from './item-groups.js';
function base64(bytes) {
    return Buffer.from(bytes).toString('base64');
}
function bytes(text) {
    return new Uint8Array(Buffer.from(text, 'base64'));
}
/** Sets have no order in DynamoDB; sorting them keeps layers stable. */
function toJson(value) {
    if (value.S !== undefined)
        return { S: value.S };
    if (value.N !== undefined)
        return { N: value.N };
    if (value.B !== undefined)
        return { B: base64(value.B) };
    if (value.SS !== undefined)
        return { SS: [...value.SS].sort(compare) };
    if (value.NS !== undefined)
        return { NS: [...value.NS].sort(compare) };
    if (value.BS !== undefined)
        return { BS: value.BS.map(base64).sort(compare) };
    if (value.M !== undefined)
        return { M: itemToJson(value.M) };
    if (value.L !== undefined)
        return { L: value.L.map(toJson) };
    if (value.NULL !== undefined)
        return { NULL: true };
    if (value.BOOL !== undefined)
        return { BOOL: value.BOOL };
    throw new Error(`Unsupported DynamoDB attribute value: ${JSON.stringify(Object.keys(value))}`);
}
function fromJson(value) {
    if ('S' in value)
        return { S: value.S };
    if ('N' in value)
        return { N: value.N };
    if ('B' in value)
        return { B: bytes(value.B) };
    if ('SS' in value)
        return { SS: value.SS };
    if ('NS' in value)
        return { NS: value.NS };
    if ('BS' in value)
        return { BS: value.BS.map(bytes) };
    if ('M' in value)
        return { M: itemFromJson(value.M) };
    if ('L' in value)
        return { L: value.L.map(fromJson) };
    if ('NULL' in value)
        return { NULL: true };
    return { BOOL: value.BOOL };
}
/** An item in the pod's form. */
export function itemToJson(item) {
    return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toJson(value)]));
}
/** An item of the pod in the SDK's form. */
export function itemFromJson(item) {
    return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, fromJson(value)]));
}
/** The names of a key schema's attributes, hash key first. */
export function keyNamesOf(schema) {
    return schema.map((k) => k.AttributeName);
}
/** An item's key attributes alone: the `Key` of a get or a delete. */
export function keyOf(item, keyNames) {
    return Object.fromEntries(keyNames.map((name) => [name, item[name]]));
}
/** A key attribute (S, N or B) as text, for item ids. */
function keyText(value) {
    if (value?.B !== undefined)
        return base64(value.B);
    return value?.S ?? value?.N ?? '';
}
/** The id of an item's record within its table: its key attributes' texts. */
export function keyId(item, keyNames) {
    return JSON.stringify(keyNames.map((name) => keyText(item[name])));
}
/** An item's key as one text that compares equal however the instance spelled its numbers. */
export function matchKey(item, keyNames) {
    return JSON.stringify(keyNames.map((name) => {
        const value = item[name];
        return value?.N !== undefined ? canonicalNumber(value.N) : keyText(value);
    }));
}
/** Numbers compare by value, with their text breaking ties beyond double precision. */
function compareKeyValues(a, b) {
    if (a?.N !== undefined && b?.N !== undefined)
        return Number(a.N) - Number(b.N) || compare(a.N, b.N);
    if (a?.B !== undefined && b?.B !== undefined)
        return Buffer.compare(a.B, b.B);
    return compare(keyText(a), keyText(b));
}
/** Orders items by primary key, as DynamoDB orders a partition's sort keys. */
export function compareKeys(keyNames) {
    return (a, b) => {
        for (const name of keyNames) {
            const order = compareKeyValues(a[name], b[name]);
            if (order !== 0)
                return order;
        }
        return 0;
    };
}
