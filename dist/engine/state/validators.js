import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { podsHome } from '../home.js';
import { writeFileAtomic } from '../store/file/atomic.js';
const FORMAT = 1;
/**
 * The file that keeps the validators of one pod's saves from one instance into one store, in
 * `$LOCALSTACK_PODS_HOME/cache`. Validators are facts about an instance (ETags, times), not
 * state, so they stay out of the pod: the same state gives the same layers wherever it is saved.
 */
export function validatorsFile(env, store, pod, endpoint) {
    const key = createHash('sha256')
        .update(JSON.stringify([store, pod, endpoint]))
        .digest('hex');
    return join(podsHome(env), 'cache', 'validators', `${key}.json`);
}
/**
 * The validators saved with `manifest`, or undefined when the file is missing, unreadable or
 * belongs to another version (a save from elsewhere came in between): then nothing is trusted.
 */
export async function readValidators(file, manifest) {
    try {
        const saved = JSON.parse(await readFile(file, 'utf8'));
        if (saved.format !== FORMAT || saved.manifest !== manifest || typeof saved.layers !== 'object')
            return undefined;
        return new Map(Object.entries(saved.layers).map(([scope, records]) => [scope, new Map(Object.entries(records))]));
    }
    catch {
        return undefined;
    }
}
/** Replaces the file with the validators of the version `manifest`, atomically. */
export async function writeValidators(file, manifest, validators) {
    const layers = Object.fromEntries([...validators].map(([scope, records]) => [scope, Object.fromEntries(records)]));
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify({ format: FORMAT, manifest, layers }));
}
