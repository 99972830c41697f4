import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError } from './errors.js';
import { parsePodName, parseRef } from './pod/ref.js';
import { maskUrl } from './store/url.js';
const EXPECTED = 'expected NAME[:VERSION], file:///path/to/pod, https://host/path/pod.zip or git://user/repo[@branch]/path';
/** The base URL `git://` pods are read from; a mirror or GitHub Enterprise may set another. */
function gitRawBase(env) {
    return (env.LOCALSTACK_PODS_GIT_RAW_BASE ?? 'https://raw.githubusercontent.com').replace(/\/+$/, '');
}
function podNameOf(path, text) {
    const name = basename(path).replace(/\.zip$/, '');
    try {
        return parsePodName(name);
    }
    catch (error) {
        throw new UsageError(`The file name of ${text} is not a valid pod name. ${error.message}`);
    }
}
/**
 * `name[:version]`; `file:///dir/my-pod` for a single-file pod (named after the file); an
 * `http(s)://` URL of one; or `git://user/repo[@branch]/path`, the file at `path` on `branch`
 * (default `main`) of a GitHub repository, read from raw.githubusercontent.com.
 */
export function parseLocation(text, env = process.env) {
    if (!text.includes('://'))
        return { kind: 'ref', ref: parseRef(text) };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new UsageError(`Invalid pod location "${maskUrl(text)}": ${EXPECTED}.`);
    }
    if (url.protocol === 'file:') {
        const path = fileURLToPath(url);
        return { kind: 'file', path, name: podNameOf(path, text) };
    }
    if (url.protocol === 'https:' || url.protocol === 'http:') {
        return { kind: 'url', url: text, display: maskUrl(text), name: podNameOf(url.pathname, maskUrl(text)) };
    }
    if (url.protocol === 'git:') {
        const [repo, ...path] = url.pathname.replace(/^\/+/, '').split('/');
        const [name, branch = 'main'] = (repo ?? '').split('@');
        if (!url.hostname || !name || path.length === 0) {
            throw new UsageError(`Invalid pod location "${text}": expected git://user/repo[@branch]/path/to/pod.`);
        }
        const raw = `${gitRawBase(env)}/${url.hostname}/${name}/${branch}/${path.join('/')}`;
        return { kind: 'url', url: raw, display: maskUrl(text), name: podNameOf(path.at(-1), maskUrl(text)) };
    }
    throw new UsageError(`Unsupported pod location "${maskUrl(text)}": ${EXPECTED}.`);
}
/** A single-file pod given as a path (relative to the working directory) or a file:// URL. */
export function parseFileLocation(text) {
    const location = parseLocation(text.includes('://') ? text : pathToFileURL(resolve(text)).href);
    if (location.kind !== 'file')
        throw new UsageError(`Expected a file path or file:// URL, not "${text}".`);
    return location;
}
