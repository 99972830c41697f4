import { StandardRetryStrategy } from '@smithy/core/retry';
/**
 * Whether `error` is the instance saying it keeps no backend for `region`: LocalStack answers a
 * service moto's backends lack in that region (SES in ap-east-1) with a 500 whose message is the
 * KeyError, "exception while calling ses.ListIdentities: 'ap-east-1'", every time it is asked (its own
 * providers add " is not a valid AWS region name for transcribe").
 */
export function isRegionWithoutBackend(error, region) {
    const message = error?.message;
    const named = typeof message === 'string'
        ? /^exception while calling [\w-]+\.\w+: '([a-z0-9-]+)'( is not a valid AWS region name for [\w-]+)?$/.exec(message)
        : null;
    return named?.[1] === region;
}
/**
 * Whether `error` is the instance saying it does not implement the operation (HTTP 501, as
 * LocalStack answers the operations of a service it serves in part, or a 500 saying it finds no
 * operation for the request, as LocalStack answers SESv2's ListEmailIdentities): asked again, it
 * says the same.
 */
export function isNotImplemented(error) {
    const e = error;
    const noOperation = typeof e?.message === 'string' && /^exception while calling [\w-]+ with unknown operation/.test(e.message);
    return e?.$metadata?.httpStatusCode === 501 || noOperation;
}
/**
 * The SDK's standard retries, except for an answer that cannot change: retried ten times, with
 * the backoff an instance starting a service needs, each such answer cost a save seconds (SES
 * alone took 24 s of an empty LocalStack's 27 s save).
 */
export function retryStrategy(maxAttempts, region) {
    const standard = new StandardRetryStrategy(maxAttempts);
    return {
        // Clients of older SDK releases (route53resolver 3.654) name no scope, which the strategy reads.
        acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope ?? ''),
        refreshRetryTokenForRetry: (token, info) => {
            if (isRegionWithoutBackend(info.error, region) || isNotImplemented(info.error))
                return Promise.reject(info.error);
            return standard.refreshRetryTokenForRetry(token, info);
        },
        recordSuccess: (token) => standard.recordSuccess(token),
    };
}
/** For calls an emulator fails for good where the SDK would retry (see `s3ClientTryingOnce`). */
export const TRYING_ONCE = new StandardRetryStrategy(1);
