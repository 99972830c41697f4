import type { ServiceModule } from '../../module.js';
/** SQS: standard and FIFO queues (attributes, redrive, policy, tags) and the messages in them, in order. */
export declare const sqs: ServiceModule;
