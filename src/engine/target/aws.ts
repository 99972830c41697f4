import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Target } from './target.js';

/** Credentials an emulator accepts when the user has none configured. */
const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface AwsClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  forcePathStyle: boolean;
  maxAttempts: number;
}

/**
 * The configuration every AWS SDK client of a service module uses: the target's endpoint, the
 * user's credentials from the environment (test credentials when there are none), path-style S3.
 */
export function awsClientConfig(target: Target, region: string, env: NodeJS.ProcessEnv = process.env): AwsClientConfig {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const credentials =
    accessKeyId && secretAccessKey
      ? { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
      : TEST_CREDENTIALS;
  return { endpoint: target.endpoint, region, credentials, forcePathStyle: true, maxAttempts: 5 };
}

/** The account the configured credentials act in, as the instance's STS reports it. */
export async function callerAccount(target: Target, region: string): Promise<string> {
  const sts = new STSClient(awsClientConfig(target, region));
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    return identity.Account ?? '000000000000';
  } finally {
    sts.destroy();
  }
}
