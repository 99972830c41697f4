import { Option } from 'commander';
import { UsageError } from '../engine/errors.js';
import { findConfig, resolveWithConfig } from '../engine/config-file.js';
import { OPTION_TABLE } from '../engine/options.js';
/** The flag of each option; a passphrase has none, since a command line shows in `ps` and shell history. */
const FLAGS = {
    endpoint: '--endpoint <url>',
    remote: '--remote <remote>',
    strategy: '--strategy <strategy>',
    'wait-timeout': '--wait-timeout <seconds>',
    'request-timeout': '--request-timeout <seconds>',
    'allow-real-aws': '--allow-real-aws',
    services: '-s, --services <list>',
    regions: '--regions <list>',
    accounts: '--accounts <list>',
    message: '-m, --message <text>',
    'encryption-key-file': '--encryption-key-file <file>',
    recipients: '--recipient <age1…>',
};
/**
 * Adds the shared options a command takes, with help text and defaults from the one option
 * table; every command talks to a server, so every one takes `--request-timeout`, and a command
 * with a `[remote]` argument takes `--remote` too, as the other fronts name it.
 */
export function addOptions(command, names) {
    const positionalRemote = command.registeredArguments.some((a) => a.name() === 'remote');
    const all = new Set([...names, ...(positionalRemote ? ['remote'] : []), 'request-timeout']);
    for (const name of all) {
        const spec = OPTION_TABLE.find((o) => o.name === name);
        const env = spec.env.join(' or ');
        const option = new Option(FLAGS[name], `${spec.description} (env ${env}; default: ${spec.default || 'none'})`);
        // A recipient at a time, as age takes them: `--recipient A --recipient B`.
        if (name === 'recipients')
            option.argParser((value, previous) => (previous ? `${previous},${value}` : value));
        command.addOption(option);
    }
    return command;
}
/** A command's option values (and the positional remote, when given) as the option table names them. */
export function rawOptionsOf(values, remote) {
    const raw = {};
    for (const spec of OPTION_TABLE) {
        if (spec.name === 'encryption-key')
            continue;
        const value = values[new Option(FLAGS[spec.name]).attributeName()];
        if (typeof value === 'string' || typeof value === 'boolean')
            raw[spec.name] = value;
    }
    if (remote !== undefined) {
        if (raw.remote !== undefined && raw.remote !== remote) {
            throw new UsageError(`Two remotes given, ${remote} and --remote ${raw.remote}: name the remote once, as an argument or with --remote.`);
        }
        raw.remote = remote;
    }
    return raw;
}
/** Parses a command's option values (and the positional remote, when given) once, into the engine's options. */
export function podsOptions(values, remote) {
    return resolveWithConfig(rawOptionsOf(values, remote), process.env, projectConfig());
}
let config;
/** The project's config file (see `findConfig`), read once per run. */
export function projectConfig() {
    config ??= { file: findConfig() };
    return config.file;
}
