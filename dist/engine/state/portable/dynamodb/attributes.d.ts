/**
 * DynamoDB attribute values between the SDK's form and the pod's (DynamoDB JSON), and the
 * primary keys of items: as ids, as texts that match across spellings, and in key order.
 */
import type * as DynamoDB from '@aws-sdk/client-dynamodb';
/**
 * An attribute value in DynamoDB JSON, binary as base64: what the pod stores, losslessly.
 * Numbers stay the strings the instance returned, so precision and notation are kept.
 */
export type JsonValue = {
    S: string;
} | {
    N: string;
} | {
    B: string;
} | {
    SS: string[];
} | {
    NS: string[];
} | {
    BS: string[];
} | {
    M: Record<string, JsonValue>;
} | {
    L: JsonValue[];
} | {
    NULL: true;
} | {
    BOOL: boolean;
};
/** An item as the SDK reads and writes it. */
export type Item = Record<string, DynamoDB.AttributeValue>;
/** An item as the pod stores it. */
export type JsonItem = Record<string, JsonValue>;
/** An item in the pod's form. */
export declare function itemToJson(item: Item): JsonItem;
/** An item of the pod in the SDK's form. */
export declare function itemFromJson(item: JsonItem): Item;
/** The names of a key schema's attributes, hash key first. */
export declare function keyNamesOf(schema: readonly DynamoDB.KeySchemaElement[]): string[];
/** An item's key attributes alone: the `Key` of a get or a delete. */
export declare function keyOf(item: Item, keyNames: readonly string[]): Item;
/** The id of an item's record within its table: its key attributes' texts. */
export declare function keyId(item: Item, keyNames: readonly string[]): string;
/** An item's key as one text that compares equal however the instance spelled its numbers. */
export declare function matchKey(item: Item, keyNames: readonly string[]): string;
/** Orders items by primary key, as DynamoDB orders a partition's sort keys. */
export declare function compareKeys(keyNames: readonly string[]): (a: Item, b: Item) => number;
