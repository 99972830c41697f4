/**
 * DynamoDB attribute values between the SDK's form and the pod's (DynamoDB JSON), and the
 * primary keys of items: as ids, as texts that match across spellings, and in key order.
 */
import type * as DynamoDB from '@aws-sdk/client-dynamodb';
import { compare } from '../kit/index.js';
import { canonicalNumber } from './item-groups.js';

/**
 * An attribute value in DynamoDB JSON, binary as base64: what the pod stores, losslessly.
 * Numbers stay the strings the instance returned, so precision and notation are kept.
 */
export type JsonValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: Record<string, JsonValue> }
  | { L: JsonValue[] }
  | { NULL: true }
  | { BOOL: boolean };

/** An item as the SDK reads and writes it. */
export type Item = Record<string, DynamoDB.AttributeValue>;
/** An item as the pod stores it. */
export type JsonItem = Record<string, JsonValue>;

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Sets have no order in DynamoDB; sorting them keeps layers stable. */
function toJson(value: DynamoDB.AttributeValue): JsonValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: [...value.SS].sort(compare) };
  if (value.NS !== undefined) return { NS: [...value.NS].sort(compare) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64).sort(compare) };
  if (value.M !== undefined) return { M: itemToJson(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toJson) };
  if (value.NULL !== undefined) return { NULL: true };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  throw new Error(`Unsupported DynamoDB attribute value: ${JSON.stringify(Object.keys(value))}`);
}

function fromJson(value: JsonValue): DynamoDB.AttributeValue {
  if ('S' in value) return { S: value.S };
  if ('N' in value) return { N: value.N };
  if ('B' in value) return { B: bytes(value.B) };
  if ('SS' in value) return { SS: value.SS };
  if ('NS' in value) return { NS: value.NS };
  if ('BS' in value) return { BS: value.BS.map(bytes) };
  if ('M' in value) return { M: itemFromJson(value.M) };
  if ('L' in value) return { L: value.L.map(fromJson) };
  if ('NULL' in value) return { NULL: true };
  return { BOOL: value.BOOL };
}

/** An item in the pod's form. */
export function itemToJson(item: Item): JsonItem {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toJson(value)]));
}

/** An item of the pod in the SDK's form. */
export function itemFromJson(item: JsonItem): Item {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, fromJson(value)]));
}

/** The names of a key schema's attributes, hash key first. */
export function keyNamesOf(schema: readonly DynamoDB.KeySchemaElement[]): string[] {
  return schema.map((k) => k.AttributeName!);
}

/** An item's key attributes alone: the `Key` of a get or a delete. */
export function keyOf(item: Item, keyNames: readonly string[]): Item {
  return Object.fromEntries(keyNames.map((name) => [name, item[name]!]));
}

/** A key attribute (S, N or B) as text, for item ids. */
function keyText(value: DynamoDB.AttributeValue | undefined): string {
  if (value?.B !== undefined) return base64(value.B);
  return value?.S ?? value?.N ?? '';
}

/** The id of an item's record within its table: its key attributes' texts. */
export function keyId(item: Item, keyNames: readonly string[]): string {
  return JSON.stringify(keyNames.map((name) => keyText(item[name])));
}

/** An item's key as one text that compares equal however the instance spelled its numbers. */
export function matchKey(item: Item, keyNames: readonly string[]): string {
  return JSON.stringify(
    keyNames.map((name) => {
      const value = item[name];
      return value?.N !== undefined ? canonicalNumber(value.N) : keyText(value);
    }),
  );
}

/** Numbers compare by value, with their text breaking ties beyond double precision. */
function compareKeyValues(a: DynamoDB.AttributeValue | undefined, b: DynamoDB.AttributeValue | undefined): number {
  if (a?.N !== undefined && b?.N !== undefined) return Number(a.N) - Number(b.N) || compare(a.N, b.N);
  if (a?.B !== undefined && b?.B !== undefined) return Buffer.compare(a.B, b.B);
  return compare(keyText(a), keyText(b));
}

/** Orders items by primary key, as DynamoDB orders a partition's sort keys. */
export function compareKeys(keyNames: readonly string[]): (a: Item, b: Item) => number {
  return (a, b) => {
    for (const name of keyNames) {
      const order = compareKeyValues(a[name], b[name]);
      if (order !== 0) return order;
    }
    return 0;
  };
}
