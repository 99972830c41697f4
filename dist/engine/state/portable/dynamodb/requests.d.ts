import type { RequestProfile } from '../../module.js';
/**
 * What a DynamoDB write changes: items by the attributes or key it names (see `item-groups.ts`),
 * and for any other write its whole table, by `TableName`, a table ARN, or a global table's name
 * (its tables'). A write that names no plain table (PartiQL, backups) counts for the whole service.
 */
export declare const dynamodbRequests: RequestProfile;
