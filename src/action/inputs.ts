import { OPTION_TABLE, UsageError, type OptionName } from '../engine/index.js';
import { parseChoice, splitRefs, SUITE_OPTION_TABLE, type SaveIf, type SuiteOptionName } from '../suite/options.js';

/** The inputs only the Action takes; the others are rows of the engine's and the test fronts' tables. */
export type ActionOnlyInputName = 'remotes' | 'fail-on-missing' | 'save-services' | 'save-message' | 'save-remote' | 'job-status';

/** A row of the option table, the shape `OPTION_TABLE` and `SUITE_OPTION_TABLE` share. */
interface OptionRow<N extends string> {
  readonly name: N;
  readonly env: readonly string[];
  readonly default: string;
  readonly description: string;
}

/** The engine's options the Action passes on, and the test fronts' options it shares. */
const ENGINE_INPUTS = ['endpoint', 'remote', 'strategy', 'wait-timeout', 'request-timeout'] as const satisfies readonly OptionName[];
type SharedInputName = Extract<SuiteOptionName, 'pods' | 'save' | 'save-if'>;

type EngineInputName = (typeof ENGINE_INPUTS)[number];

/** The row of `name` in one of the tables, as the row of that input. */
function row<N extends string>(table: readonly OptionRow<string>[], name: N): OptionRow<N> {
  return table.find((o) => o.name === name)! as OptionRow<N>;
}

const engineRow = <N extends OptionName>(name: N) => row(OPTION_TABLE, name);
const sharedRow = <N extends SharedInputName>(name: N) => row(SUITE_OPTION_TABLE, name);

/** Rows for the save step that reuse an engine option's meaning under a `save-` name. */
const saveRow = (name: ActionOnlyInputName, of: OptionName, description: string): OptionRow<ActionOnlyInputName> => ({
  name,
  env: [],
  default: engineRow(of).default,
  description: `${description}: ${engineRow(of).description}`,
});

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
  'save-services': saveRow('save-services', 'services', 'for `save`'),
  'save-message': saveRow('save-message', 'message', 'for `save`'),
  'save-remote': { name: 'save-remote', env: [], default: '', description: 'remote name or URL `save` writes to; `remote` when empty' },
  'job-status': {
    name: 'job-status',
    env: [],
    default: '${{ job.status }}',
    description: 'the status of the job when the post step runs, for `save-if`; leave it to its default',
  },
};

export type ActionInputName = EngineInputName | SharedInputName | ActionOnlyInputName;

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
  ACTION_ONLY['fail-on-missing'],
  sharedRow('save'),
  sharedRow('save-if'),
  ACTION_ONLY['save-services'],
  ACTION_ONLY['save-message'],
  ACTION_ONLY['save-remote'],
  ACTION_ONLY['job-status'],
];

/** The Action's inputs, parsed. */
export interface ActionInputs {
  /** The engine's options as given (`remote` still a name or URL, see `remotes`). */
  readonly engine: Readonly<Partial<Record<EngineInputName, string>>>;
  readonly pods: readonly string[];
  /** `remotes`: URL templates by name. */
  readonly remotes: ReadonlyMap<string, string>;
  readonly failOnMissing: boolean;
  readonly save?: string;
  readonly saveIf: SaveIf;
  readonly saveServices?: string;
  readonly saveMessage: string;
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
  const engine: Partial<Record<EngineInputName, string>> = {};
  for (const name of ENGINE_INPUTS) {
    const value = read(name);
    if (value) engine[name] = value;
  }
  const optional = (name: ActionInputName) => read(name) || undefined;
  const save = optional('save');
  const saveServices = optional('save-services');
  const saveRemote = optional('save-remote');
  return {
    engine,
    pods: splitRefs(read('pods')),
    remotes: parseRemotes(read('remotes')),
    failOnMissing: boolean('fail-on-missing', read('fail-on-missing') || 'true'),
    ...(save ? { save } : {}),
    saveIf: parseChoice('save-if', read('save-if') || sharedRow('save-if').default),
    // `all` is the table's way of saying "no list".
    ...(saveServices && saveServices !== 'all' ? { saveServices } : {}),
    saveMessage: read('save-message'),
    ...(saveRemote ? { saveRemote } : {}),
    jobStatus: read('job-status'),
  };
}
