import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../engine/errors.js';
import { refuseParallelRestores, resolveSuiteOptions, SUITE_OPTION_TABLE } from './options.js';
import { loopbackAddress } from './test-environment.js';

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

  it('refuse a restore before each file when files run at once in one account, and nothing else', () => {
    const parallel = { parallelFiles: true, oneAtATime: '`maxWorkers: 1`' };
    const suite = (options: object) => resolveSuiteOptions({ pods: 'seed', ...options }, {});
    expect(() => refuseParallelRestores(suite({ restore: 'each-file' }), parallel)).toThrow(
      'restore "each-file" needs the test files to run one at a time: run in parallel in one account, the restore before one file would reset the state under another. Set `maxWorkers: 1`, or (LocalStack) give each worker an account of its own with isolate "account-per-worker".',
    );
    expect(() => refuseParallelRestores(suite({ restore: 'each-file-full' }), parallel)).toThrow(UsageError);
    expect(() => refuseParallelRestores(suite({ restore: 'each-file' }), { ...parallel, parallelFiles: false })).not.toThrow();
    expect(() => refuseParallelRestores(suite({ restore: 'each-file', isolate: 'account-per-worker' }), parallel)).not.toThrow();
    expect(() => refuseParallelRestores(suite({}), parallel)).not.toThrow();
    expect(() => refuseParallelRestores(resolveSuiteOptions({ restore: 'each-file' }, {}), parallel)).not.toThrow();
  });
});

describe('the endpoint tests are given', () => {
  it('is 127.0.0.1 where the instance is localhost, so S3 clients with no options go path-style', () => {
    expect(loopbackAddress('http://localhost:4566')).toBe('http://127.0.0.1:4566');
    expect(loopbackAddress('https://localhost')).toBe('https://127.0.0.1');
    expect(loopbackAddress('http://localhost.localstack.cloud:4566')).toBe('http://localhost.localstack.cloud:4566');
    expect(loopbackAddress('http://[::1]:4566')).toBe('http://[::1]:4566');
  });
});
