import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, parseConfig, resolveWithConfig } from './config-file.js';
import { UsageError } from './errors.js';

function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'config-file-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

describe('the config file', () => {
  it('is found from a subfolder, in localstack-pods.config.json or under the package.json key', () => {
    const own = project({ 'localstack-pods.config.json': { endpoint: 'http://127.0.0.1:4566', services: ['s3', 'sqs'] }, 'src/deep/.keep': '' });
    expect(findConfig(join(own, 'src', 'deep'))).toEqual({
      path: join(own, 'localstack-pods.config.json'),
      options: { endpoint: 'http://127.0.0.1:4566', services: 's3,sqs' },
      remotes: new Map(),
    });
    const inPackage = project({
      'package.json': { name: 'app', 'localstack-pods': { remote: 'team', 'wait-timeout': 5, remotes: { team: 's3://pods/ci' } } },
    });
    expect(findConfig(inPackage)).toEqual({
      path: join(inPackage, 'package.json'),
      options: { remote: 'team', 'wait-timeout': '5' },
      remotes: new Map([['team', 's3://pods/ci']]),
    });
  });

  it('is skipped in a package.json without the key', () => {
    const root = project({ 'package.json': { name: 'app' } });
    expect(findConfig(root)?.path).not.toBe(join(root, 'package.json'));
  });

  it('comes under the flags and the environment, above the defaults, and puts a remote it names to its URL', () => {
    const config = parseConfig('/p/localstack-pods.config.json', {
      endpoint: 'http://file:1',
      strategy: 'overwrite',
      remote: 'team',
      remotes: { team: 's3://pods/ci?region={region}' },
    });
    const options = resolveWithConfig({ strategy: 'merge' }, { LOCALSTACK_ENDPOINT: 'http://env:2' }, config);
    expect([options.endpoint, options.strategy, options.remote, options.waitTimeoutMs]).toEqual([
      'http://env:2',
      'merge',
      's3://pods/ci?region={region}',
      60_000,
    ]);
    expect(resolveWithConfig({}, {}, config).endpoint).toBe('http://file:1');
    expect(resolveWithConfig({ remote: 'other' }, {}, config).remote).toBe('other');
  });

  it.each([
    [{ endpont: 'x' }, 'Unknown option "endpont" in /p/c.json: expected endpoint, remote'],
    [{ services: [1] }, 'Invalid "services" in /p/c.json: expected a string or a list of strings, not [1]'],
    [{ endpoint: ['a'] }, 'Invalid "endpoint" in /p/c.json: expected a string, number or boolean'],
    [{ remotes: ['s3://b'] }, 'Invalid "remotes" in /p/c.json: expected an object of remote names and URLs'],
    [{ remotes: { team: 'bucket' } }, 'Invalid remote "team" in /p/c.json: expected a URL'],
    [{ remotes: { team: 's3://b/p?secret_access_key=abc' } }, 'holds a secret in clear text'],
    [[], '/p/c.json must hold a JSON object of options'],
  ])('refuses %j with a message naming the file and what is expected', (content, message) => {
    expect(() => parseConfig('/p/c.json', content)).toThrow(UsageError);
    expect(() => parseConfig('/p/c.json', content)).toThrow(message);
  });

  it('that is no valid JSON is a usage error naming it', () => {
    const root = project({ 'localstack-pods.config.json': '{ "endpoint": ' });
    expect(() => findConfig(root)).toThrow(UsageError);
    expect(() => findConfig(root)).toThrow(/Cannot read the config file: .*localstack-pods\.config\.json/);
  });
});
