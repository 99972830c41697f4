import { awsClientConfig } from '../target/aws.js';
/**
 * The context a module works in: one instance, one account, failures and progress routed to
 * the engine. The caller's own account uses the user's credentials from `env` as they are.
 */
export function serviceContext(target, account, caller, service, hooks, env = process.env) {
    return {
        target,
        account,
        config: (region) => awsClientConfig(target, region, account === caller ? undefined : account, env),
        fail: (resource, error) => hooks.fail(service, resource, error),
        warn: (resource, message) => hooks.warn(service, resource, message),
        progress: (resource) => hooks.progress(service, resource),
        // A load's restore gives contexts of its own (see `executeRestore`).
        afterRestore: () => undefined,
        renamed: () => undefined,
        earlier: async (region, type, id, validator) => hooks.earlier?.(service, account, region, type, id, validator),
    };
}
