/** What one call of a batch API takes. */
export type BatchLimits = {
    /** Entries per call. */
    readonly entries: number;
    /** Bytes per call, summed over the entries' sizes (see `Batches.add`). */
    readonly bytes?: number;
    /** Calls in flight at once; 1 (the default) keeps the entries' order across calls. */
    readonly inFlight?: number;
};
/**
 * Entries gathered into batches as full as a batch API takes them, in the order they are added.
 * A batch goes out when the next entry would not fit in it, or belongs to another target (a
 * table, a stream). `send` reports each entry itself: it must not throw.
 */
export declare class Batches<E> {
    private readonly limits;
    private readonly send;
    private batch;
    private bytes;
    private target;
    private readonly pool;
    constructor(limits: BatchLimits, send: (batch: E[], target: string | undefined) => Promise<void>);
    /** Takes an entry in, of `bytes` and for `target`; the batch gathered so far goes out first when it would not fit. */
    add(entry: E, bytes?: number, target?: string): Promise<void>;
    /** Sends the batch gathered so far, and waits for every batch in flight. */
    flush(): Promise<void>;
    private dispatch;
}
/**
 * Sends `pending` with `send`, which answers the part the service left undone (unprocessed
 * items, records turned away while a shard is busy), and sends that again with backoff until
 * nothing is left. After MAX_ROUNDS retries it fails with `left`'s message.
 */
export declare function sendUntilDone<T>(pending: readonly T[], send: (batch: readonly T[]) => Promise<readonly T[]>, left: (count: number) => string): Promise<void>;
