import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../module.js';
import { clientOf } from './clients.js';
import { unlessUnimplemented } from './errors.js';
import { AWS_REGIONS, regionsWhere } from './regions.js';

type Answer = 'empty' | 'found' | 'unimplemented';

/**
 * A module's probe over a stand-in service: `answer` says what each operation gives in each
 * region (an instance's 500 where it lacks it), and `asked` notes every call the probe makes.
 */
function probeOf(answer: (operation: string, region: string) => Answer) {
  const asked: string[] = [];
  class FakeClient {
    readonly middlewareStack = { add: () => undefined };
    constructor(private readonly config: { region: string }) {}
    async send(operation: string): Promise<string[]> {
      asked.push(`${operation} ${this.config.region}`);
      const answered = answer(operation, this.config.region);
      if (answered === 'unimplemented') throw Object.assign(new Error('Internal Server Error'), { $metadata: { httpStatusCode: 500 } });
      return answered === 'found' ? ['one'] : [];
    }
  }
  const client = clientOf(FakeClient as unknown as new (config: object) => FakeClient);
  const regionsWithState = regionsWhere(async (context, region) => {
    const c = client(context, region);
    const found = await Promise.all(['ListThings', 'ListOthers'].map((op) => unlessUnimplemented(c, op, () => c.send(op))));
    return found.some((items) => (items?.length ?? 0) > 0);
  });
  return { asked, regionsWithState, count: (operation: string) => asked.filter((a) => a.startsWith(`${operation} `)).length };
}

/** A context on an instance of its own. */
const contextOn = (endpoint: string) =>
  ({ target: { endpoint, brand: 'moto' }, account: '000000000000', config: (region: string) => ({ region }) }) as unknown as ServiceContext;

describe('regionsWhere', () => {
  it('asks an operation the instance lacks in us-east-1 there only, not again in each other region', async () => {
    const probe = probeOf((op, region) => (op === 'ListOthers' ? 'unimplemented' : region === 'eu-west-1' ? 'found' : 'empty'));
    expect(await probe.regionsWithState(contextOn('http://one'))).toEqual(['eu-west-1']);
    expect(probe.count('ListOthers')).toBe(1);
    expect(probe.asked).toContain('ListOthers us-east-1');
    expect(probe.count('ListThings')).toBe(AWS_REGIONS.length);
  });

  it('asks every other region still when the instance lacks an operation in one region only', async () => {
    const probe = probeOf((op, region) => {
      if (op === 'ListOthers' && region === 'ap-east-1') return 'unimplemented';
      return op === 'ListOthers' && region === 'eu-west-1' ? 'found' : 'empty';
    });
    expect(await probe.regionsWithState(contextOn('http://one'))).toEqual(['eu-west-1']);
    expect(probe.count('ListOthers')).toBe(AWS_REGIONS.length);
  });

  it('asks another instance again what the first one lacked', async () => {
    const probe = probeOf((op, region) => {
      if (op !== 'ListOthers' || region !== 'us-east-1') return 'empty';
      return probe.asked.filter((a) => a === 'ListOthers us-east-1').length === 1 ? 'unimplemented' : 'found';
    });
    expect(await probe.regionsWithState(contextOn('http://lacking'))).toEqual([]);
    expect(await probe.regionsWithState(contextOn('http://serving'))).toEqual(['us-east-1']);
    expect(probe.count('ListOthers')).toBe(1 + AWS_REGIONS.length);
  });
});
