import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
/** A unique temporary path beside `target`, so a rename onto `target` stays on one file system. */
export function tempPathFor(target) {
    return join(dirname(target), `.tmp-${process.pid}-${randomUUID()}`);
}
/** Writes `bytes` to `target` so readers see the old content or the new, never a part. */
export async function writeFileAtomic(target, bytes) {
    const temp = tempPathFor(target);
    try {
        const handle = await open(temp, 'wx');
        try {
            await handle.writeFile(bytes);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(temp, target);
    }
    catch (error) {
        await rm(temp, { force: true });
        throw error;
    }
}
