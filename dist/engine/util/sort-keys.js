/**
 * A value with the keys of its objects sorted at every depth, and undefined members left out:
 * the one order for canonical JSON, and for maps (metric dimensions, input paths) that
 * instances answer in any order.
 */
export function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]));
}
