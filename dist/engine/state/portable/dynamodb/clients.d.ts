import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
/** The module's client of a region, in the account of a context. */
export declare const client: import("../kit/clients.js").ClientFactory<DynamoDB.DynamoDBClient>;
/** The module's client of each region, for a table kept in several. */
export type RegionClients = (region: string) => DynamoDB.DynamoDBClient;
export declare function clientsOf(context: ServiceContext): RegionClients;
