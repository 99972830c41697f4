import type { RetryStrategyV2 } from '@smithy/types';
/**
 * Whether `error` is the instance saying it keeps no backend for `region`: LocalStack answers a
 * service moto's backends lack in that region (SES in ap-east-1) with a 500 whose message is the
 * KeyError, "exception while calling ses.ListIdentities: 'ap-east-1'", every time it is asked (its own
 * providers add " is not a valid AWS region name for transcribe").
 */
export declare function isRegionWithoutBackend(error: unknown, region: string): boolean;
/**
 * Whether `error` is the instance saying it does not implement the operation (HTTP 501, as
 * LocalStack answers the operations of a service it serves in part, or a 500 saying it finds no
 * operation for the request, as LocalStack answers SESv2's ListEmailIdentities): asked again, it
 * says the same.
 */
export declare function isNotImplemented(error: unknown): boolean;
/**
 * The SDK's standard retries, except for an answer that cannot change: retried ten times, with
 * the backoff an instance starting a service needs, each such answer cost a save seconds (SES
 * alone took 24 s of an empty LocalStack's 27 s save).
 */
export declare function retryStrategy(maxAttempts: number, region: string): RetryStrategyV2;
/** For calls an emulator fails for good where the SDK would retry (see `s3ClientTryingOnce`). */
export declare const TRYING_ONCE: RetryStrategyV2;
