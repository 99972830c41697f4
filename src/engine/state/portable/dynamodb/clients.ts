import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import { clientOf } from '../kit/index.js';

/** The module's client of a region, in the account of a context. */
export const client = clientOf(DynamoDB.DynamoDBClient);

/** The module's client of each region, for a table kept in several. */
export type RegionClients = (region: string) => DynamoDB.DynamoDBClient;

export function clientsOf(context: ServiceContext): RegionClients {
  return (region) => client(context, region);
}
