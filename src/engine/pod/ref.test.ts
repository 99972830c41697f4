import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { formatRef, parsePodName, parseRef } from './ref.js';

describe('pod refs', () => {
  it('reads a bare name as the latest version', () => {
    expect(parseRef('my-pod')).toEqual({ name: 'my-pod', version: 'latest' });
  });

  it('reads name:N and name:latest', () => {
    expect(parseRef('my-pod:3')).toEqual({ name: 'my-pod', version: 3 });
    expect(parseRef('my.pod_2:latest')).toEqual({ name: 'my.pod_2', version: 'latest' });
    expect(formatRef(parseRef('a:12'))).toBe('a:12');
  });

  it.each(['', 'My-Pod', '-pod', '.pod', 'pod/evil', '../pod', 'pod name', 'a'.repeat(129), 'pöd'])(
    'refuses the name %j with a message that names the rule',
    (name) => {
      expect(() => parsePodName(name)).toThrow(UsageError);
      expect(() => parsePodName(name)).toThrow('[a-z0-9][a-z0-9._-]{0,127}');
    },
  );

  it('accepts a 128-character name', () => {
    expect(parsePodName('a'.repeat(128))).toBe('a'.repeat(128));
  });

  it.each(['pod:0', 'pod:-1', 'pod:01', 'pod:1.5', 'pod:', 'pod:v2', 'pod:1:2'])('refuses the ref %j', (ref) => {
    expect(() => parseRef(ref)).toThrow(UsageError);
  });
});
