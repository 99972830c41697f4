import { lilconfigSync } from 'lilconfig';
import { UsageError } from './errors.js';
import { OPTION_TABLE, resolveOptions } from './options.js';
import { remotesFile } from './home.js';
import { listRemotes, LOCAL_REMOTE, parseRemoteName } from './remotes.js';
import { maskUrl, refuseLiteralSecrets } from './store/url.js';
/** The file names searched, from the working folder up to the home folder. */
export const CONFIG_FILE = 'localstack-pods.config.json';
/** The key of package.json that holds the same object. */
export const PACKAGE_KEY = 'localstack-pods';
const NAMES = new Set(OPTION_TABLE.map((o) => o.name));
const LISTS = new Set(['services', 'regions', 'accounts']);
function optionValue(path, name, value) {
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (LISTS.has(name) && Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.join(',');
    const expected = LISTS.has(name) ? 'a string or a list of strings' : 'a string, number or boolean';
    throw new UsageError(`Invalid "${name}" in ${path}: expected ${expected}, not ${JSON.stringify(value)}.`);
}
function remotesOf(path, value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new UsageError(`Invalid "remotes" in ${path}: expected an object of remote names and URLs, e.g. {"team": "s3://bucket/pods"}.`);
    }
    const remotes = new Map();
    for (const [name, url] of Object.entries(value)) {
        parseRemoteName(name);
        if (typeof url !== 'string' || !url.includes('://'))
            throw new UsageError(`Invalid remote "${name}" in ${path}: expected a URL such as s3://bucket/pods.`);
        // The file is usually committed: a secret in it would be published.
        refuseLiteralSecrets(url);
        remotes.set(name, url);
    }
    return remotes;
}
/** The object a config file holds, checked: every key an option of the table, or `remotes`. */
export function parseConfig(path, content) {
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
        throw new UsageError(`${path} must hold a JSON object of options, e.g. {"endpoint": "http://localhost:4566", "remote": "team"}.`);
    }
    const options = {};
    let remotes = new Map();
    for (const [key, value] of Object.entries(content)) {
        if (key === 'remotes')
            remotes = remotesOf(path, value);
        else if (NAMES.has(key))
            options[key] = optionValue(path, key, value);
        else
            throw new UsageError(`Unknown option "${key}" in ${path}: expected ${[...NAMES, 'remotes'].join(', ')}.`);
    }
    return { path, options, remotes };
}
/**
 * lilconfig's own JSON loader is `require`, which a single executable (whose `require` loads only
 * Node's modules) cannot use, and which would keep a file's first content for the whole process.
 */
function readJson(path, content) {
    try {
        return JSON.parse(content.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new Error(`${path}: ${error.message}`, { cause: error });
    }
}
/**
 * The project's config file: `localstack-pods.config.json`, or the `localstack-pods` key of
 * package.json, the nearest from `cwd` up (lilconfig's search, as cosmiconfig users know it).
 * Undefined when there is none. A file that is not valid JSON is a usage error that names it.
 */
export function findConfig(cwd = process.cwd()) {
    let found;
    try {
        found = lilconfigSync(PACKAGE_KEY, {
            searchPlaces: ['package.json', CONFIG_FILE],
            packageProp: PACKAGE_KEY,
            loaders: { '.json': readJson },
        }).search(cwd);
    }
    catch (error) {
        throw new UsageError(`Cannot read the config file: ${error.message}`, { cause: error });
    }
    if (!found || found.isEmpty)
        return undefined;
    return parseConfig(found.filepath, found.config);
}
/** The URL template of a remote the config file names, else `nameOrUrl` as given. */
export function configuredRemote(nameOrUrl, config) {
    return config?.remotes.get(nameOrUrl) ?? nameOrUrl;
}
/**
 * A front's options with the project's config file under the environment (see
 * `resolveOptions`), and a remote the file names put to its URL.
 */
export function resolveWithConfig(raw, env, config = findConfig()) {
    const options = resolveOptions(raw, env, config?.options);
    return options.remote === undefined ? options : { ...options, remote: configuredRemote(options.remote, config) };
}
/** Every remote a user can name: the config file's first, then remotes.json's and `local`, URLs masked. */
export async function namedRemotes(config, env = process.env) {
    const configured = [...(config?.remotes ?? [])].map(([name, url]) => ({ name, url: maskUrl(url), from: config.path }));
    const kept = (await listRemotes(env)).map((r) => ({
        name: r.name,
        url: maskUrl(r.url),
        from: r.name === LOCAL_REMOTE ? '(built in)' : remotesFile(env),
    }));
    // A name the config file defines is that one wherever the project's commands run.
    return [...configured, ...kept.filter((r) => !config?.remotes.has(r.name))];
}
