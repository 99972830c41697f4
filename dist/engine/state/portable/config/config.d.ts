import type { ServiceModule } from '../../module.js';
/**
 * AWS Config: configuration recorders (role, recording group and mode) and whether they
 * record, delivery channels (bucket, prefix, key, topic, snapshot frequency), the retention
 * setting, config rules (managed and custom: source, scope, input parameters, frequency, state,
 * tags), aggregators and aggregation authorizations with their tags. Evaluation results,
 * compliance and configuration history are what the recorder and rules make: not kept.
 */
export declare const config: ServiceModule;
