import { describe, expect, it } from 'vitest';
import type { Scope } from '../pod/manifest.js';
import type { Strategy } from '../state/strategy.js';
import { contributionsOf, originsOf, restartedSince } from './contributions.js';
import { parseOperation, servicesTouched, type RecordedOperation } from './operation.js';

const ACCOUNT = '000000000000';
const scope = (service: string, region = 'us-east-1', account = ACCOUNT): Scope => ({ service, account, region });
const pod = (ref: string) => {
  const [name, version] = ref.split(':') as [string, string];
  return { name, version: Number(version), digest: `sha256:${name}${version}`, remote: 'file:///store' };
};

let clock = 0;
const at = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

function load(ref: string, strategy: Strategy, scopes: Scope[], cleared: Scope[], extra: Partial<RecordedOperation> = {}): RecordedOperation {
  return { kind: 'load', at: at(), pod: pod(ref), strategy, scopes, cleared, ...extra };
}

function save(ref: string, scopes: Scope[]): RecordedOperation {
  return { kind: 'save', at: at(), pod: pod(ref), scopes, cleared: [] };
}

/** The pods each scope's state came from, as `name:version` lists by scope key. */
function fold(operations: RecordedOperation[], session?: string): Record<string, string[]> {
  const folded = contributionsOf(operations, session);
  return Object.fromEntries([...folded].map(([key, pods]) => [key, pods.map((c) => `${c.pod.name}:${c.pod.version}${c.beforeRestart ? '*' : ''}`)]));
}

describe('folding the record into contributions', () => {
  it('gives each scope a load wrote its pod', () => {
    expect(fold([load('app:1', 'account-region-merge', [scope('s3'), scope('sqs', 'eu-west-1')], [scope('s3')])])).toEqual({
      [`s3/${ACCOUNT}/us-east-1`]: ['app:1'],
      [`sqs/${ACCOUNT}/eu-west-1`]: ['app:1'],
    });
  });

  it('replaces what an earlier load put in a scope that a later load emptied, and keeps the other scopes', () => {
    const operations = [
      load('base:1', 'account-region-merge', [scope('s3'), scope('sqs')], [scope('s3'), scope('sqs')]),
      load('data:3', 'account-region-merge', [scope('s3')], [scope('s3')]),
    ];
    expect(fold(operations)).toEqual({ [`s3/${ACCOUNT}/us-east-1`]: ['data:3'], [`sqs/${ACCOUNT}/us-east-1`]: ['base:1'] });
  });

  it('empties every scope a service-wide clear names, even those the later pod does not write (merge, overwrite)', () => {
    const operations = [
      load('base:1', 'account-region-merge', [scope('sqs', 'eu-west-1'), scope('sqs', 'us-east-1')], []),
      load('queues:2', 'merge', [scope('sqs', 'us-east-1')], [scope('sqs', 'eu-west-1'), scope('sqs', 'us-east-1')]),
    ];
    expect(fold(operations)).toEqual({ [`sqs/${ACCOUNT}/us-east-1`]: ['queues:2'] });
  });

  it('adds to a scope that a load wrote without emptying it (deep-merge, partial loads), oldest first', () => {
    const operations = [
      load('base:1', 'account-region-merge', [scope('s3')], [scope('s3')]),
      load('extra:2', 'deep-merge', [scope('s3')], []),
      load('more:1', 'account-region-merge', [scope('s3')], [], { partial: true }),
    ];
    expect(fold(operations)).toEqual({ [`s3/${ACCOUNT}/us-east-1`]: ['base:1', 'extra:2', 'more:1'] });
  });

  it('counts the same pod version loaded again once, at its latest load', () => {
    const operations = [
      load('base:1', 'account-region-merge', [scope('s3')], [scope('s3')]),
      load('extra:1', 'deep-merge', [scope('s3')], []),
      load('base:1', 'account-region-merge', [scope('s3')], [], { partial: true }),
    ];
    const [contributions] = [...contributionsOf(operations).values()];
    expect(contributions!.map((c) => c.pod.name)).toEqual(['extra', 'base']);
    expect(contributions![1]!.at).toBe(operations[2]!.at);
  });

  it('keeps loads into different accounts apart', () => {
    const other = '100000000001';
    const operations = [
      load('base:1', 'account-region-merge', [scope('s3'), scope('s3', 'us-east-1', other)], []),
      load('data:2', 'account-region-merge', [scope('s3', 'us-east-1', other)], [scope('s3', 'us-east-1', other)]),
    ];
    expect(fold(operations)).toEqual({ [`s3/${ACCOUNT}/us-east-1`]: ['base:1'], [`s3/${other}/us-east-1`]: ['data:2'] });
  });

  it('changes nothing for a save', () => {
    expect(fold([load('base:1', 'account-region-merge', [scope('s3')], []), save('snapshot:4', [scope('s3'), scope('sqs')])])).toEqual({
      [`s3/${ACCOUNT}/us-east-1`]: ['base:1'],
    });
  });

  it('marks what loads of an earlier session of the instance put in', () => {
    const operations = [
      load('base:1', 'account-region-merge', [scope('s3')], [], { session: 'first' }),
      load('data:1', 'account-region-merge', [scope('sqs')], [], { session: 'second' }),
    ];
    expect(fold(operations, 'second')).toEqual({ [`s3/${ACCOUNT}/us-east-1`]: ['base:1*'], [`sqs/${ACCOUNT}/us-east-1`]: ['data:1'] });
    expect(fold(operations)).toEqual({ [`s3/${ACCOUNT}/us-east-1`]: ['base:1'], [`sqs/${ACCOUNT}/us-east-1`]: ['data:1'] });
  });
});

