import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load, resolveOptions, type Strategy } from '../dist/engine/index.js';
import { elapsed } from './util.js';

// The snapshot of dist/ that scripts/bench.mjs takes (.bench/dist), so a rebuild during a run does not pull it away.
export const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;
/** Preloaded into a CLI child: it writes the child's peak RSS and CPU time at exit. */
export const HOOK = new URL('./rss-hook.js', import.meta.url).href;

/** One CLI run: wall time, the child's peak RSS and CPU time, its `--json` result, and when each phase began. */
export interface CliRun {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly cpuSeconds: number;
  readonly result: Record<string, unknown>;
  /** Seconds from the start at which each progress phase began (the CLI prints a line per phase off a TTY). */
  readonly phases: { readonly label: string; readonly at: number }[];
}

/** Where the bench's pods live and how the CLI children reach the emulator. */
export interface PodContext {
  readonly endpoint: string;
  /** A `file:///…` remote of the bench's own. */
  readonly remote: string;
  /** The work folder: LOCALSTACK_PODS_HOME of the children, and where RSS files go. */
  readonly work: string;
  /** A folder for `--cpu-prof` profiles of the children, when profiling. */
  readonly cpuProfileDir?: string;
}

function env(ctx: PodContext, rssFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    LOCALSTACK_PODS_HOME: ctx.work,
    BENCH_RSS_FILE: rssFile,
  };
}

/** Runs `localstack-pods ARGS --json` in a child process (the built CLI, as CI runs it). */
export function runCli(ctx: PodContext, args: readonly string[]): Promise<CliRun> {
  const rssFile = join(ctx.work, `rss-${process.pid}-${Date.now()}`);
  const profile = ctx.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', ctx.cpuProfileDir] : [];
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [...profile, '--import', HOOK, CLI, ...args, '--endpoint', ctx.endpoint, '--json'], {
    env: env(ctx, rssFile),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const phases: { label: string; at: number }[] = [];
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    err = (err + text).slice(-4000);
    for (const line of text.split('\n')) if (line.trim()) phases.push({ label: line.trim().slice(0, 80), at: elapsed(start) });
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = elapsed(start);
      if (code !== 0) {
        reject(new Error(`localstack-pods ${args.join(' ')} exited ${code}:\n${err}\n${out}`));
        return;
      }
      const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number };
      rmSync(rssFile, { force: true });
      resolve({ seconds, peakRssMb: usage.maxRSS / 1024, cpuSeconds: usage.cpu / 1e6, result: JSON.parse(out) as Record<string, unknown>, phases });
    });
  });
}

/** `save NAME` into the bench's remote. */
export function saveWithCli(ctx: PodContext, name: string, services?: string): Promise<CliRun> {
  return runCli(ctx, ['save', name, ctx.remote, ...(services ? ['--services', services] : [])]);
}

/** `load NAME` from the bench's remote with a strategy. */
export function loadWithCli(ctx: PodContext, name: string, strategy: Strategy): Promise<CliRun> {
  return runCli(ctx, ['load', name, ctx.remote, '--strategy', strategy]);
}

/**
 * A load run in this process through the engine's API, as the test fronts' `restore: each-file`
 * does before each test file (no process start-up). Seconds.
 */
export async function loadInProcess(ctx: PodContext, name: string): Promise<number> {
  const options = resolveOptions(
    { endpoint: ctx.endpoint, remote: ctx.remote },
    { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', LOCALSTACK_PODS_HOME: ctx.work },
  );
  const start = process.hrtime.bigint();
  await load({ pod: name, options });
  return elapsed(start);
}
