import { UsageError } from '../errors.js';
import { inspectState } from '../state-inspect.js';
import { callerAccount, switchesAccounts } from '../target/aws.js';
import { connect } from '../target/detect.js';
import { contributionsOf, originsOf, restartedSince } from './contributions.js';
import { instanceSession } from './identity.js';
import { readOperations } from './instance-log.js';
/**
 * Which pod versions the state of the running instance came from, per account, service and
 * region, and which state came from no pod: the record of loads and saves kept in the instance
 * (see `instance-log.ts`), folded, against what the instance holds now, read as `state inspect`
 * reads it. The options' services, regions and accounts narrow it; by default it looks at the
 * caller's account and every account an operation recorded. Nothing in the instance changes.
 */
export async function instanceStatus(options) {
    const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs });
    if (!switchesAccounts(target)) {
        throw new UsageError(`${target.endpoint} is ${target.brand === 'aws' ? 'real AWS' : 'not LocalStack, MiniStack or moto'}, where localstack-pods keeps no record of its loads and saves: status is for those emulators.`);
    }
    const [log, session, caller] = await Promise.all([
        readOperations(target, options.env),
        instanceSession(target),
        callerAccount(target, 'us-east-1', options.env),
    ]);
    const recorded = log.operations.flatMap((o) => [...o.scopes, ...o.cleared].map((s) => s.account));
    const accounts = options.accounts ?? (switchesAccounts(target) ? [...new Set([caller, ...recorded])].sort() : undefined);
    const inspection = await inspectState({ ...options, ...(accounts ? { accounts } : {}) });
    const since = restartedSince(log.operations, session);
    return {
        endpoint: options.endpoint,
        instance: inspection.instance,
        ...(session ? { session } : {}),
        ...(since ? { restartedSince: since } : {}),
        state: originsOf(inspection.state, contributionsOf(log.operations, session)),
        operations: log.operations,
        unreadable: log.unreadable,
    };
}