describe('the origins of the state held now', () => {
  it('names the pods of each scope that holds state, and no pod for the others', () => {
    const contributions = contributionsOf([load('app:1', 'account-region-merge', [scope('s3'), scope('kms')], [])]);
    const held = [
      { ...scope('s3'), resources: 3 },
      { ...scope('sqs', 'eu-west-1'), resources: 1 },
    ];
    expect(originsOf(held, contributions).map((o) => [o.service, o.region, o.resources, o.pods.map((c) => c.pod.name)])).toEqual([
      ['s3', 'us-east-1', 3, ['app']],
      ['sqs', 'eu-west-1', 1, []],
    ]);
  });
});

describe('telling a restart', () => {
  const operations = [
    load('a:1', 'account-region-merge', [scope('s3')], [], { session: 'first' }),
    load('b:1', 'account-region-merge', [scope('s3')], [], { session: 'first' }),
    load('c:1', 'account-region-merge', [scope('s3')], [], { session: 'second' }),
  ];

  it('is the time of the last operation of an earlier session', () => {
    expect(restartedSince(operations, 'second')).toBe(operations[1]!.at);
    expect(restartedSince(operations, 'third')).toBe(operations[2]!.at);
  });

  it('finds none when every operation is of this session, or the instance reports no session', () => {
    expect(restartedSince(operations.slice(2), 'second')).toBeUndefined();
    expect(restartedSince(operations, undefined)).toBeUndefined();
    expect(restartedSince([load('d:1', 'deep-merge', [], [])], 'second')).toBeUndefined();
  });
});

describe('the objects of the record', () => {
  it('read back the operation written, and nothing from what is not one', () => {
    const operation = load('app:1', 'overwrite', [scope('s3')], [scope('s3'), scope('sqs')], { session: 's' });
    expect(parseOperation(JSON.stringify(operation))).toEqual(operation);
    expect(servicesTouched(operation)).toEqual(['s3', 'sqs']);
    for (const text of [
      'not json',
      'null',
      '{}',
      JSON.stringify({ ...operation, kind: 'delete' }),
      JSON.stringify({ ...operation, scopes: [{ service: 's3' }] }),
    ]) {
      expect(parseOperation(text), text).toBeUndefined();
    }
  });
});
