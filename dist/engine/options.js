import { readFileSync } from 'node:fs';
import { keyRingOf, parseRecipients } from './crypto/keys.js';
import { UsageError } from './errors.js';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, REQUEST_TIMEOUT_ENV } from './util/request-timeout.js';
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
    {
        name: 'allow-real-aws',
        env: ['LOCALSTACK_PODS_ALLOW_REAL_AWS'],
        default: 'false',
        description: 'allow a load into real AWS endpoints (*.amazonaws.com, *.api.aws, China, sovereign and ISO partitions)',
    },
    {
        name: 'services',
        env: ['LOCALSTACK_PODS_SERVICES'],
        default: 'all',
        describesDefault: true,
        description: 'comma-separated services a save captures, and a load clears and writes',
    },
    {
        name: 'regions',
        env: ['LOCALSTACK_PODS_REGIONS'],
        default: 'all with state',
        describesDefault: true,
        description: 'comma-separated regions a save captures',
    },
    {
        name: 'accounts',
        env: ['LOCALSTACK_PODS_ACCOUNTS'],
        default: "the caller's",
        describesDefault: true,
        description: 'comma-separated 12-digit account ids a save captures (LocalStack and moto)',
    },
    { name: 'message', env: ['LOCALSTACK_PODS_MESSAGE'], default: '', description: 'a message stored with a saved version' },
    {
        name: 'encryption-key',
        env: ['LOCALSTACK_PODS_ENCRYPTION_KEY'],
        default: '',
        description: 'a passphrase: a save encrypts its state with it, and a load of an encrypted version opens it (keep it in a secret)',
    },
    {
        name: 'encryption-key-file',
        env: ['LOCALSTACK_PODS_ENCRYPTION_KEY_FILE'],
        default: '',
        description: 'a file holding the passphrase, or age identities (AGE-SECRET-KEY-1…, one a line) that open versions encrypted for their recipients',
    },
    {
        name: 'recipients',
        env: ['LOCALSTACK_PODS_RECIPIENTS'],
        default: '',
        description: 'comma-separated age recipients (age1…) a save encrypts for: any of their identities opens the version',
    },
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
/**
 * The encryption a save asks for and the ring a load opens with: recipients when given, else
 * the passphrase (from the option or the key file); identities of a key file open versions.
 */
function encryptionOptions(passphrase, file, recipientList) {
    if (!passphrase && !file && !recipientList)
        return {};
    let ring = { passphrases: passphrase ? [passphrase] : [], identities: [] };
    if (file) {
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch (error) {
            throw new UsageError(`Cannot read --encryption-key-file ${file}: ${error.message}`, { cause: error });
        }
        const fromFile = keyRingOf(text);
        ring = { passphrases: [...ring.passphrases, ...fromFile.passphrases], identities: fromFile.identities };
    }
    const recipients = recipientList ? parseRecipients(list(recipientList)) : [];
    const holders = recipients.length > 0 ? { recipients } : ring.passphrases[0] !== undefined ? { passphrase: ring.passphrases[0] } : undefined;
    return { encryption: { ring, ...(holders ? { holders } : {}) } };
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
 * Parses options from one front (flags, inputs) with the environment and the project's config
 * file under them; the first value found wins: `raw`, then each environment variable of the
 * option, then `file`, then the default.
 */
export function resolveOptions(raw, env = process.env, file = {}) {
    const value = (name) => {
        const given = raw[name];
        if (given !== undefined && given !== '')
            return given;
        for (const variable of OPTION_TABLE.find((o) => o.name === name).env) {
            if (env[variable])
                return env[variable];
        }
        const configured = file[name];
        return configured === '' ? undefined : configured;
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
        ...encryptionOptions(text('encryption-key'), text('encryption-key-file'), text('recipients')),
        // Stores and clients read the timeout from the environment they are given: one way in, whichever front set it.
        env: { ...env, [REQUEST_TIMEOUT_ENV]: String(requestTimeoutMs / 1000) },
    };
}
const OPTION_FLAG = new RegExp(`--(${OPTION_TABLE.map((o) => o.name).join('|')})(?![\\w-])`, 'g');
/**
 * A message with the options it names as the Action's inputs and the test fronts' options name
 * them (`endpoint`), for the fronts whose users never type a flag: the engine's messages name
 * them as the CLI does (`--endpoint`), and both spellings come from the one table.
 */
export function namingOptionsByName(message) {
    return message.replace(OPTION_FLAG, (_, name) => `\`${name}\``);
}
