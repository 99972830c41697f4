import { OPTION_TABLE, UsageError } from '../engine/index.js';
/**
 * The test fronts' rows of the option table, in the shape of the engine's `OPTION_TABLE`: one
 * name, its environment variable, its default. The README's option table mirrors both.
 */
export const SUITE_OPTION_TABLE = [
    {
        name: 'pods',
        env: ['LOCALSTACK_PODS'],
        default: '',
        description: "pods loaded first (before the tests, or the job's next steps), in order: `name[:version]`, `file:///path`, `https://…` or `git://…`, comma- or newline-separated",
    },
    {
        name: 'restore',
        env: ['LOCALSTACK_PODS_RESTORE'],
        default: 'none',
        description: "`each-file`: before each test file, load again the services of the pods that earlier files changed through the run's endpoint; `each-file-full`: load the whole pods again before each test file, for tests that reach the instance another way",
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
};
/** Whether a run or job that `failed` (or not) saves under `saveIf`: the one rule every front follows. */
export function shouldSave(saveIf, failed) {
    return saveIf === 'always' || (saveIf === 'failure' && failed) || (saveIf === 'success' && !failed);
}
/** Checks `value` against the choices of option `name`; a usage error names them. */
export function parseChoice(name, value) {
    if (!CHOICES[name].includes(value)) {
        throw new UsageError(`Invalid ${name} "${value}": expected ${CHOICES[name].join(' or ')}.`);
    }
    return value;
}
/** The refs of a `pods` value, in order: comma- or newline-separated, blanks ignored. */
export function splitRefs(text) {
    return text
        .split(/[,\n]/)
        .map((ref) => ref.trim())
        .filter(Boolean);
}
function camel(name) {
    return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
/**
 * Parses a front's options object with the environment under it, the rule every front follows:
 * the option given, then its environment variable, then the default. Unknown option names are
 * usage errors, so a misspelt `restor` does not pass unnoticed.
 */
export function resolveSuiteOptions(given = {}, env = process.env) {
    const values = given;
    const known = [...SUITE_OPTION_TABLE, ...OPTION_TABLE].map((o) => camel(o.name));
    const unknown = Object.keys(values).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
        throw new UsageError(`Unknown localstack-pods option(s) ${unknown.join(', ')}: expected ${known.join(', ')}.`);
    }
    const text = (name) => {
        const value = values[camel(name)];
        if (Array.isArray(value))
            return value.join(',');
        if (value !== undefined && value !== '')
            return String(value);
        const variable = SUITE_OPTION_TABLE.find((o) => o.name === name).env.find((e) => env[e]);
        return variable ? env[variable] : undefined;
    };
    const choice = (name) => parseChoice(name, text(name) ?? SUITE_OPTION_TABLE.find((o) => o.name === name).default);
    const engine = {};
    for (const option of OPTION_TABLE) {
        const value = values[camel(option.name)];
        if (value !== undefined)
            engine[option.name] = typeof value === 'boolean' ? value : String(value);
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
/**
 * Refuses a restore before each file when files run at once in one account: the restore before
 * one file would reset the state under another running file, and its tests would fail at random.
 */
export function refuseParallelRestores(suite, runner) {
    if (!runner?.parallelFiles || suite.pods.length === 0 || suite.restore === 'none' || suite.isolate !== 'none')
        return;
    throw new UsageError(`restore "${suite.restore}" needs the test files to run one at a time: run in parallel in one account, the restore before one file would reset the state under another. ` +
        `Set ${runner.oneAtATime}, or (LocalStack) give each worker an account of its own with isolate "account-per-worker".`);
}
