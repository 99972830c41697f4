// Apart from http.ts, which loads undici: the options read these, and every command reads its options.

/** The environment variable that holds the request timeout; `--request-timeout` is resolved into it. */
export const REQUEST_TIMEOUT_ENV = 'LOCALSTACK_PODS_REQUEST_TIMEOUT';
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

/** The request timeout `env` gives, in milliseconds (see `resolveOptions`, which validates it). */
export function requestTimeoutMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env[REQUEST_TIMEOUT_ENV]);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1000;
}
