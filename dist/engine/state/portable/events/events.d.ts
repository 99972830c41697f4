import type { ServiceModule } from '../../module.js';
/**
 * EventBridge: custom buses (description, policy, tags), the default bus's policy, rules with
 * their targets and tags, archives, connections (with their secrets) and API destinations.
 */
export declare const events: ServiceModule;
