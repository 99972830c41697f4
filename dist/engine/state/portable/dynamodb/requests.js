import { itemGroup } from './item-groups.js';
/** DynamoDB writes of one item, named by its `Item` or `Key`. */
const ITEM_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
/** The group of one item; undefined (the whole service) when the write does not say which. */
function itemOf(table, attributes) {
    if (typeof table !== 'string' || !attributes || typeof attributes !== 'object')
        return undefined;
    return itemGroup(table, attributes);
}
/** The table of a DynamoDB `TableName` or `ResourceArn`, which may be an ARN. */
function tableOf(name) {
    if (typeof name !== 'string')
        return undefined;
    return name.replace(/^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\//, '').split('/')[0];
}
/**
 * What a DynamoDB write changes: items by the attributes or key it names (see `item-groups.ts`),
 * and for any other write its whole table, by `TableName`, a table ARN, or a global table's name
 * (its tables'). A write that names no plain table (PartiQL, backups) counts for the whole service.
 */
export const dynamodbRequests = {
    targetPrefix: 'DynamoDB_20120810',
    // Request bodies are DynamoDB's JSON, read field by field.
    /* eslint-disable @typescript-eslint/no-explicit-any */
    groups({ operation, body = {} }) {
        if (operation === 'BatchWriteItem') {
            return Object.entries((body.RequestItems ?? {})).flatMap(([table, requests]) => requests.map((r) => itemOf(table, r.PutRequest?.Item ?? r.DeleteRequest?.Key)));
        }
        if (operation === 'TransactWriteItems') {
            return (body.TransactItems ?? []).map((i) => {
                const action = i.Put ?? i.Update ?? i.Delete ?? i.ConditionCheck;
                return itemOf(tableOf(action?.TableName), action?.Item ?? action?.Key);
            });
        }
        if (operation && ITEM_WRITES.has(operation))
            return [itemOf(tableOf(body.TableName), body.Item ?? body.Key)];
        return [tableOf(body.TableName ?? body.ResourceArn ?? body.GlobalTableName)];
    },
    /* eslint-enable @typescript-eslint/no-explicit-any */
    deliversTo: ['lambda', 'kinesis'],
};
