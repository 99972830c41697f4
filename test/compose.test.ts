import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUTO_LOAD_ENV, DEFAULT_INIT_DIR, OPTION_TABLE } from '../src/engine/index.js';

const COMPOSE = 'docs/compose/autoload.yml';

/**
 * The compose file as YAML, parsed by PyYAML (moto, which every test run needs, depends on it
 * through `responses`). Docker is not part of the test set-up, so the file's shape is checked,
 * not a run of it.
 */
function compose(): any {
  const path = fileURLToPath(new URL(`../${COMPOSE}`, import.meta.url));
  const json = execFileSync('python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path], {
    encoding: 'utf8',
  });
  return JSON.parse(json);
}

describe(`the Docker Compose sidecar (${COMPOSE})`, () => {
  const { services } = compose();
  const sidecar = services['localstack-pods'];

  it('runs LocalStack, publishing its gateway', () => {
    expect(services.localstack.image).toMatch(/^localstack\/localstack:/);
    expect(services.localstack.ports).toContain('127.0.0.1:4566:4566');
  });

  it('runs the autoload of the published package in a Node image, after LocalStack starts', () => {
    expect(sidecar.image).toMatch(/^node:\d+/);
    expect(sidecar.command).toEqual(['npx', '--yes', 'localstack-pods', 'autoload']);
    expect(sidecar.depends_on).toEqual(['localstack']);
  });

  it('points the sidecar at the LocalStack service by its name, with settings the CLI reads', () => {
    expect(sidecar.environment.LOCALSTACK_ENDPOINT).toBe('http://localstack:4566');
    expect(sidecar.environment).toHaveProperty(AUTO_LOAD_ENV);
    const known = new Set([AUTO_LOAD_ENV, 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', ...OPTION_TABLE.flatMap((o) => o.env)]);
    expect(Object.keys(sidecar.environment).filter((name) => !known.has(name))).toEqual([]);
  });

  it('mounts the init directory where autoload reads it by default, and the store its remote names', () => {
    expect(sidecar.volumes).toContain(`./init-pods.d:${DEFAULT_INIT_DIR}:ro`);
    const store = new URL(sidecar.environment.LOCALSTACK_PODS_REMOTE as string);
    expect(store.protocol).toBe('file:');
    expect(sidecar.volumes.map((v: string) => v.split(':')[1])).toContain(store.pathname);
  });

  it('is documented in the README', () => {
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(`(${COMPOSE})`);
  });
});
