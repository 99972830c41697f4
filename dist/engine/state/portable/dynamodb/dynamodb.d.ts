import type { ServiceModule } from '../../module.js';
/**
 * DynamoDB: tables (keys, indexes, billing, streams, SSE, TTL, PITR, tags, replicas) and every
 * item, sorted by key, and global tables of version 2017.11.29.
 */
export declare const dynamodb: ServiceModule;
