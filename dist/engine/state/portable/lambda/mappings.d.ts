import type * as Lambda from '@aws-sdk/client-lambda';
import type { ServiceContext } from '../../module.js';
/** A mapping's settings as its record holds them; each absent where Lambda's default holds. */
export type MappingSettings = {
    filterPatterns?: string[];
    functionResponseTypes?: string[];
    maximumConcurrency?: number;
    maximumRetryAttempts?: number;
    maximumRecordAgeInSeconds?: number;
    bisectBatchOnFunctionError?: boolean;
    parallelizationFactor?: number;
    tumblingWindowInSeconds?: number;
    onFailureDestination?: string;
    startingPositionTimestamp?: string;
};
export declare function mappingSettings(m: Lambda.EventSourceMappingConfiguration): MappingSettings;
/** The settings as CreateEventSourceMapping and UpdateEventSourceMapping take them; only those the record holds. */
export declare function mappingInput(m: MappingSettings): {
    StartingPositionTimestamp?: Date | undefined;
    DestinationConfig?: {
        OnFailure: {
            Destination: string;
        };
    } | undefined;
    TumblingWindowInSeconds?: number | undefined;
    ParallelizationFactor?: number | undefined;
    BisectBatchOnFunctionError?: boolean | undefined;
    MaximumRecordAgeInSeconds?: number | undefined;
    MaximumRetryAttempts?: number | undefined;
    ScalingConfig?: {
        MaximumConcurrency: number;
    } | undefined;
    FunctionResponseTypes?: "ReportBatchItemFailures"[] | undefined;
    FilterCriteria?: {
        Filters: {
            Pattern: string;
        }[];
    } | undefined;
};
/**
 * The ARN a restored mapping reads from. A DynamoDB stream is named by when it was made, so the
 * table restored before this mapping has a stream of another name: the table's newest is it.
 */
export declare function currentSource(context: ServiceContext, region: string, sourceArn: string): Promise<string>;
