import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSuiteOptions, SUITE_OPTION_TABLE } from './options.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the test fronts’ options', () => {
  it.each(SUITE_OPTION_TABLE.map((o) => [o.name, o]))('are in the README’s option table: %s', (_name, option) => {
    expect(readme).toContain(`| \`${option.name}\` | ${option.env.map((e) => `\`${e}\``).join(', ')} |`);
  });

  it('take the option given, then the environment, then the default', () => {
    const env = { LOCALSTACK_PODS: 'a:1,\nfile:///tmp/b', LOCALSTACK_PODS_RESTORE: 'each-file', LOCALSTACK_PODS_SAVE_IF: 'always' };
    expect(resolveSuiteOptions({ restore: 'none', waitTimeout: 5 }, env)).toEqual({
      pods: ['a:1', 'file:///tmp/b'],
      restore: 'none',
      isolate: 'none',
      instance: 'endpoint',
      saveIf: 'always',
      engine: { 'wait-timeout': '5' },
    });
    expect(resolveSuiteOptions({ pods: ['x', 'y'] }, {}).pods).toEqual(['x', 'y']);
  });

  it('refuse unknown names and values with a message that names them', () => {
    expect(() => resolveSuiteOptions({ restor: 'each-file' } as never, {})).toThrow(/Unknown localstack-pods option\(s\) restor/);
    expect(() => resolveSuiteOptions({}, { LOCALSTACK_PODS_ISOLATE: 'yes' })).toThrow('Invalid isolate "yes": expected none or account-per-worker.');
  });
});
