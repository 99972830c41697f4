/**
 * The groups a load of DynamoDB can be limited to (see `ServiceModule.partial`): a table by its
 * name, or single items of a table. A writer of items rarely knows a table's key schema (a
 * `PutItem` names only attributes), so an item group holds the attributes the write named that
 * could be key attributes; the key schema picks the key out of them at restore time.
 */
/** The largest key attribute DynamoDB allows (a partition key; a sort key is at most 1,024 bytes). */
const MAX_KEY_BYTES = 2048;
/** Table names are `[a-zA-Z0-9_.-]+`, so the first `/` ends the table's name. */
const SEPARATOR = '/';
/** The group of one item of `table`, from the attributes (or key) a write gave it. */
export function itemGroup(table, attributes) {
    const candidates = {};
    for (const [name, value] of Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const v = value;
        const text = v?.S ?? v?.N ?? v?.B;
        if (typeof text === 'string' && Buffer.byteLength(text) <= MAX_KEY_BYTES)
            candidates[name] = v;
    }
    return `${table}${SEPARATOR}${JSON.stringify(candidates)}`;
}
export function parseGroup(group) {
    const at = group.indexOf(SEPARATOR);
    if (at === -1)
        return { table: group };
    return { table: group.slice(0, at), item: JSON.parse(group.slice(at + 1)) };
}
/**
 * A number as one canonical text (`0.<digits>e<exponent>`), so a key matches across calls that
 * write the same number differently: moto answers `1E+3` in a projected Scan and `1e3` elsewhere.
 */
export function canonicalNumber(text) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
    if (!m)
        return text;
    const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
    const significant = digits.replace(/^0+/, '');
    if (significant === '')
        return '0';
    const point = (m[2] ?? '').length - (digits.length - significant.length) + Number(m[4] ?? '0');
    return `${m[1] === '-' ? '-' : ''}0.${significant.replace(/0+$/, '')}e${point}`;
}
/**
 * The key of an item in DynamoDB JSON, as one text that compares equal for equal keys; undefined
 * when a key attribute is missing.
 */
export function jsonKey(item, keyNames) {
    const parts = [];
    for (const name of keyNames) {
        const v = item[name];
        const text = v?.N !== undefined ? canonicalNumber(v.N) : (v?.S ?? v?.B);
        if (typeof text !== 'string')
            return undefined;
        parts.push(text);
    }
    return JSON.stringify(parts);
}
