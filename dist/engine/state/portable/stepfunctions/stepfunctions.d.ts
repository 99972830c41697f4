import type { ServiceModule } from '../../module.js';
/** Step Functions: state machines (definition, type, role, logging, tracing, encryption, tags). */
export declare const stepfunctions: ServiceModule;
