import type { ServiceModule } from '../../module.js';
/**
 * Step Functions: state machines (definition, type, role, logging, tracing, encryption, tags,
 * published versions, aliases) and activities (tags).
 */
export declare const stepfunctions: ServiceModule;
