import { messageOf } from '../errors.js';
import { scopeKey } from '../pod/manifest.js';
import { ANNOTATION, STATE_LAYER } from '../pod/media-types.js';
import { STATUS_BUCKET } from '../state/reserved.js';
import { switchesAccounts } from '../target/aws.js';
import { instanceSession } from './identity.js';
import { appendOperation } from './instance-log.js';
const distinct = (scopes) => [...new Map(scopes.map((s) => [scopeKey(s), s])).values()];
/**
 * What a load did, from its plan: the scopes it wrote, and those it emptied whole first. A scope
 * restored in part (some buckets or tables of it, `RestorePlan.groups`) keeps the rest of what
 * it held, so it does not count as emptied.
 */
export function loadOperation(pod, plan, partial) {
    return {
        kind: 'load',
        pod,
        strategy: plan.strategy,
        ...(partial ? { partial: true } : {}),
        scopes: distinct(plan.layers.map((l) => ({ service: l.service, account: l.into, region: l.region }))),
        cleared: plan.clear.filter((s) => !plan.groups.has(s.service)),
    };
}
/** What a save captured, from the layers of the version it published. */
export function saveOperation(pod, layers) {
    const scopes = layers
        .filter((l) => l.mediaType === STATE_LAYER)
        .map(({ annotations: a = {} }) => ({ service: a[ANNOTATION.service], account: a[ANNOTATION.account], region: a[ANNOTATION.region] }));
    return { kind: 'save', pod, scopes, cleared: [] };
}
/**
 * Adds an operation to the instance's record, for `status`. The operation is done whatever
 * happens here: when the record cannot be written, one warning says so and the caller goes on.
 * Only an instance that switches accounts keeps a record, in an account of its own: elsewhere
 * (real AWS, an endpoint not known) the record would be a bucket among the user's.
 */
export async function recordOperation(target, env, draft, warnings) {
    if (!switchesAccounts(target))
        return;
    try {
        const session = await instanceSession(target);
        await appendOperation(target, env, { ...draft, at: new Date().toISOString(), ...(session ? { session } : {}) });
    }
    catch (error) {
        warnings.push({
            service: 's3',
            resource: `bucket ${STATUS_BUCKET}`,
            message: `this ${draft.kind} is done, but could not be recorded in the instance, so \`status\` will not show it: ${messageOf(error)}`,
        });
    }
}
