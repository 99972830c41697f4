import type { ServiceModule } from '../../module.js';
/**
 * CloudWatch Logs: log groups (retention, KMS key, class, tags, metric and subscription filters),
 * their streams' events, and the region's resource policies, log destinations (with their
 * access policies), delivery sources, delivery destinations (with their policies) and deliveries.
 */
export declare const logs: ServiceModule;
