import type { ServiceModule } from '../../module.js';
/** Simple Workflow: domains (description, retention period, tags) and their workflow and activity types with their defaults; deprecated ones stay deprecated. Executions are not kept. */
export declare const swf: ServiceModule;
