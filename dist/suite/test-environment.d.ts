/**
 * The endpoint with `localhost` as `127.0.0.1`: an S3 client the tests create with no options
 * addresses buckets as hosts (`bucket.localhost`, which does not resolve), and the SDK goes
 * path-style by itself for an IP address.
 */
export declare function loopbackAddress(endpoint: string): string;
/**
 * What an AWS SDK client (or the AWS CLI) created in a test, or a later step of a job, needs to
 * reach the instance with no code of its own: the endpoint, and credentials and a region when
 * the user has none.
 */
export declare function testEnvironment(endpoint: string, env: NodeJS.ProcessEnv): Record<string, string>;
