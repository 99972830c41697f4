import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { clientOf } from '../kit/index.js';
/** The module's client of a region, in the account of a context. */
export const client = clientOf(DynamoDB.DynamoDBClient);
export function clientsOf(context) {
    return (region) => client(context, region);
}
