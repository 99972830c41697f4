import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { all, clientConfig, keyed, read, tagObject, type DumpTarget, type Json } from './read.js';

/** Every table by name: DescribeTable, TTL, backups, tags and every item, keyed by its key. */
export async function dumpDynamoDb(target: DumpTarget, region: string): Promise<Json> {
  const dynamodb = new DynamoDB.DynamoDBClient(clientConfig(target, region));
  const names = await all<string>(
    (ExclusiveStartTableName) => dynamodb.send(new DynamoDB.ListTablesCommand({ ExclusiveStartTableName })),
    'TableNames',
    'LastEvaluatedTableName',
  );
  return keyed(names, (n) => n, async (TableName) => {
    const table = ((await read(dynamodb, new DynamoDB.DescribeTableCommand({ TableName }))) as any).Table ?? {};
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
      items: await keyed(items, (item) => JSON.stringify(keyNames.map((k) => item[k])), (item) => item),
    };
  });
}
