import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, HOOK } from './pods.js';
import { median } from './util.js';

/** The CPU time of one command's process, start to exit, by the child's own getrusage. */
export interface StartupTiming {
  readonly label: string;
  /** Median CPU seconds over the runs. */
  readonly cpuSeconds: number;
  /** Median over the bare `node` process's: the time the command adds to Node's own start. */
  readonly ratio: number;
}

function cpuOf(args: readonly string[], work: string, env: NodeJS.ProcessEnv): number {
  const file = join(work, `startup-${process.pid}`);
  const run = spawnSync(process.execPath, ['--import', HOOK, ...args], { env: { ...env, BENCH_RSS_FILE: file }, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  const usage = JSON.parse(readFileSync(file, 'utf8')) as { cpu: number };
  rmSync(file, { force: true });
  return usage.cpu / 1e6;
}

/**
 * Start-up of the commands that reach no instance, against a bare `node` started the same way:
 * these are the ones a user (or a shell completion) runs and waits on, so their cost is the
 * import of what they load. Runs in turns, so drift of the machine hits every command alike.
 */
export function benchStartup(work: string, repeat: number): StartupTiming[] {
  const env = { ...process.env, LOCALSTACK_PODS_HOME: join(work, 'startup-home') };
  const commands: [string, string[]][] = [
    ['node (baseline)', ['-e', '0']],
    ['--help', [CLI, '--help']],
    ['list', [CLI, 'list']],
    ['remote list', [CLI, 'remote', 'list']],
  ];
  const runs = commands.map((): number[] => []);
  for (let round = 0; round < repeat; round++) commands.forEach(([, args], i) => runs[i]!.push(cpuOf(args, work, env)));
  const baseline = median(runs[0]!);
  return commands.map(([label], i) => ({ label, cpuSeconds: median(runs[i]!), ratio: median(runs[i]!) / baseline }));
}
