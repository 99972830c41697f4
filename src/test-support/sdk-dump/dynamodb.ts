import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { all, clientConfig, keyed, read, tagObject, type DumpTarget, type Json } from './read.js';

/** A set's members (SS, NS, BS) in order, wherever they are: DynamoDB keeps no order in a set. */
function sortedSets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedSets);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, ['SS', 'NS', 'BS'].includes(k) && Array.isArray(v) ? [...v].map(String).sort() : sortedSets(v)]),
  );
}

/** Every table by name: DescribeTable, TTL, backups, tags and every item, keyed by its key. */
export async function dumpDynamoDb(target: DumpTarget, region: string): Promise<Json> {
  const dynamodb = new DynamoDB.DynamoDBClient(clientConfig(target, region));
  const names = await all<string>(
    (ExclusiveStartTableName) => dynamodb.send(new DynamoDB.ListTablesCommand({ ExclusiveStartTableName })),
    'TableNames',
    'LastEvaluatedTableName',
  );
  return keyed(
    names,
    (n) => n,
    async (TableName) => {
      const table = ((await read(dynamodb, new DynamoDB.DescribeTableCommand({ TableName }))) as any).Table ?? {};
      // Attribute definitions are a set too: emulators answer them in the order they were declared.
      table.AttributeDefinitions?.sort((a: DynamoDB.AttributeDefinition, b: DynamoDB.AttributeDefinition) =>
        a.AttributeName!.localeCompare(b.AttributeName!),
      );
      const keyNames: string[] = (table.KeySchema ?? []).map((k: DynamoDB.KeySchemaElement) => k.AttributeName);
      const items = await all<Record<string, DynamoDB.AttributeValue>>(
        (key) => dynamodb.send(new DynamoDB.ScanCommand({ TableName, ExclusiveStartKey: key as any })),
        'Items',
        'LastEvaluatedKey',
      );
      return {
        table,
        ttl: await read(dynamodb, new DynamoDB.DescribeTimeToLiveCommand({ TableName })),
        backups: await read(dynamodb, new DynamoDB.DescribeContinuousBackupsCommand({ TableName })),
        tags: tagObject(((await read(dynamodb, new DynamoDB.ListTagsOfResourceCommand({ ResourceArn: table.TableArn }))) as any).Tags),
        items: await keyed(items, (item) => JSON.stringify(keyNames.map((k) => item[k])), sortedSets),
      };
    },
  );
}
