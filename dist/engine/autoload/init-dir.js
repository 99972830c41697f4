import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { autoloadEntry, collectEntries, parsePodList } from './entries.js';
/** Where LocalStack looks for the pods to load at start-up, inside its container. */
export const DEFAULT_INIT_DIR = '/etc/localstack/init-pods.d';
/** The names in `dir`, or undefined when there is no such directory. */
async function fileNames(dir) {
    try {
        return await readdir(dir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new UsageError(`Cannot read the init directory ${dir}: ${error.message}`, { cause: error });
    }
}
/** The pods a `.txt` file names; a file that cannot be read is one problem. */
async function readPodList(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        return { entries: [], problems: [`${path}: ${error.message}`] };
    }
    return parsePodList(text, path);
}
/**
 * What an init directory names, in LocalStack's order: the pods of each `.txt` file, then each
 * `.zip` pod file, both by file name (code point order, the same on every machine).
 */
export async function readInitDir(dir) {
    const names = await fileNames(dir);
    if (!names)
        return { found: false, entries: [], problems: [] };
    const sorted = [...names].sort();
    const lists = await Promise.all(sorted.filter((name) => name.endsWith('.txt')).map((name) => readPodList(join(dir, name))));
    const podFiles = collectEntries(sorted
        .filter((name) => name.endsWith('.zip'))
        .map((name) => {
        const path = join(dir, name);
        return { origin: path, read: () => autoloadEntry(pathToFileURL(path).href, undefined, path) };
    }));
    const parts = [...lists, podFiles];
    return { found: true, entries: parts.flatMap((p) => p.entries), problems: parts.flatMap((p) => p.problems) };
}
