import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CorruptPodError, NotFoundError, UsageError } from './errors.js';
import { localStorePath, remotesFile } from './home.js';
import { writeFileAtomic } from './store/file/atomic.js';
import { withLock } from './store/file/lock.js';
import { supportedSchemes } from './store/registry.js';
import { maskUrl, refuseLiteralSecrets } from './store/url.js';
export const LOCAL_REMOTE = 'local';
const REMOTE_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
async function readRemotes(env) {
    try {
        const parsed = JSON.parse(await readFile(remotesFile(env), 'utf8'));
        return { remotes: parsed.remotes ?? {} };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { remotes: {} };
        throw new CorruptPodError(`${remotesFile(env)} is damaged: ${error.message}. Fix or remove it.`, { cause: error });
    }
}
async function changeRemotes(env, change) {
    const path = remotesFile(env);
    await mkdir(dirname(path), { recursive: true });
    await withLock(`${path}.lock`, async () => {
        const file = await readRemotes(env);
        change(file);
        await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
    });
}
function localRemote(env) {
    return { name: LOCAL_REMOTE, url: pathToFileURL(localStorePath(env)).toString() };
}
/** The `local` remote and every remote in remotes.json, by name. */
export async function listRemotes(env = process.env) {
    const { remotes } = await readRemotes(env);
    return [
        localRemote(env),
        ...Object.entries(remotes)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, r]) => ({ name, url: r.url })),
    ];
}
/** Returns `name` when it follows the remote name rule, else throws a UsageError naming the rule. */
export function parseRemoteName(name) {
    if (!REMOTE_NAME.test(name)) {
        throw new UsageError(`Invalid remote name "${name}": a remote name must match [a-z0-9][a-z0-9._-]{0,63}.`);
    }
    return name;
}
export async function addRemote(name, url, env = process.env) {
    parseRemoteName(name);
    if (name === LOCAL_REMOTE)
        throw new UsageError(`"${LOCAL_REMOTE}" is the built-in remote; choose another name.`);
    refuseLiteralSecrets(url);
    let scheme;
    try {
        scheme = new URL(url.replace(/\{[a-z0-9_]+\}/g, 'x')).protocol;
    }
    catch {
        throw new UsageError(`Invalid remote URL "${maskUrl(url)}": expected e.g. file:///abs/dir.`);
    }
    if (!supportedSchemes().includes(scheme)) {
        throw new UsageError(`Unsupported remote "${maskUrl(url)}": supported URL schemes are ${supportedSchemes()
            .map((s) => `${s}//`)
            .join(', ')}.`);
    }
    await changeRemotes(env, (file) => {
        file.remotes[name] = { url };
    });
    return { name, url };
}
export async function deleteRemote(name, env = process.env) {
    if (name === LOCAL_REMOTE)
        throw new UsageError(`"${LOCAL_REMOTE}" is built in and cannot be deleted.`);
    let found = false;
    await changeRemotes(env, (file) => {
        found = name in file.remotes;
        delete file.remotes[name];
    });
    if (!found)
        throw new NotFoundError(`No remote named "${name}". See: localstack-pods remote list`);
}
/**
 * The URL a remote argument stands for: a URL as given, a remote name from remotes.json, or
 * `local` (also when undefined).
 */
export async function resolveRemote(nameOrUrl, env = process.env) {
    if (!nameOrUrl || nameOrUrl === LOCAL_REMOTE)
        return localRemote(env);
    if (nameOrUrl.includes('://'))
        return { name: nameOrUrl, url: nameOrUrl };
    const remote = (await listRemotes(env)).find((r) => r.name === nameOrUrl);
    if (!remote) {
        throw new NotFoundError(`No remote named "${nameOrUrl}". Add it with: localstack-pods remote add ${nameOrUrl} URL`);
    }
    return remote;
}
