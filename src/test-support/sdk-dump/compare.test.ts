import { describe, expect, it } from 'vitest';
import { compareDumps, coversPath, type PathRule } from './compare.js';

describe('compareDumps', () => {
  const before = { sqs: { 'us-east-1': { jobs: { attributes: { VisibilityTimeout: '45', CreatedTimestamp: '1' } } } } };

  it('leaves out what a volatile rule covers, at any depth under `**`', () => {
    const after = { sqs: { 'us-east-1': { jobs: { attributes: { VisibilityTimeout: '45', CreatedTimestamp: '2' } } } } };
    const volatile: PathRule[] = [{ path: '**.CreatedTimestamp', why: 'stamped by the instance' }];
    expect(compareDumps(before, after, 'moto->moto', volatile, []).report).toBe('');
    expect(compareDumps(before, after, 'moto->moto', [], []).report).toBe('moto->moto: sqs.us-east-1.jobs.attributes.CreatedTimestamp: "1" -> "2"');
  });

  it('reports a resource missing after the load, and a known gap that no longer differs', () => {
    const gap: PathRule = { path: 'sqs.*.*.attributes.VisibilityTimeout', why: 'not kept' };
    const comparison = compareDumps(before, { sqs: { 'us-east-1': {} } }, 'moto->moto', [], [gap]);
    expect(comparison.unexplained.map((d) => d.path.join('.'))).toEqual(['sqs.us-east-1.jobs']);
    expect(compareDumps(before, before, 'moto->moto', [], [gap]).unusedGaps).toEqual([gap]);
  });

  it('applies a rule only to the trips it names', () => {
    const after = { sqs: { 'us-east-1': { jobs: { attributes: { VisibilityTimeout: '30', CreatedTimestamp: '1' } } } } };
    const gap: PathRule = { path: 'sqs.**.VisibilityTimeout', why: 'not kept', where: ['localstack->localstack'] };
    expect(compareDumps(before, after, 'moto->moto', [], [gap]).unexplained).toHaveLength(1);
    expect(compareDumps(before, after, 'localstack->localstack', [], [gap]).report).toBe('');
  });

  it('matches one segment with `*` and any number with `**`', () => {
    expect(coversPath(['a', '*', 'c'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(coversPath(['a', '*', 'c'], ['a', 'c'])).toBe(false);
    expect(coversPath(['logs', '*', '/aws/lambda/*'], ['logs', 'us-east-1', '/aws/lambda/handler'])).toBe(true);
    expect(coversPath(['logs', '*', '/aws/lambda/*'], ['logs', 'us-east-1', '/app/handler'])).toBe(false);
    expect(coversPath(['**', 'c'], ['a', 'b', 'c'])).toBe(true);
  });
});
