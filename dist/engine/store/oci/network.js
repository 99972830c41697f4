import { PodsError, StoreError } from '../../errors.js';
/** TLS failures that mean the server speaks plain HTTP. */
const PLAIN_HTTP_SIGNS = /WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i;
/**
 * One line for a request that got no HTTP answer (a request timeout is left as it is): `fetch` rejects with "fetch failed" and puts
 * the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in its cause.
 */
export function networkError(what, display, error) {
    // A timeout already names what did not answer, and says what to do.
    if (error instanceof PodsError)
        return error;
    let reason = error instanceof Error ? error.message : String(error);
    let cause = error;
    while (cause instanceof Error && cause.cause instanceof Error)
        cause = cause.cause;
    if (cause instanceof Error && cause !== error) {
        const code = cause.code;
        reason = code && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
    }
    const hint = PLAIN_HTTP_SIGNS.test(reason) ? ' If it serves plain HTTP, add ?plain-http=true to the URL.' : '';
    return new StoreError(`Cannot reach ${what} for ${display}: ${reason}.${hint}`, { cause: error });
}
