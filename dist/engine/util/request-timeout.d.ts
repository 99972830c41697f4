/** The environment variable that holds the request timeout; `--request-timeout` is resolved into it. */
export declare const REQUEST_TIMEOUT_ENV = "LOCALSTACK_PODS_REQUEST_TIMEOUT";
export declare const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
/** The request timeout `env` gives, in milliseconds (see `resolveOptions`, which validates it). */
export declare function requestTimeoutMs(env: NodeJS.ProcessEnv): number;
