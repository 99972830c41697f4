import { UsageError } from '../../errors.js';
/** A repository path as distribution accepts it: lower-case components joined by `/`. */
const REPOSITORY_PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Parses `oras://[user:password@]host[:port][/namespace][?plain-http=true]`. */
export function parseRegistryUrl(url, display) {
    if (!url.host) {
        throw new UsageError(`Invalid remote ${display}: an oras URL names a registry host (oras://host[:port]/namespace).`);
    }
    const namespace = url.pathname.replace(/^\/+|\/+$/g, '');
    if (namespace && !REPOSITORY_PATH.test(namespace)) {
        throw new UsageError(`Invalid remote ${display}: the namespace "${namespace}" is not a repository path (lower-case letters, digits, ".", "_", "-", separated by "/").`);
    }
    let plainHttp = false;
    for (const [name, value] of url.searchParams) {
        if (name !== 'plain-http') {
            throw new UsageError(`Invalid remote ${display}: unknown option "${name}" (an oras URL takes only ?plain-http=true).`);
        }
        if (value !== 'true' && value !== 'false') {
            throw new UsageError(`Invalid remote ${display}: plain-http is true or false, not "${value}".`);
        }
        plainHttp = value === 'true';
    }
    if (url.password && !url.username) {
        throw new UsageError(`Invalid remote ${display}: a password needs a user name (oras://user:password@host/namespace).`);
    }
    return {
        host: url.host,
        origin: `${plainHttp ? 'http' : 'https'}://${url.host}`,
        namespace,
        ...(url.username ? { credentials: { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } } : {}),
        display,
    };
}
