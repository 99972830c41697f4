import { UsageError } from '../errors.js';
import { parseAutoLoadPods } from './entries.js';
import { readInitDir } from './init-dir.js';
/**
 * The pods the sources name, in the order LocalStack loads them: the init directory, then
 * AUTO_LOAD_POD, so a pod of the variable replaces what the directory's pods hold in the same
 * scope. Every part that cannot be read is named in one UsageError, before anything loads: a
 * typo must not leave an instance with some of its pods.
 */
export async function planAutoload(sources) {
    const fromDir = await readInitDir(sources.initDir);
    const fromEnv = parseAutoLoadPods(sources.autoLoadPod ?? '');
    const problems = [...fromDir.problems, ...fromEnv.problems];
    if (problems.length > 0) {
        throw new UsageError(`${problems.length} pod(s) named for autoload cannot be read; nothing was loaded:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    }
    return { entries: [...fromDir.entries, ...fromEnv.entries], initDir: sources.initDir, initDirFound: fromDir.found };
}
