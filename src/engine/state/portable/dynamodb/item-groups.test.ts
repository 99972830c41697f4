import { describe, expect, it } from 'vitest';
import { canonicalNumber, itemGroup, jsonKey, parseGroup } from './item-groups.js';

describe('DynamoDB item groups', () => {
  it('name a table, or one item by the attributes that could be its key', () => {
    expect(parseGroup('orders')).toEqual({ table: 'orders' });
    const group = itemGroup('orders', { sk: { N: '7' }, pk: { S: 'a' }, tags: { SS: ['x'] }, blob: { B: 'AQI=' } });
    expect(group).toBe('orders/{"blob":{"B":"AQI="},"pk":{"S":"a"},"sk":{"N":"7"}}');
    expect(parseGroup(group)).toEqual({ table: 'orders', item: { blob: { B: 'AQI=' }, pk: { S: 'a' }, sk: { N: '7' } } });
  });

  it('find the same key however a number is written, in the order of the key schema', () => {
    const written = { pk: { S: 'a' }, sk: { N: '1E+3' }, other: { S: 'x' } };
    const stored = { sk: { N: '1000' }, pk: { S: 'a' } };
    expect(jsonKey(written, ['pk', 'sk'])).toBe(jsonKey(stored, ['pk', 'sk']));
    expect(jsonKey(written, ['pk', 'sk'])).not.toBe(jsonKey({ pk: { S: 'a' }, sk: { N: '1001' } }, ['pk', 'sk']));
    expect(jsonKey({ pk: { S: 'a' } }, ['pk', 'sk'])).toBeUndefined();
    expect(canonicalNumber('0.10')).toBe(canonicalNumber('1e-1'));
    expect(canonicalNumber('-0012.5')).toBe('-0.125e2');
  });
});
