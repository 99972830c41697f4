/**
 * The ids a restore got from the instance, by the ids the pod has: what later records of the
 * same restore name (a plan's API, a record set's health check) is looked up here.
 */
export declare class IdMap {
    private readonly ids;
    set(from: string, to: string): void;
    /** The new id of `id`; `id` itself when the instance kept it, or it is not one of the pod's. */
    readonly of: <T extends string | undefined>(id: T) => T;
}
/**
 * LocalStack keeps a DynamoDB table's stream as a Kinesis stream of this name: the table's, not
 * the user's. The Kinesis module leaves such streams out, and the DynamoDB module restores them
 * with their tables.
 */
export declare const TABLE_STREAM_PREFIX = "__ddb_stream_";
