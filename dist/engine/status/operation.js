const isText = (value) => typeof value === 'string';
function isScope(value) {
    const s = value;
    return typeof s === 'object' && s !== null && isText(s.service) && isText(s.account) && isText(s.region);
}
const isScopeList = (value) => Array.isArray(value) && value.every(isScope);
/**
 * The operation an object of the record holds, or undefined when it holds none this version
 * can read: another process (or another version of localstack-pods) may have written it.
 */
export function parseOperation(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const pod = value?.pod;
    const valid = (value?.kind === 'load' || value?.kind === 'save') &&
        isText(value.at) &&
        typeof pod === 'object' &&
        pod !== null &&
        isText(pod.name) &&
        typeof pod.version === 'number' &&
        isText(pod.digest) &&
        isText(pod.remote) &&
        isScopeList(value.scopes) &&
        isScopeList(value.cleared) &&
        (value.session === undefined || isText(value.session));
    return valid ? value : undefined;
}
/** The services an operation touched (wrote, captured or emptied), sorted. */
export function servicesTouched(operation) {
    return [...new Set([...operation.scopes, ...operation.cleared].map((s) => s.service))].sort();
}
