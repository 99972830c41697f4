import { PodsError } from '../../errors.js';
/**
 * One line for a request that got no HTTP answer (a request timeout is left as it is): `fetch` rejects with "fetch failed" and puts
 * the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in its cause.
 */
export declare function networkError(what: string, display: string, error: unknown): PodsError;
