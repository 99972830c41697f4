import type { Target } from '../target/target.js';
import type { EarlierRecord, ServiceContext } from './module.js';
export interface ContextHooks {
    fail(service: string, resource: string, error: unknown): void;
    warn(service: string, resource: string, message: string): void;
    progress(service: string, resource: string): void;
    /** A save's lookup in the pod's latest version (see `ServiceContext.earlier`); none elsewhere. */
    earlier?(service: string, account: string, region: string, type: string, id: string, validator: string): Promise<EarlierRecord | undefined>;
}
/**
 * The context a module works in: one instance, one account, failures and progress routed to
 * the engine. The caller's own account uses the user's credentials from `env` as they are.
 */
export declare function serviceContext(target: Target, account: string, caller: string, service: string, hooks: ContextHooks, env?: NodeJS.ProcessEnv): ServiceContext;
