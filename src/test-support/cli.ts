import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { FRONT_SERVICES } from './engine.js';

export const BUILT_CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI as a user does: a separate node process, no stdin, in `cwd` (the test's
 * own by default). It saves and loads the test services (`FRONT_SERVICES`) unless `env` names
 * others (an empty list: every service).
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, { cwd }: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BUILT_CLI, ...args],
      { env: { ...process.env, LOCALSTACK_PODS_SERVICES: FRONT_SERVICES, ...env }, maxBuffer: 64 * 1024 * 1024, ...(cwd ? { cwd } : {}) },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const ON_TERMINAL = fileURLToPath(new URL('./terminal.py', import.meta.url));

/**
 * Runs the built CLI on a pseudo-terminal of its own, as a person at a terminal does: stdin,
 * stdout and stderr are the terminal, so `output` is what both showed. Once it shows `prompt`,
 * `answer` is typed and Enter pressed.
 */
export function runCliOnTerminal(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  { prompt, answer }: { prompt: string; answer: string },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'python3',
      [ON_TERMINAL, prompt, answer, process.execPath, BUILT_CLI, ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${ON_TERMINAL} failed: ${stderr}`, { cause: error })) : resolve(JSON.parse(stdout))),
    );
  });
}

/** A run of the built CLI to interrupt: wait for a condition while it runs, then kill it. */
export interface RunningCli {
  /** Resolves once `condition` holds; fails when the run ends first. */
  until(condition: () => boolean): Promise<void>;
  /** Kills the run (SIGKILL) and resolves once it has ended, even when it had ended already. */
  kill(): Promise<void>;
}

export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, [BUILT_CLI, ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  let ended = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      ended = true;
      resolve();
    }),
  );
  return {
    async until(condition) {
      while (!condition()) {
        if (ended) throw new Error(`\`${args.join(' ')}\` ended before the awaited condition held.`);
        await sleep(10);
      }
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * The built CLI as a user with its own home runs it against an instance, every service:
 * `cli(endpoint, ...args)`.
 */
export function userCli(home: string): (endpoint: string, ...args: string[]) => Promise<CliResult> {
  return (endpoint, ...args) =>
    runCli(args, { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: endpoint, LOCALSTACK_PODS_WAIT_TIMEOUT: '60', LOCALSTACK_PODS_SERVICES: '' });
}

/** The standard output of a run that must succeed: exit 0 and no `Error` line. */
export async function succeeded(run: Promise<CliResult>): Promise<string> {
  const r = await run;
  expect(
    r.stderr.split('\n').filter((l) => l.startsWith('Error')),
    r.stderr,
  ).toEqual([]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const AWS_CLI_SERVER = fileURLToPath(new URL('./aws-cli.py', import.meta.url));

/** One AWS CLI process per test worker, taking one command at a time (see aws-cli.py). */
let awsCli: { send(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> } | undefined;

function awsCliServer(): NonNullable<typeof awsCli> {
  if (awsCli) return awsCli;
  const child = spawn('python3', [AWS_CLI_SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.unref();
  (child.stdin as unknown as { unref(): void }).unref();
  (child.stdout as unknown as { unref(): void }).unref();
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  let turn: Promise<unknown> = Promise.resolve();
  const server = {
    send(args: readonly string[], env: NodeJS.ProcessEnv) {
      const answer = turn.then(
        () =>
          new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
            waiting.push((line) => resolve(JSON.parse(line)));
            child.stdin.write(`${JSON.stringify({ args, env })}\n`);
          }),
      );
      turn = answer.catch(() => undefined);
      return answer;
    },
  };
  awsCli = server;
  return server;
}

/**
 * Runs the real AWS CLI against `endpoint` (its own driver, in a Python process kept for the
 * test file rather than one per call); parses its JSON output when there is some.
 */
export async function aws(
  endpoint: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string; json: any }> {
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
    ...options.env,
  };
  const { code, stdout, stderr } = await awsCliServer().send(['--endpoint-url', endpoint, '--output', 'json', ...args], env);
  if (code !== 0 && !options.allowFailure) throw new Error(`aws ${args.join(' ')} failed (${code}): ${stderr}`);
  let json: unknown;
  try {
    json = stdout.trim() ? JSON.parse(stdout) : undefined;
  } catch {
    json = undefined;
  }
  return { code, stdout, stderr, json };
}
