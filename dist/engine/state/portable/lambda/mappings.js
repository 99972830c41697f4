/**
 * What an event source mapping holds beyond its function, source and batch: how it filters,
 * retries, scales and reports failures, kept where it differs from Lambda's defaults; and the
 * source a restored mapping reads from, which for a DynamoDB stream is the table's newest.
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { clientOf, unlessMissing } from '../kit/index.js';
const dynamodb = clientOf(DynamoDB.DynamoDBClient);
/** -1 is "no limit" for retries and record age, as the defaults are. */
function set(value, unset) {
    return value === undefined || value === unset ? undefined : value;
}
export function mappingSettings(m) {
    const patterns = (m.FilterCriteria?.Filters ?? []).map((f) => f.Pattern).filter(Boolean);
    return {
        filterPatterns: patterns.length > 0 ? patterns : undefined,
        functionResponseTypes: m.FunctionResponseTypes?.length ? [...m.FunctionResponseTypes] : undefined,
        maximumConcurrency: m.ScalingConfig?.MaximumConcurrency,
        maximumRetryAttempts: set(m.MaximumRetryAttempts, -1),
        maximumRecordAgeInSeconds: set(m.MaximumRecordAgeInSeconds, -1),
        bisectBatchOnFunctionError: m.BisectBatchOnFunctionError || undefined,
        parallelizationFactor: set(m.ParallelizationFactor, 1),
        tumblingWindowInSeconds: set(m.TumblingWindowInSeconds, 0),
        onFailureDestination: m.DestinationConfig?.OnFailure?.Destination,
        startingPositionTimestamp: m.StartingPositionTimestamp?.toISOString(),
    };
}
/** The settings as CreateEventSourceMapping and UpdateEventSourceMapping take them; only those the record holds. */
export function mappingInput(m) {
    return {
        ...(m.filterPatterns ? { FilterCriteria: { Filters: m.filterPatterns.map((Pattern) => ({ Pattern })) } } : {}),
        ...(m.functionResponseTypes ? { FunctionResponseTypes: m.functionResponseTypes } : {}),
        ...(m.maximumConcurrency !== undefined ? { ScalingConfig: { MaximumConcurrency: m.maximumConcurrency } } : {}),
        ...(m.maximumRetryAttempts !== undefined ? { MaximumRetryAttempts: m.maximumRetryAttempts } : {}),
        ...(m.maximumRecordAgeInSeconds !== undefined ? { MaximumRecordAgeInSeconds: m.maximumRecordAgeInSeconds } : {}),
        ...(m.bisectBatchOnFunctionError ? { BisectBatchOnFunctionError: true } : {}),
        ...(m.parallelizationFactor !== undefined ? { ParallelizationFactor: m.parallelizationFactor } : {}),
        ...(m.tumblingWindowInSeconds !== undefined ? { TumblingWindowInSeconds: m.tumblingWindowInSeconds } : {}),
        ...(m.onFailureDestination ? { DestinationConfig: { OnFailure: { Destination: m.onFailureDestination } } } : {}),
        ...(m.startingPositionTimestamp ? { StartingPositionTimestamp: new Date(m.startingPositionTimestamp) } : {}),
    };
}
/** `arn:…:dynamodb:region:account:table/NAME/stream/LABEL`: a stream's ARN ends in the time it was made. */
const TABLE_STREAM = /^(arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/([^/]+))\/stream\/[^/]+$/;
/**
 * The ARN a restored mapping reads from. A DynamoDB stream is named by when it was made, so the
 * table restored before this mapping has a stream of another name: the table's newest is it.
 */
export async function currentSource(context, region, sourceArn) {
    const table = TABLE_STREAM.exec(sourceArn)?.[2];
    if (!table)
        return sourceArn;
    const described = await unlessMissing(dynamodb(context, region).send(new DynamoDB.DescribeTableCommand({ TableName: table })));
    return described?.Table?.LatestStreamArn ?? sourceArn;
}
