import type { ServiceModule } from '../../module.js';
/** Kinesis: streams (mode, shard count, retention, encryption, shard metrics, consumers, tags) and their records. */
export declare const kinesis: ServiceModule;
