import type { ServiceModule } from '../../module.js';
/** SNS: standard and FIFO topics (attributes, tags) and their confirmed subscriptions (protocol, endpoint, attributes). */
export declare const sns: ServiceModule;
