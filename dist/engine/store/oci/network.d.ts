import { StoreError } from '../../errors.js';
/**
 * One line for a request that got no HTTP answer: `fetch` rejects with "fetch failed" and puts
 * the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in its cause.
 */
export declare function networkError(what: string, display: string, error: unknown): StoreError;
