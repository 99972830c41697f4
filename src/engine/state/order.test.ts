import { describe, expect, it } from 'vitest';
import type { ServiceModule } from './module.js';
import { dependencyLevels } from './order.js';

const module = (name: string, dependsOn: string[] = []) => ({ name, dependsOn }) as unknown as ServiceModule;

describe('dependency levels', () => {
  it('put services after the ones they depend on, independent ones together', () => {
    const levels = dependencyLevels([module('sns', ['sqs', 'lambda']), module('sqs'), module('lambda', ['iam']), module('iam'), module('s3')]);
    expect(levels.map((l) => l.map((m) => m.name))).toEqual([['sqs', 'iam', 's3'], ['lambda'], ['sns']]);
  });

  it('ignore dependencies on services that are not loaded', () => {
    expect(dependencyLevels([module('sns', ['sqs'])]).map((l) => l.map((m) => m.name))).toEqual([['sns']]);
  });

  it('refuse cycles', () => {
    expect(() => dependencyLevels([module('a', ['b']), module('b', ['a'])])).toThrow(/cycle/);
  });
});
