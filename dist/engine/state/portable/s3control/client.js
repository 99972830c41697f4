import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { clientOf } from '../kit/index.js';
/**
 * The account goes in the host: AWS's endpoint rules prefix the endpoint's host with the
 * account id (`123456789012.s3-control…`), which on an emulator's `127.0.0.1:4566` makes no
 * address. Requests go to the endpoint as it is, and name the account in the `Host` header:
 * LocalStack's moto takes an access point's account from the host's first label, moto and
 * MiniStack from the `x-amz-account-id` header the SDK sends as well.
 */
const accountInHost = (next) => async (args) => {
    const request = args.request;
    const account = args.input.AccountId;
    if (account)
        request.headers.host = `${account}.${request.hostname}${request.port ? `:${request.port}` : ''}`;
    return next(args);
};
export class AccountRoutedS3Control extends S3ControlClient {
    constructor(config) {
        super({ ...config, endpointProvider: () => ({ url: new URL(config.endpoint) }) });
        this.middlewareStack.add(accountInHost, { step: 'build', name: 'accountInHost' });
    }
}
export const s3controlClient = clientOf(AccountRoutedS3Control);
