import type { ServiceModule } from '../../module.js';
/** DynamoDB: tables (keys, indexes, billing, streams, SSE, TTL, PITR, tags) and every item, sorted by key. */
export declare const dynamodb: ServiceModule;
