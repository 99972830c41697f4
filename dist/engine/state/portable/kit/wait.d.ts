/** Resolves after `ms` milliseconds. */
export declare const sleep: (ms: number) => Promise<void>;
/** The pause before retry `round`: doubling from 50 ms, at most 2 s. */
export declare function backoff(round: number): number;
/**
 * Reads a resource until `done` holds for what `read` returns (undefined once it is gone),
 * with backoff; after `timeoutMs`, fails saying it did not become `what`.
 */
export declare function pollUntil<T>(read: () => Promise<T | undefined>, done: (current: T | undefined) => boolean, name: string, what: string, timeoutMs: number): Promise<T | undefined>;
