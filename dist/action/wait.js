// src/engine/state/portable/kit/wait.ts
/** Resolves after `ms` milliseconds. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The pause before retry `round`: doubling from 50 ms, at most 2 s. */
function backoff(round) {
	return Math.min(50 * 2 ** round, 2e3);
}
/**
* Reads a resource until `done` holds for what `read` returns (undefined once it is gone),
* with backoff; after `timeoutMs`, fails saying it did not become `what`.
*/
async function pollUntil(read, done, name, what, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	for (let round = 0;; round += 1) {
		const current = await read();
		if (done(current)) return current;
		if (Date.now() > deadline) throw new Error(`${name} did not become ${what} within ${timeoutMs / 1e3} s`);
		await sleep(backoff(round));
	}
}
export { pollUntil as n, sleep as r, backoff as t };
