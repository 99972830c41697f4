import type { ServiceModule } from '../../module.js';
/**
 * KMS: customer-managed keys (description, usage, spec, origin, policy, rotation, enabled state,
 * tags, aliases, grants, multi-Region replicas); never key material.
 */
export declare const kms: ServiceModule;
