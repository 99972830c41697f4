import type { ServiceModule } from '../../module.js';
/** KMS: customer-managed keys (description, usage, spec, policy, rotation, enabled state, tags, aliases); never key material. */
export declare const kms: ServiceModule;
