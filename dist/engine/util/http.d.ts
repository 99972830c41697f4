import { Readable } from 'node:stream';
import { PodsError } from '../errors.js';
/** A server that accepted a request and then said nothing for the whole request timeout. */
export declare class RequestTimeoutError extends PodsError {
    constructor(what: string, timeoutMs: number, options?: {
        cause?: unknown;
    });
}
/** Whether `error`, or an error it was caused by, is a request timeout. */
export declare function isTimeout(error: unknown): boolean;
/**
 * `fetch` with the request timeout, from undici itself: Node's own fetch waits five minutes
 * for headers and as long for each pause in a body, and takes no other pool from this undici.
 * A timeout rejects with RequestTimeoutError naming `what`; other failures are fetch's own.
 */
export declare function timedFetch(url: string | URL, init: RequestInit, timeoutMs: number, what: string): Promise<Response>;
/** A response's body as a stream whose stall fails with RequestTimeoutError naming `what`. */
export declare function bodyStream(response: Response, timeoutMs: number, what: string): Readable;
