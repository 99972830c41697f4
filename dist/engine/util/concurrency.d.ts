/**
 * Runs `fn` over `items` with at most `limit` calls in flight, yielding results in input order.
 * Reading ahead is bounded by `limit`, so memory stays flat over a stream of any length.
 */
export declare function mapOrdered<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R>;
/** Runs `fn` over `items` with at most `limit` calls in flight; rejects with the first failure. */
export declare function forEachLimit<T>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void>;
