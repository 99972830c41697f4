import { sortKeys } from '../../../util/sort-keys.js';
export { sortKeys };
/** Orders strings by code unit, as the pod's sorted layers are ordered (not by locale). */
export function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A copy of `items` sorted by the text `key` gives each. */
export function sortBy(items, key) {
    return [...items].sort((a, b) => compare(key(a), key(b)));
}
/** Undefined for an empty list, so an unset list and an empty one are stored alike. */
export function nonEmpty(items) {
    return items && items.length > 0 ? [...items] : undefined;
}
/** A copy of a map with its keys sorted; undefined when it is empty. */
export function sortedRecord(record) {
    if (!record || Object.keys(record).length === 0)
        return undefined;
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}
/** A JSON document (a policy) in one spelling, so two emulators' spellings of it compare equal; other text as it is. */
export function canonicalDocument(text) {
    if (!text)
        return undefined;
    try {
        return JSON.stringify(sortKeys(JSON.parse(text)));
    }
    catch {
        return text;
    }
}
/** `items` cut into lists of at most `size`, for the APIs that take a batch. */
export function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
