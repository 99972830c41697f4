import type * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
/** Waits until LocalStack has deleted the Kinesis stream behind the stream of `t`, a table deleted in `region`. */
export declare function waitForTableStream(context: ServiceContext, region: string, t: DynamoDB.TableDescription): Promise<void>;
