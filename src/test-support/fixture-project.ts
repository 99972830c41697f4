import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { aws, runCli } from './cli.js';
import type { Moto } from './moto.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  readonly code: number;
  readonly output: string;
}

/**
 * The environment a nested test runner gets: this one's, without the variables that make a
 * runner think it is a worker of another run (VITEST_POOL_ID, JEST_WORKER_ID…) and without an
 * endpoint, so what the run sees comes from the front under test.
 */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|JEST|TEST$|NODE_ENV$|AWS_ENDPOINT_URL|LOCALSTACK_)/.test(name)),
  );
  // Plain output, so the tests can read what the runner printed.
  return { ...clean, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Runs a command in `cwd` as a user would; never throws on a non-zero exit. */
export async function runIn(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  try {
    const { stdout, stderr } = await run(command, [...args], { cwd, env: cleanEnv(env), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/**
 * Copies `test/fixtures/NAME` to a temp directory and installs into it this package as npm
 * would publish it (`npm pack` of the repo, with the committed dist/) and the fixture's own
 * devDependencies (the test runner). Returns the project's directory.
 */
export async function installFixture(name: string): Promise<string> {
  const packed = mkdtempSync(join(tmpdir(), 'pack-'));
  await run('npm', ['pack', '--silent', '--pack-destination', packed], { cwd: REPO });
  const tarball = join(
    packed,
    readdirSync(packed).find((f) => f.endsWith('.tgz'))!,
  );
  const project = mkdtempSync(join(tmpdir(), `${name}-`));
  cpSync(join(REPO, 'test', 'fixtures', name), project, { recursive: true });
  const installed = await runIn(project, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
  if (installed.code !== 0) throw new Error(`npm install in ${project} failed:\n${installed.output}`);
  return project;
}

/**
 * Saves pod `s3-test` (a bucket `test-bucket` holding `hello.txt`) with the built CLI into a new
 * LOCALSTACK_PODS_HOME, then empties moto: what the run sees afterwards came from the pod.
 */
export async function savePodAndReset(moto: Moto): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'pods-home-'));
  const file = join(home, 'hello.txt');
  writeFileSync(file, 'hello\n');
  await aws(moto.endpoint, ['s3', 'mb', 's3://test-bucket']);
  await aws(moto.endpoint, ['s3', 'cp', file, 's3://test-bucket/hello.txt']);
  const saved = await runCli(['save', 's3-test'], { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: moto.endpoint });
  if (saved.code !== 0) throw new Error(`save failed: ${saved.stderr}`);
  await moto.reset();
  return home;
}
