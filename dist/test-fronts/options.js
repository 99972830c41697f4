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
        description: 'pods loaded before the first test, in order: `name[:version]` or `file:///path`, comma- or newline-separated',
    },
    { name: 'restore', env: ['LOCALSTACK_PODS_RESTORE'], default: 'none', description: '`each-file`: load the pods again before each test file' },
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
    { name: 'save', env: ['LOCALSTACK_PODS_SAVE'], default: '', description: 'a pod name: after the run, save the state as its next version' },
    { name: 'save-if', env: ['LOCALSTACK_PODS_SAVE_IF'], default: 'failure', description: 'when `save` saves: `failure` (a test failed) or `always`' },
];
const CHOICES = {
    restore: ['none', 'each-file'],
    isolate: ['none', 'account-per-worker'],
    instance: ['endpoint', 'moto'],
    'save-if': ['failure', 'always'],
};
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
    const choice = (name) => {
        const value = text(name) ?? SUITE_OPTION_TABLE.find((o) => o.name === name).default;
        if (!CHOICES[name].includes(value)) {
            throw new UsageError(`Invalid ${name} "${value}": expected ${CHOICES[name].join(' or ')}.`);
        }
        return value;
    };
    const engine = {};
    for (const option of OPTION_TABLE) {
        const value = values[camel(option.name)];
        if (value !== undefined)
            engine[option.name] = typeof value === 'boolean' ? value : String(value);
    }
    const save = text('save');
    return {
        pods: (text('pods') ?? '')
            .split(/[,\n]/)
            .map((ref) => ref.trim())
            .filter(Boolean),
        restore: choice('restore'),
        isolate: choice('isolate'),
        instance: choice('instance'),
        ...(save ? { save } : {}),
        saveIf: choice('save-if'),
        engine,
    };
}
