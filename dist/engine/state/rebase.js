/**
 * Moves references from one account to another in a record's data: ARNs
 * (`arn:aws:sqs:us-east-1:123456789012:queue`) and paths (`http://host/123456789012/queue`).
 * A pod saved in moto's default account loads into LocalStack's, and its SNS subscriptions still
 * point at the queues it restores.
 */
export function rebaseAccount(value, from, to) {
    if (from === to)
        return value;
    const arn = new RegExp(`:${from}:`, 'g');
    const path = new RegExp(`/${from}/`, 'g');
    const visit = (v) => {
        if (typeof v === 'string')
            return v.includes(from) ? v.replace(arn, `:${to}:`).replace(path, `/${to}/`) : v;
        if (Array.isArray(v))
            return v.map(visit);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
        return v;
    };
    return visit(value);
}
/**
 * Rewrites every occurrence of a renamed identifier in a record's data: a resource the instance
 * gave an identifier of its own (a KMS key id moto draws) is named by the new one wherever a
 * record restored after it names the old one. Identifiers are UUIDs and the like, which no other
 * text contains.
 */
export function renameReferences(value, renames) {
    if (renames.size === 0)
        return value;
    const visit = (v) => {
        if (typeof v === 'string') {
            let text = v;
            for (const [from, to] of renames)
                if (text.includes(from))
                    text = text.split(from).join(to);
            return text;
        }
        if (Array.isArray(v))
            return v.map(visit);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
        return v;
    };
    return visit(value);
}
