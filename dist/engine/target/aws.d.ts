import { type STSClientConfig } from '@aws-sdk/client-sts';
import type { RetryStrategyV2 } from '@smithy/types';
import { TimedHttpHandler } from '../util/sdk-http.js';
import type { Target } from './target.js';
export interface AwsClientConfig {
    endpoint: string;
    region: string;
    credentials: {
        accessKeyId: string;
        secretAccessKey: string;
        sessionToken?: string;
    };
    forcePathStyle: boolean;
    retryStrategy: RetryStrategyV2;
    requestHandler: TimedHttpHandler;
    cacheMiddleware: boolean;
    logger: NonNullable<STSClientConfig['logger']>;
}
/**
 * The configuration every AWS SDK client of a service module uses: the target's endpoint,
 * path-style S3, and credentials. With no `account`, the user's credentials from the
 * environment (test credentials when there are none). With an `account`, that account:
 * LocalStack takes the access key id as the account, moto takes the `x-moto-account-id` header.
 */
export declare function awsClientConfig(target: Target, region: string, account?: string, env?: NodeJS.ProcessEnv): AwsClientConfig;
/** Whether the target takes the account from the access key id, as LocalStack and MiniStack do. */
export declare function takesAccountFromKey(target: Target): boolean;
/** Whether the target can act in accounts other than the caller's. */
export declare function switchesAccounts(target: Target): boolean;
/** The account the credentials in `env` act in, as the instance's STS reports it. */
export declare function callerAccount(target: Target, region: string, env?: NodeJS.ProcessEnv): Promise<string>;
