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
