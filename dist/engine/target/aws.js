import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
/** Credentials an emulator accepts when the user has none configured. */
const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
/** Sends every request with moto's account header: moto's server picks the account from it. */
class MotoAccountHandler extends NodeHttpHandler {
    account;
    constructor(account) {
        super();
        this.account = account;
    }
    handle(...[request, options]) {
        request.headers['x-moto-account-id'] = this.account;
        return super.handle(request, options);
    }
}
function userCredentials(env) {
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
export function awsClientConfig(target, region, account, env = process.env) {
    // Emulators start a service's backend on its first call (LocalStack's DynamoDB and Kinesis take
    // seconds) and answer 5xx meanwhile: enough attempts for the SDK's backoff to outlast that.
    const base = { endpoint: target.endpoint, region, forcePathStyle: true, maxAttempts: 10 };
    if (account && target.brand === 'localstack') {
        return { ...base, credentials: { accessKeyId: account, secretAccessKey: 'test' } };
    }
    if (account && target.brand === 'moto') {
        return { ...base, credentials: userCredentials(env), requestHandler: new MotoAccountHandler(account) };
    }
    return { ...base, credentials: userCredentials(env) };
}
/** Whether the target can act in accounts other than the caller's. */
export function switchesAccounts(target) {
    return target.brand === 'localstack' || target.brand === 'moto';
}
/** The account the credentials in `env` act in, as the instance's STS reports it. */
export async function callerAccount(target, region, env = process.env) {
    const sts = new STSClient(awsClientConfig(target, region, undefined, env));
    try {
        const identity = await sts.send(new GetCallerIdentityCommand({}));
        return identity.Account ?? '000000000000';
    }
    finally {
        sts.destroy();
    }
}
