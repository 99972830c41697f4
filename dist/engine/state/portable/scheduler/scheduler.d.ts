import type { ServiceModule } from '../../module.js';
/** EventBridge Scheduler: schedule groups with their tags, and schedules (expression, time zone, window, dates, state, target with its input, retries and dead-letter queue). */
export declare const scheduler: ServiceModule;
