import { OPTION_TABLE, UsageError, type OptionName } from '../engine/index.js';
import { parseChoice, splitRefs, SUITE_OPTION_TABLE, type SaveIf, type SuiteOptionName } from '../suite/options.js';

/** The inputs only the Action takes; the others are rows of the engine's and the test fronts' tables. */
export type ActionOnlyInputName = 'remotes' | 'fail-on-missing' | 'export-aws-env' | 'save-remote' | 'job-status';

/** A row of the option table, the shape `OPTION_TABLE` and `SUITE_OPTION_TABLE` share. */
interface OptionRow<N extends string> {
  readonly name: N;
  readonly env: readonly string[];
  readonly default: string;
  readonly describesDefault?: true;
  readonly description: string;
}

/** The test fronts' options the Action shares; it takes every engine option too. */
type SharedInputName = Extract<SuiteOptionName, 'pods' | 'save' | 'save-if'>;

/** The row of `name` in one of the tables, as the row of that input. */
function row<N extends string>(table: readonly OptionRow<string>[], name: N): OptionRow<N> {
  return table.find((o) => o.name === name)! as OptionRow<N>;
}

/**
 * An engine option's row as an input. Where the table's default describes what happens with no
 * value (`all`, `the caller's`), the input's default is empty, since action.yml would pass the
 * description on as a value, and the description says it.
 */
function engineRow<N extends OptionName>(name: N): OptionRow<N> {
  const option = row(OPTION_TABLE, name);
  if (!option.describesDefault) return option;
  return { ...option, default: '', description: `${option.description} (empty: ${option.default})` };
}

const sharedRow = <N extends SharedInputName>(name: N) => row(SUITE_OPTION_TABLE, name);

/** The Action's own rows, by name. */
const ACTION_ONLY: Readonly<Record<ActionOnlyInputName, OptionRow<ActionOnlyInputName>>> = {
  remotes: {
    name: 'remotes',
    env: [],
    default: '',
    description: 'named remotes, one `name=url` a line (a runner has no remotes.json); URLs may hold `{placeholders}` filled from the environment',
  },
  'fail-on-missing': {
    name: 'fail-on-missing',
    env: [],
    default: 'true',
    description: '`true`: a pod that does not exist fails the step; `false`: a warning, and the other pods load',
  },
  'export-aws-env': {
    name: 'export-aws-env',
    env: [],
    default: 'false',
    description:
      '`true`: later steps of the job get `AWS_ENDPOINT_URL` and `LOCALSTACK_ENDPOINT` set to the instance (`localhost` as `127.0.0.1`, so S3 clients go path-style), test credentials where the job sets none, and both region variables (`us-east-1` where the job sets neither), so the AWS CLI and SDKs reach it',
  },
  'save-remote': { name: 'save-remote', env: [], default: '', description: 'remote name or URL `save` writes to; `remote` when empty' },
  'job-status': {
    name: 'job-status',
    env: [],
    default: '${{ job.status }}',
    description: 'the status of the job when the post step runs, for `save-if`; leave it to its default',
  },
};

export type ActionInputName = OptionName | SharedInputName | ActionOnlyInputName;

/**
 * Every input of the Action, in action.yml's order: the engine's rows and the test fronts'
 * rows as they are (one definition, several fronts), then the Action's own. action.yml and the
 * README's input table mirror it (a test checks both).
 */
export const ACTION_INPUT_TABLE: readonly OptionRow<ActionInputName>[] = [
  engineRow('endpoint'),
  sharedRow('pods'),
  engineRow('remote'),
  ACTION_ONLY.remotes,
  engineRow('strategy'),
  engineRow('wait-timeout'),
  engineRow('request-timeout'),
  engineRow('allow-real-aws'),
  engineRow('services'),
  engineRow('regions'),
  engineRow('accounts'),
  ACTION_ONLY['fail-on-missing'],
  ACTION_ONLY['export-aws-env'],
  sharedRow('save'),
  sharedRow('save-if'),
  engineRow('message'),
  engineRow('encryption-key'),
  engineRow('encryption-key-file'),
  engineRow('recipients'),
  ACTION_ONLY['save-remote'],
  ACTION_ONLY['job-status'],
];

/** The Action's inputs, parsed. */
export interface ActionInputs {
  /** The engine's options as given (`remote` still a name or URL, see `remotes`). */
  readonly engine: Readonly<Partial<Record<OptionName, string>>>;
  readonly pods: readonly string[];
  /** `remotes`: URL templates by name. */
  readonly remotes: ReadonlyMap<string, string>;
  readonly failOnMissing: boolean;
  /** `export-aws-env`: later steps get the instance's endpoint and test credentials. */
  readonly exportAwsEnv: boolean;
  readonly save?: string;
  readonly saveIf: SaveIf;
  readonly saveRemote?: string;
  /** `success`, `failure` or `cancelled`; empty outside a post step. */
  readonly jobStatus: string;
}

/** YAML 1.2 booleans, as the runner's own `getBooleanInput` reads them. */
function boolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`Invalid input ${name} "${value}": expected true or false.`);
}

/** `name=url` lines; blank lines and `#` comments are skipped. */
export function parseRemotes(text: string): Map<string, string> {
  const remotes = new Map<string, string>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^([^=\s]+)\s*=\s*(\S+:\/\/\S*)$/.exec(line);
    if (!match) {
      throw new UsageError(`Invalid remotes line ${index + 1}: expected name=url, e.g. team=s3://bucket/pods?region=eu-west-1.`);
    }
    remotes.set(match[1]!, match[2]!);
  }
  return remotes;
}

/**
 * Parses the inputs `read` returns (the runner's `INPUT_*` variables, trimmed; empty when not
 * given). Values are checked here, before anything runs, so a typo fails the step at once.
 */
export function parseInputs(read: (name: ActionInputName) => string): ActionInputs {
  const engine: Partial<Record<OptionName, string>> = {};
  for (const { name } of OPTION_TABLE) {
    const value = read(name);
    if (value) engine[name] = value;
  }
  const optional = (name: ActionInputName) => read(name) || undefined;
  const save = optional('save');
  const saveRemote = optional('save-remote');
  return {
    engine,
    pods: splitRefs(read('pods')),
    remotes: parseRemotes(read('remotes')),
    failOnMissing: boolean('fail-on-missing', read('fail-on-missing') || 'true'),
    exportAwsEnv: boolean('export-aws-env', read('export-aws-env') || 'false'),
    ...(save ? { save } : {}),
    saveIf: parseChoice('save-if', read('save-if') || sharedRow('save-if').default),
    ...(saveRemote ? { saveRemote } : {}),
    jobStatus: read('job-status'),
  };
}
