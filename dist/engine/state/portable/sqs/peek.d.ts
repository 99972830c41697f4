import type { AwsClientConfig } from '../../../target/aws.js';
import type { CapturedRecord } from '../../module.js';
/**
 * Every message of the queue `name` at `url`, in flight and delayed included, in the queue's order.
 * A queue URL of AWS's shape names no region: LocalStack takes the region, and the account, from
 * the request's credential scope, as it does for a signed call (it checks no signature).
 */
export declare function peekMessages(endpoint: string, config: Pick<AwsClientConfig, 'credentials' | 'requestHandler'>, region: string, name: string, url: string): AsyncGenerator<CapturedRecord, number>;
