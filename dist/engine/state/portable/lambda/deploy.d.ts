/**
 * Putting a function's `$LATEST` in place: created or updated to carry a record's configuration
 * and code, waiting after each change until Lambda has settled it.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import type { PodRecord } from '../../module.js';
import { type Network } from '../kit/index.js';
import { type CodeData } from './code.js';
import { type FunctionConfig } from './configuration.js';
/** What GetFunction says of a function; undefined when it does not exist. */
export declare function existing(lambda: Lambda.LambdaClient, FunctionName: string): Promise<Lambda.GetFunctionCommandOutput | undefined>;
/** What a function's `$LATEST` is to carry. */
export type Latest = {
    config: FunctionConfig;
    code: CodeData;
    /** Set on creation only: an existing function's tags are the caller's to bring in line. */
    tags?: Record<string, string>;
    /** A layer version's ARN on this instance, for the pod's ARN. */
    layerArn(arn: string): string;
    /** The region's VPCs, subnets and groups, where the function's VPC settings are found. */
    network: Network;
};
/**
 * Makes the function's `$LATEST` carry the configuration and the record's code: created when
 * missing, updated otherwise. A record without code leaves the code of an existing function alone.
 */
export declare function putLatest(lambda: Lambda.LambdaClient, record: PodRecord, FunctionName: string, latest: Latest): Promise<'created' | 'updated'>;
