/**
 * Runs `fn` holding an exclusive lock on `lockDir` across processes (mkdir is atomic on every
 * local file system) and within this process. Locks left by dead processes are taken over.
 */
export declare function withLock<T>(lockDir: string, fn: () => Promise<T>, timeoutMs?: number): Promise<T>;
