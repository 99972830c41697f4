// src/engine/util/concurrency.ts
/**
* Runs `fn` over `items` with at most `limit` calls in flight, yielding results in input order.
* Reading ahead is bounded by `limit`, so memory stays flat over a stream of any length.
*/
async function* mapOrdered(items, limit, fn) {
	const window = [];
	try {
		for await (const item of items) {
			const pending = fn(item);
			pending.catch(() => void 0);
			window.push(pending);
			if (window.length >= limit) yield await window.shift();
		}
		while (window.length > 0) yield await window.shift();
	} finally {
		await Promise.allSettled(window);
	}
}
/** Runs `fn` over `items` with at most `limit` calls in flight; rejects with the first failure. */
async function forEachLimit(items, limit, fn) {
	for await (const _ of mapOrdered(items, limit, fn));
}
export { mapOrdered as n, forEachLimit as t };
