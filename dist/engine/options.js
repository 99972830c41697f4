import { UsageError } from './errors.js';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, REQUEST_TIMEOUT_ENV } from './util/http.js';
import { parseEndpoint } from './target/detect.js';
import { DEFAULT_ENDPOINT } from './target/target.js';
import { DEFAULT_STRATEGY, parseStrategy } from './state/strategy.js';
/**
 * The one option table: a CLI flag `--name`, an environment variable, and (in later fronts) an
 * Action input and a plugin option of the same name. The README's option table mirrors it.
 */
export const OPTION_TABLE = [
    {
        name: 'endpoint',
        env: ['LOCALSTACK_ENDPOINT', 'AWS_ENDPOINT_URL'],
        default: DEFAULT_ENDPOINT,
        description: 'URL of the LocalStack, moto or other AWS-compatible instance',
    },
    { name: 'remote', env: ['LOCALSTACK_PODS_REMOTE'], default: 'local', description: 'remote name (see `remote list`) or URL where pods live' },
    {
        name: 'strategy',
        env: ['LOCALSTACK_PODS_STRATEGY'],
        default: DEFAULT_STRATEGY,
        description: 'load strategy: account-region-merge, merge (service-merge), deep-merge, overwrite',
    },
    { name: 'wait-timeout', env: ['LOCALSTACK_PODS_WAIT_TIMEOUT'], default: '60', description: 'seconds to wait for the instance to answer' },
    {
        name: 'request-timeout',
        env: [REQUEST_TIMEOUT_ENV],
        default: String(DEFAULT_REQUEST_TIMEOUT_SECONDS),
        description: 'seconds any request to the instance or a store may go unanswered before the command fails',
    },
    { name: 'allow-real-aws', env: ['LOCALSTACK_PODS_ALLOW_REAL_AWS'], default: 'false', description: 'allow a load into real AWS endpoints (*.amazonaws.com, *.api.aws, China, sovereign and ISO partitions)' },
    { name: 'services', env: ['LOCALSTACK_PODS_SERVICES'], default: 'all', description: 'comma-separated services a save captures' },
    { name: 'regions', env: ['LOCALSTACK_PODS_REGIONS'], default: 'all with state', description: 'comma-separated regions a save captures' },
    {
        name: 'accounts',
        env: ['LOCALSTACK_PODS_ACCOUNTS'],
        default: "the caller's",
        description: 'comma-separated 12-digit account ids a save captures (LocalStack and moto)',
    },
    { name: 'message', env: ['LOCALSTACK_PODS_MESSAGE'], default: '', description: 'a message stored with a saved version' },
];
function list(text) {
    return text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function bool(name, value) {
    if (typeof value === 'boolean')
        return value;
    if (/^(true|1|yes)$/i.test(value))
        return true;
    if (/^(false|0|no|)$/i.test(value))
        return false;
    throw new UsageError(`Invalid --${name} "${value}": expected true or false.`);
}
function seconds(name, value) {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
        throw new UsageError(`Invalid --${name} "${value}": expected a number of seconds.`);
    return n * 1000;
}
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
function regions(value) {
    const parsed = list(value);
    const bad = parsed.filter((r) => !REGION.test(r));
    if (bad.length > 0)
        throw new UsageError(`Invalid region(s) ${bad.join(', ')}: expected names such as us-east-1.`);
    return parsed;
}
function accounts(value) {
    const parsed = list(value);
    const bad = parsed.filter((a) => !/^\d{12}$/.test(a));
    if (bad.length > 0)
        throw new UsageError(`Invalid account id(s) ${bad.join(', ')}: an account id is 12 digits.`);
    return parsed;
}
/**
 * Parses options from one front (flags, inputs) with the environment under them; the first
 * value found wins: `raw`, then each environment variable of the option, then the default.
 */
export function resolveOptions(raw, env = process.env) {
    const value = (name) => {
        const given = raw[name];
        if (given !== undefined && given !== '')
            return given;
        for (const variable of OPTION_TABLE.find((o) => o.name === name).env) {
            if (env[variable])
                return env[variable];
        }
        return undefined;
    };
    const text = (name) => {
        const v = value(name);
        return v === undefined ? undefined : String(v);
    };
    const services = text('services');
    const regionList = text('regions');
    const accountList = text('accounts');
    const remote = text('remote');
    const requestTimeoutMs = seconds('request-timeout', text('request-timeout') ?? String(DEFAULT_REQUEST_TIMEOUT_SECONDS));
    if (requestTimeoutMs === 0)
        throw new UsageError('Invalid --request-timeout "0": a request needs some time; give a number of seconds above 0.');
    return {
        endpoint: parseEndpoint(text('endpoint') ?? DEFAULT_ENDPOINT),
        ...(remote ? { remote } : {}),
        strategy: parseStrategy(text('strategy') ?? DEFAULT_STRATEGY),
        waitTimeoutMs: seconds('wait-timeout', text('wait-timeout') ?? '60'),
        requestTimeoutMs,
        allowRealAws: bool('allow-real-aws', value('allow-real-aws') ?? false),
        ...(services ? { services: list(services) } : {}),
        ...(regionList ? { regions: regions(regionList) } : {}),
        ...(accountList ? { accounts: accounts(accountList) } : {}),
        message: text('message') ?? '',
        // Stores and clients read the timeout from the environment they are given: one way in, whichever front set it.
        env: { ...env, [REQUEST_TIMEOUT_ENV]: String(requestTimeoutMs / 1000) },
    };
}
