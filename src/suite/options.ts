import { OPTION_TABLE, UsageError, type OptionName, type RawOptions } from '../engine/index.js';

/** The options only the test fronts (the Jest preset and the Vitest plugin) take. */
export type SuiteOptionName = 'pods' | 'restore' | 'isolate' | 'instance' | 'save' | 'save-if';

/**
 * The test fronts' rows of the option table, in the shape of the engine's `OPTION_TABLE`: one
 * name, its environment variable, its default. The README's option table mirrors both.
 */
export const SUITE_OPTION_TABLE: readonly {
  readonly name: SuiteOptionName;
  readonly env: readonly string[];
  readonly default: string;
  readonly description: string;
}[] = [
  {
    name: 'pods',
    env: ['LOCALSTACK_PODS'],
    default: '',
    description:
      "pods loaded first (before the tests, or the job's next steps), in order: `name[:version]`, `file:///path`, `https://…` or `git://…`, comma- or newline-separated",
  },
  {
    name: 'restore',
    env: ['LOCALSTACK_PODS_RESTORE'],
    default: 'none',
    description:
      "`each-file`: before each test file, load again the services of the pods that earlier files changed through the run's endpoint; `each-file-full`: load the whole pods again before each test file, for tests that reach the instance another way",
  },
  {
    name: 'isolate',
    env: ['LOCALSTACK_PODS_ISOLATE'],
    default: 'none',
    description: '`account-per-worker` (LocalStack): each test worker works in an account of its own, holding the pods',
  },
  {
    name: 'instance',
    env: ['LOCALSTACK_PODS_INSTANCE'],
    default: 'endpoint',
    description: '`moto`: start a moto server on a free port for the run (instead of using `endpoint`) and stop it after',
  },
  {
    name: 'save',
    env: ['LOCALSTACK_PODS_SAVE'],
    default: '',
    description: 'a pod name: at the end of the run (or job), save the state as its next version',
  },
  {
    name: 'save-if',
    env: ['LOCALSTACK_PODS_SAVE_IF'],
    default: 'failure',
    description: 'when `save` saves: `failure` (a test or step failed), `success`, `always` or `never`',
  },
];

const CHOICES = {
  restore: ['none', 'each-file', 'each-file-full'],
  isolate: ['none', 'account-per-worker'],
  instance: ['endpoint', 'moto'],
  'save-if': ['failure', 'success', 'always', 'never'],
} as const;

type Choice<N extends keyof typeof CHOICES> = (typeof CHOICES)[N][number];

/** When a front saves the state it leaves behind (`save-if`). */
export type SaveIf = Choice<'save-if'>;

/** Whether a run or job that `failed` (or not) saves under `saveIf`: the one rule every front follows. */
export function shouldSave(saveIf: SaveIf, failed: boolean): boolean {
  return saveIf === 'always' || (saveIf === 'failure' && failed) || (saveIf === 'success' && !failed);
}

/** Checks `value` against the choices of option `name`; a usage error names them. */
export function parseChoice<N extends keyof typeof CHOICES>(name: N, value: string): Choice<N> {
  if (!(CHOICES[name] as readonly string[]).includes(value)) {
    throw new UsageError(`Invalid ${name} "${value}": expected ${CHOICES[name].join(' or ')}.`);
  }
  return value as Choice<N>;
}

/** The refs of a `pods` value, in order: comma- or newline-separated, blanks ignored. */
export function splitRefs(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((ref) => ref.trim())
    .filter(Boolean);
}

/** camelCase of an option name, as a JavaScript options object spells it (`wait-timeout` → `waitTimeout`). */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/**
 * What the Jest preset (`globals.localstackPods`) and the Vitest plugin take: every option of
 * the table under its camelCase name. Values left out come from the environment, then the
 * defaults.
 */
export type LocalstackPodsOptions = {
  /** One ref, or several loaded in order. */
  readonly pods?: string | readonly string[];
  readonly restore?: Choice<'restore'>;
  readonly isolate?: Choice<'isolate'>;
  readonly instance?: Choice<'instance'>;
  readonly save?: string;
  readonly saveIf?: Choice<'save-if'>;
} & { readonly [N in OptionName as Camel<N>]?: N extends 'wait-timeout' | 'request-timeout' ? number | string : string | boolean };

/** The suite's options, parsed; `engine` goes through the engine's own `resolveOptions`. */
export interface SuiteOptions {
  readonly pods: readonly string[];
  readonly restore: Choice<'restore'>;
  readonly isolate: Choice<'isolate'>;
  readonly instance: Choice<'instance'>;
  readonly save?: string;
  readonly saveIf: Choice<'save-if'>;
  readonly engine: RawOptions;
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Parses a front's options object with the environment under it, the rule every front follows:
 * the option given, then its environment variable, then the default. Unknown option names are
 * usage errors, so a misspelt `restor` does not pass unnoticed.
 */
export function resolveSuiteOptions(given: LocalstackPodsOptions = {}, env: NodeJS.ProcessEnv = process.env): SuiteOptions {
  const values = given as Record<string, unknown>;
  const known = [...SUITE_OPTION_TABLE, ...OPTION_TABLE].map((o) => camel(o.name));
  const unknown = Object.keys(values).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown localstack-pods option(s) ${unknown.join(', ')}: expected ${known.join(', ')}.`);
  }
  const text = (name: SuiteOptionName): string | undefined => {
    const value = values[camel(name)];
    if (Array.isArray(value)) return value.join(',');
    if (value !== undefined && value !== '') return String(value);
    const variable = SUITE_OPTION_TABLE.find((o) => o.name === name)!.env.find((e) => env[e]);
    return variable ? env[variable] : undefined;
  };
  const choice = <N extends keyof typeof CHOICES>(name: N): Choice<N> =>
    parseChoice(name, text(name) ?? SUITE_OPTION_TABLE.find((o) => o.name === name)!.default);
  const engine: RawOptions = {};
  for (const option of OPTION_TABLE) {
    const value = values[camel(option.name)];
    if (value !== undefined) engine[option.name] = typeof value === 'boolean' ? value : String(value);
  }
  const save = text('save');
  return {
    pods: splitRefs(text('pods') ?? ''),
    restore: choice('restore'),
    isolate: choice('isolate'),
    instance: choice('instance'),
    ...(save ? { save } : {}),
    saveIf: choice('save-if'),
    engine,
  };
}

/** How the test runner runs the files, as far as a restore cares. */
export interface RunnerShape {
  /** Test files may run at the same time (Vitest's file parallelism, Jest's workers above 1). */
  readonly parallelFiles: boolean;
  /** The runner's own setting that decides it, to name in a message. */
  readonly oneAtATime: string;
}

/**
 * Refuses a restore before each file when files run at once in one account: the restore before
 * one file would reset the state under another running file, and its tests would fail at random.
 */
export function refuseParallelRestores(suite: SuiteOptions, runner: RunnerShape | undefined): void {
  if (!runner?.parallelFiles || suite.pods.length === 0 || suite.restore === 'none' || suite.isolate !== 'none') return;
  throw new UsageError(
    `restore "${suite.restore}" needs the test files to run one at a time: run in parallel in one account, the restore before one file would reset the state under another. ` +
      `Set ${runner.oneAtATime}, or (LocalStack) give each worker an account of its own with isolate "account-per-worker".`,
  );
}
