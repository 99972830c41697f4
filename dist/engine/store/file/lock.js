import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../../errors.js';
import { isAlive } from '../../util/process-alive.js';
/** A lock older than this is taken over whoever holds it: no index update takes that long. */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** A lock directory without an owner file this old was left by a process killed while taking it. */
const ORPHAN_AFTER_MS = 5_000;
const inProcess = new Map();
async function isStale(lockDir) {
    try {
        const owner = JSON.parse(await readFile(join(lockDir, 'owner.json'), 'utf8'));
        if (Date.now() - owner.acquired > STALE_AFTER_MS)
            return true;
        return owner.host === hostname() && !isAlive(owner.pid);
    }
    catch {
        try {
            return Date.now() - (await stat(lockDir)).mtimeMs > ORPHAN_AFTER_MS;
        }
        catch {
            return false;
        }
    }
}
/**
 * Runs `fn` holding an exclusive lock on `lockDir` across processes (mkdir is atomic on every
 * local file system) and within this process. Locks left by dead processes are taken over.
 */
export async function withLock(lockDir, fn, timeoutMs = 60_000) {
    const previous = inProcess.get(lockDir) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => withProcessLock(lockDir, fn, timeoutMs));
    inProcess.set(lockDir, run);
    try {
        return await run;
    }
    finally {
        if (inProcess.get(lockDir) === run)
            inProcess.delete(lockDir);
    }
}
async function withProcessLock(lockDir, fn, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            await mkdir(lockDir);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST') {
                throw new StoreError(`Cannot create lock ${lockDir}: ${error.message}`, { cause: error });
            }
            if (await isStale(lockDir)) {
                await rm(lockDir, { recursive: true, force: true });
                continue;
            }
            if (Date.now() > deadline) {
                throw new StoreError(`Timed out after ${timeoutMs / 1000}s waiting for the lock ${lockDir}. If no localstack-pods process is running, remove that directory.`);
            }
            await sleep(5 + Math.random() * 20);
        }
    }
    const owner = { pid: process.pid, host: hostname(), acquired: Date.now() };
    await writeFile(join(lockDir, 'owner.json'), JSON.stringify(owner));
    try {
        return await fn();
    }
    finally {
        await rm(lockDir, { recursive: true, force: true });
    }
}
