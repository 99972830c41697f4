import { scopeKey } from '../pod/manifest.js';
const samePod = (a, b) => a.name === b.name && a.version === b.version && a.digest === b.digest;
/**
 * Folds the record, oldest operation first, into what each scope holds of which pod: a load's
 * emptied scopes lose what earlier loads put there, and each scope it wrote gains the pod (once:
 * the same version loaded again replaces its earlier contribution). Saves change nothing. With
 * `session`, a contribution made in another session of the instance is marked `beforeRestart`.
 */
export function contributionsOf(operations, session) {
    const byScope = new Map();
    for (const operation of operations) {
        if (operation.kind !== 'load')
            continue;
        for (const scope of operation.cleared)
            byScope.delete(scopeKey(scope));
        const contribution = {
            pod: operation.pod,
            ...(operation.strategy ? { strategy: operation.strategy } : {}),
            at: operation.at,
            ...(session !== undefined && operation.session !== undefined && operation.session !== session ? { beforeRestart: true } : {}),
        };
        for (const scope of operation.scopes) {
            const key = scopeKey(scope);
            const kept = (byScope.get(key) ?? []).filter((c) => !samePod(c.pod, operation.pod));
            byScope.set(key, [...kept, contribution]);
        }
    }
    return byScope;
}
/** The scopes that hold state now, each with the pods its state came from. */
export function originsOf(held, contributions) {
    return held.map(({ account, service, region, resources }) => ({
        account,
        service,
        region,
        resources,
        pods: contributions.get(scopeKey({ service, account, region })) ?? [],
    }));
}
/**
 * When the instance, now in `session`, last saw an operation in another session: the record
 * outlived a restart (persistence). Undefined when nothing tells (no session reported).
 */
export function restartedSince(operations, session) {
    if (session === undefined)
        return undefined;
    return operations.filter((o) => o.session !== undefined && o.session !== session).at(-1)?.at;
}
