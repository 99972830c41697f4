/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The pause before retry `round`: doubling from 50 ms, at most 2 s. */
export function backoff(round) {
    return Math.min(50 * 2 ** round, 2_000);
}
/**
 * Reads a resource until `done` holds for what `read` returns (undefined once it is gone),
 * with backoff; after `timeoutMs`, fails saying it did not become `what`.
 */
export async function pollUntil(read, done, name, what, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (let round = 0;; round += 1) {
        const current = await read();
        if (done(current))
            return current;
        if (Date.now() > deadline)
            throw new Error(`${name} did not become ${what} within ${timeoutMs / 1000} s`);
        await sleep(backoff(round));
    }
}
