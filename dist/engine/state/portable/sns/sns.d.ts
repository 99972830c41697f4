import type { ServiceModule } from '../../module.js';
/**
 * SNS: standard and FIFO topics (attributes, tags, data protection policy) and their confirmed
 * subscriptions (protocol, endpoint, attributes); platform applications; SMS preferences.
 */
export declare const sns: ServiceModule;
