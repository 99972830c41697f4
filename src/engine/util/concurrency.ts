/**
 * Runs `fn` over `items` with at most `limit` calls in flight, yielding results in input order.
 * Reading ahead is bounded by `limit`, so memory stays flat over a stream of any length.
 */
export async function* mapOrdered<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const window: Promise<R>[] = [];
  try {
    for await (const item of items) {
      const pending = fn(item);
      pending.catch(() => undefined);
      window.push(pending);
      if (window.length >= limit) yield await window.shift()!;
    }
    while (window.length > 0) yield await window.shift()!;
  } finally {
    await Promise.allSettled(window);
  }
}

/** Runs `fn` over `items` with at most `limit` calls in flight; rejects with the first failure. */
export async function forEachLimit<T>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  for await (const _ of mapOrdered(items, limit, fn)) {
    // results are void; the iteration applies back-pressure
  }
}
