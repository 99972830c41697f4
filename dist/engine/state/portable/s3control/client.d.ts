import { S3ControlClient, type S3ControlClientConfig } from '@aws-sdk/client-s3-control';
export declare class AccountRoutedS3Control extends S3ControlClient {
    constructor(config: S3ControlClientConfig & {
        endpoint: string;
    });
}
export declare const s3controlClient: import("../kit/clients.js").ClientFactory<AccountRoutedS3Control>;
