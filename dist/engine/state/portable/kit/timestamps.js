import { Readable } from 'node:stream';
/** A JSON member named like a timestamp whose value is an ISO date: `"CreatedTimestamp": "2026-01-01T00:00:00Z"`. */
const ISO_TIMESTAMP = /"(\w*Timestamp)"\s*:\s*"(\d{4}-\d\d-\d\dT[^"]+)"/g;
/**
 * Rewrites the ISO dates of a JSON answer's `…Timestamp` members into the epoch seconds the
 * protocol has, before the SDK reads the answer: moto answers SESv2's contact lists with ISO
 * dates, which the SDK refuses.
 */
const epochTimestamps = (next) => async (args) => {
    const result = await next(args);
    const response = result.response;
    if (!(response.body instanceof Readable))
        return result;
    const chunks = [];
    for await (const chunk of response.body)
        chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(ISO_TIMESTAMP, (all, name, iso) => {
        const time = Date.parse(iso);
        return Number.isNaN(time) ? all : `"${name}": ${time / 1000}`;
    });
    response.body = Readable.from([Buffer.from(text)]);
    return result;
};
const NAME = 'epochTimestamps';
/** Makes `client` read ISO dates where the protocol has epoch seconds (see `epochTimestamps`); once per client. */
export function readIsoTimestamps(client) {
    const stack = client.middlewareStack;
    // Below the deserializer, so that it reads the rewritten body.
    if (!stack.identify().some((entry) => entry.startsWith(`${NAME} `)))
        stack.add(epochTimestamps, { step: 'deserialize', priority: 'low', name: NAME });
    return client;
}
/** The clients of `factory`, made to read ISO dates where the protocol has epoch seconds. */
export function readingIsoTimestamps(factory) {
    return (context, region) => readIsoTimestamps(factory(context, region));
}
