import type { ServiceModule } from '../../module.js';
/** CloudWatch Logs: log groups (retention, KMS key, class, tags, metric and subscription filters) and their streams' events. */
export declare const logs: ServiceModule;
