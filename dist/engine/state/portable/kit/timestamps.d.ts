import type { ClientFactory } from './clients.js';
/** Makes `client` read ISO dates where the protocol has epoch seconds (see `epochTimestamps`); once per client. */
export declare function readIsoTimestamps<C>(client: C): C;
/** The clients of `factory`, made to read ISO dates where the protocol has epoch seconds. */
export declare function readingIsoTimestamps<C>(factory: ClientFactory<C>): ClientFactory<C>;
