import type { ServiceModule } from '../../module.js';
/** EventBridge: custom buses (description, policy, tags), the default bus's policy, and rules with their targets and tags. */
export declare const events: ServiceModule;
