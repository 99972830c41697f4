import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_INPUT_TABLE } from '../action/inputs.js';
import { FRONT_SERVICES } from './engine.js';

const DIST = fileURLToPath(new URL('../../dist/action/', import.meta.url));

/** A job's directories and files, fresh for each job as on a new runner. */
export interface Job {
  readonly workspace: string;
  readonly temp: string;
  /** LOCALSTACK_PODS_HOME: empty, as a runner has none. */
  readonly home: string;
  readonly output: string;
  readonly state: string;
  readonly summary: string;
  /** GITHUB_ENV: what a step exports to the later steps. */
  readonly exports: string;
  /** What the runner gives every step of the job (cache service, branch). */
  readonly env: NodeJS.ProcessEnv;
}

export interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What the step wrote to GITHUB_OUTPUT. */
  readonly outputs: Record<string, string>;
  /** What the step wrote to GITHUB_ENV for the later steps. */
  readonly exported: Record<string, string>;
}

/** A new job: its own workspace, temp dir and command files. */
export function newJob(env: NodeJS.ProcessEnv = {}): Job {
  const root = mkdtempSync(join(tmpdir(), 'action-job-'));
  const dirs = { workspace: join(root, 'workspace'), temp: join(root, 'temp'), home: join(root, 'home') };
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  const files = { output: join(root, 'output'), state: join(root, 'state'), summary: join(root, 'summary.md'), exports: join(root, 'env') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return { ...dirs, ...files, env };
}

/** Reads a file of `name<<DELIMITER` … `DELIMITER` blocks (and `name=value` lines), as the runner does. */
export function readCommandFile(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const values: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      values[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

/**
 * Runs `node dist/action/<step>.js` as a runner runs a JavaScript action: every input as
 * `INPUT_<NAME>` (upper case, hyphens kept), defaults from the input table (action.yml mirrors
 * it, a test checks), the job's command files, the workspace as working directory, and for the
 * post step what main saved with `saveState` as `STATE_*`.
 */
export function runStep(step: 'main' | 'post', job: Job, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  const given: NodeJS.ProcessEnv = {};
  for (const input of ACTION_INPUT_TABLE) {
    // The runner evaluates `${{ job.status }}`; a test passes the status it means.
    given[`INPUT_${input.name.toUpperCase()}`] = inputs[input.name] ?? (input.default.startsWith('${{') ? '' : input.default);
  }
  const state = step === 'post' ? Object.fromEntries(Object.entries(readCommandFile(job.state)).map(([k, v]) => [`STATE_${k}`, v])) : {};
  // Earlier steps' outputs are the runner's business; each step's file starts empty.
  writeFileSync(job.output, '');
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|LOCALSTACK_|VITEST)/.test(name)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(DIST, `${step}.js`)],
      {
        cwd: job.workspace,
        env: {
          ...clean,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: job.workspace,
          RUNNER_TEMP: job.temp,
          GITHUB_OUTPUT: job.output,
          GITHUB_STATE: job.state,
          GITHUB_STEP_SUMMARY: job.summary,
          GITHUB_ENV: job.exports,
          LOCALSTACK_PODS_HOME: job.home,
          LOCALSTACK_PODS_SERVICES: FRONT_SERVICES,
          ...job.env,
          ...given,
          ...state,
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          outputs: readCommandFile(job.output),
          exported: readCommandFile(job.exports),
        });
      },
    );
  });
}
