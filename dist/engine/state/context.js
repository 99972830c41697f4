import { awsClientConfig } from '../target/aws.js';
/** The context a module works in: one instance, one account, failures and progress routed to the engine. */
export function serviceContext(target, account, service, hooks) {
    return {
        target,
        account,
        config: (region) => awsClientConfig(target, region),
        fail: (resource, error) => hooks.fail(service, resource, error),
        progress: (resource) => hooks.progress(service, resource),
    };
}
