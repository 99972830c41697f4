import { type ServiceModule } from '../../module.js';
/**
 * CloudWatch: metric alarms (metric or metric math, every setting), composite alarms with their
 * actions suppressor, the state each alarm was in, alarm tags, dashboards.
 */
export declare const cloudwatch: ServiceModule;
