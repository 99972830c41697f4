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
    maxAttempts: number;
}
/**
 * The configuration every AWS SDK client of a service module uses: the target's endpoint, the
 * user's credentials from the environment (test credentials when there are none), path-style S3.
 */
export declare function awsClientConfig(target: Target, region: string, env?: NodeJS.ProcessEnv): AwsClientConfig;
/** The account the configured credentials act in, as the instance's STS reports it. */
export declare function callerAccount(target: Target, region: string): Promise<string>;
