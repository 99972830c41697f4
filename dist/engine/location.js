import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError } from './errors.js';
import { parsePodName, parseRef } from './pod/ref.js';
/** `name[:version]`, or `file:///dir/my-pod` for a single-file pod (named after the file). */
export function parseLocation(text) {
    if (!text.includes('://'))
        return { kind: 'ref', ref: parseRef(text) };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new UsageError(`Invalid pod location "${text}": expected NAME[:VERSION] or file:///path/to/pod.`);
    }
    if (url.protocol !== 'file:') {
        throw new UsageError(`Unsupported pod location "${text}": expected NAME[:VERSION] or file:///path/to/pod.`);
    }
    const path = fileURLToPath(url);
    const name = basename(path).replace(/\.zip$/, '');
    try {
        parsePodName(name);
    }
    catch (error) {
        throw new UsageError(`The file name of ${text} is not a valid pod name. ${error.message}`);
    }
    return { kind: 'file', path, name };
}
/** A single-file pod given as a path (relative to the working directory) or a file:// URL. */
export function parseFileLocation(text) {
    const location = parseLocation(text.includes('://') ? text : pathToFileURL(resolve(text)).href);
    if (location.kind !== 'file')
        throw new UsageError(`Expected a file path or file:// URL, not "${text}".`);
    return location;
}
