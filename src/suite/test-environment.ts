/**
 * The endpoint with `localhost` as `127.0.0.1`: an S3 client the tests create with no options
 * addresses buckets as hosts (`bucket.localhost`, which does not resolve), and the SDK goes
 * path-style by itself for an IP address.
 */
export function loopbackAddress(endpoint: string): string {
  const url = new URL(endpoint);
  if (url.hostname !== 'localhost') return endpoint;
  url.hostname = '127.0.0.1';
  return url.href.replace(/\/$/, '');
}

/**
 * What an AWS SDK client (or the AWS CLI) created in a test, or a later step of a job, needs to
 * reach the instance with no code of its own: the endpoint, and credentials and a region when
 * the user has none.
 */
export function testEnvironment(endpoint: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const vars: Record<string, string> = { LOCALSTACK_ENDPOINT: endpoint, AWS_ENDPOINT_URL: endpoint };
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) Object.assign(vars, { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  // The JavaScript SDK reads only AWS_REGION, the AWS CLI and Python AWS_DEFAULT_REGION: both
  // are set, to the one the user gave when there is one.
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  if (!env.AWS_REGION) vars.AWS_REGION = region;
  if (!env.AWS_DEFAULT_REGION) vars.AWS_DEFAULT_REGION = region;
  return vars;
}
