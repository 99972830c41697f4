import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { GetCallerIdentityCommand, STSClient, type STSClientConfig } from '@aws-sdk/client-sts';
import type { RetryStrategyV2 } from '@smithy/types';
import { UnreachableError } from '../errors.js';
import { requestTimeoutMs } from '../util/request-timeout.js';
import { TimedHttpHandler } from '../util/sdk-http.js';
import { retryStrategy } from './retry.js';
import type { Target } from './target.js';

/** Credentials an emulator accepts when the user has none configured. */
const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface AwsClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  forcePathStyle: boolean;
  retryStrategy: RetryStrategyV2;
  requestHandler: TimedHttpHandler;
  cacheMiddleware: boolean;
  logger: NonNullable<STSClientConfig['logger']>;
}

/**
 * A logger without `info`. The SDK's logger middleware copies every call's input and output,
 * filtered of secrets, for `logger.info`, even when the logger drops it: on a load that is a
 * fifth of what the process allocates. It calls `info` optionally and skips the copies when
 * there is none. The SDK's default logger drops everything too, so nothing is lost.
 */
const WITHOUT_CALL_LOG = { trace() {}, debug() {}, warn() {}, error() {} } as unknown as AwsClientConfig['logger'];

/**
 * One pool of keep-alive connections for every client of the process. Modules make a client
 * per region and per call (a save probes 13 services in 30-odd regions) and a test run loads
 * before every file: with the SDK's agent per client, each of those opened connections of its
 * own, a handshake and, on moto, a server thread each. Idle sockets do not keep the process
 * alive (Node unrefs them).
 */
const SHARED_POOL = { httpAgent: new HttpAgent({ keepAlive: true }), httpsAgent: new HttpsAgent({ keepAlive: true }) };

/**
 * The handler of every client: HTTP/1.1 over the shared pool (also for Kinesis, whose client
 * would otherwise speak HTTP/2, which emulators do not), with moto's account header when the
 * client acts in another account (moto's server picks the account from it).
 */
class PooledHandler extends TimedHttpHandler {
  constructor(
    timeoutMs: number,
    private readonly motoAccount?: string,
  ) {
    super(timeoutMs, SHARED_POOL);
  }

  override handle(...[request, options]: Parameters<TimedHttpHandler['handle']>) {
    if (this.motoAccount) request.headers['x-moto-account-id'] = this.motoAccount;
    return super.handle(request, options);
  }

  /** Destroying a client leaves the shared pool to the others. */
  override destroy(): void {}
}

function userCredentials(env: NodeJS.ProcessEnv): AwsClientConfig['credentials'] {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return accessKeyId && secretAccessKey
    ? { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
    : TEST_CREDENTIALS;
}

/**
 * The configuration every AWS SDK client of a service module uses: the target's endpoint,
 * path-style S3, and credentials. With no `account`, the user's credentials from the
 * environment (test credentials when there are none). With an `account`, that account:
 * LocalStack takes the access key id as the account, moto takes the `x-moto-account-id` header.
 */
export function awsClientConfig(target: Target, region: string, account?: string, env: NodeJS.ProcessEnv = process.env): AwsClientConfig {
  // Emulators start a service's backend on its first call (LocalStack's DynamoDB and Kinesis take
  // seconds) and answer 5xx meanwhile: enough attempts for the SDK's backoff to outlast that.
  // moto starts none, and answers an operation it does not implement with a 500 that would be
  // retried for as long: there fewer attempts do (still past a few transient failures in a row).
  // The middleware stack resolved once per command class, not once per call: no module adds
  // middleware to single calls, and a load makes thousands of the same few calls.
  const timeoutMs = requestTimeoutMs(env);
  const base = {
    endpoint: target.endpoint,
    region,
    forcePathStyle: true,
    retryStrategy: retryStrategy(target.brand === 'moto' ? 5 : 10, region),
    cacheMiddleware: true,
    logger: WITHOUT_CALL_LOG,
  };
  if (account && takesAccountFromKey(target)) {
    return { ...base, credentials: { accessKeyId: account, secretAccessKey: 'test' }, requestHandler: new PooledHandler(timeoutMs) };
  }
  if (account && target.brand === 'moto') {
    return { ...base, credentials: userCredentials(env), requestHandler: new PooledHandler(timeoutMs, account) };
  }
  return { ...base, credentials: userCredentials(env), requestHandler: new PooledHandler(timeoutMs) };
}

/** Whether the target takes the account from the access key id, as LocalStack and MiniStack do. */
export function takesAccountFromKey(target: Target): boolean {
  return target.brand === 'localstack' || target.brand === 'ministack';
}

/** Whether the target can act in accounts other than the caller's. */
export function switchesAccounts(target: Target): boolean {
  return takesAccountFromKey(target) || target.brand === 'moto';
}

/** The account the credentials in `env` act in, as the instance's STS reports it. */
export async function callerAccount(target: Target, region: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const sts = new STSClient(awsClientConfig(target, region, undefined, env));
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    return identity.Account ?? '000000000000';
  } catch (error) {
    // The first AWS call a command makes: a server that is not AWS-compatible (a web server on the
    // port) answers it with a page the SDK cannot read.
    const status = (error as { $response?: { statusCode?: number } }).$response?.statusCode;
    if (status !== undefined && (error as Error).message.includes('Deserialization error')) {
      throw new UnreachableError(
        `The server at ${target.endpoint} does not answer as AWS does (STS GetCallerIdentity got HTTP ${status} and a body that is no AWS response). Point --endpoint (LOCALSTACK_ENDPOINT) at LocalStack, moto or another AWS-compatible emulator.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    sts.destroy();
  }
}
