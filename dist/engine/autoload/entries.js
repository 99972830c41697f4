import { messageOf, UsageError } from '../errors.js';
import { parseLocation } from '../location.js';
import { parseRemoteName } from '../remotes.js';
import { maskUrl } from '../store/url.js';
/** The environment variable LocalStack reads the pods to load at start-up from. */
export const AUTO_LOAD_ENV = 'AUTO_LOAD_POD';
/**
 * An entry naming `pod`, checked as `load` would check it. A remote goes only with a pod name: a
 * location names its own file or URL.
 */
export function autoloadEntry(pod, remote, origin) {
    const location = parseLocation(pod);
    if (remote === undefined)
        return { pod, origin };
    if (remote === '')
        throw new UsageError(`"${maskUrl(pod)}," names no remote after the comma.`);
    if (location.kind !== 'ref') {
        throw new UsageError(`"${maskUrl(pod)}" is a pod file or URL, which names its own store; a remote goes only with a pod name.`);
    }
    return { pod, remote: remote.includes('://') ? remote : parseRemoteName(remote), origin };
}
/** Runs each `read`, keeping the entries it returns and the message of each it throws. */
export function collectEntries(reads) {
    const entries = [];
    const problems = [];
    for (const { origin, read } of reads) {
        try {
            entries.push(read());
        }
        catch (error) {
            problems.push(`${origin}: ${messageOf(error)}`);
        }
    }
    return { entries, problems };
}
/**
 * The pods of AUTO_LOAD_POD, in order. Commas separate pods there, as LocalStack reads the
 * variable, so it names no remote: its pod names are read from the command's remote, and a
 * location (file:///…, https://…, git://…) names its own.
 */
export function parseAutoLoadPods(value) {
    const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    return collectEntries(items.map((pod, index) => {
        const origin = `${AUTO_LOAD_ENV} item ${index + 1}`;
        return { origin, read: () => autoloadEntry(pod, undefined, origin) };
    }));
}
/** A line without its comment: `#` at the start of the line or after a blank, to the end. */
function withoutComment(line) {
    return line.replace(/(^|\s)#.*$/, '');
}
/**
 * The pods a `.txt` file of an init directory names, one a line, in order: `NAME[:VERSION]`,
 * `NAME[:VERSION],REMOTE` (LocalStack's form for a pod in a remote), or a location. Blank lines
 * and comments are skipped; `file` names the file in messages.
 */
export function parsePodList(text, file) {
    const lines = text.split(/\r?\n/).map((line, index) => ({ line: withoutComment(line).trim(), origin: `${file}:${index + 1}` }));
    return collectEntries(lines
        .filter(({ line }) => line !== '')
        .map(({ line, origin }) => {
        // The first comma ends the pod: a remote URL may hold commas of its own.
        const comma = line.indexOf(',');
        const pod = comma === -1 ? line : line.slice(0, comma).trim();
        const remote = comma === -1 ? undefined : line.slice(comma + 1).trim();
        return { origin, read: () => autoloadEntry(pod, remote, origin) };
    }));
}
