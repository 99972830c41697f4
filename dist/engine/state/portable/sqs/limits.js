/** What SQS takes per call, and how many calls of a kind this module makes at once. */
/** The most entries SQS takes in one batch call, and the most messages one receive returns. */
export const BATCH_ENTRIES = 10;
/** Queues whose attributes and tags are read, or batches whose visibility is reset, at once. */
export const DETAIL_CONCURRENCY = 8;
