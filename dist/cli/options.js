import { Option } from 'commander';
import { OPTION_TABLE, resolveOptions } from '../engine/index.js';
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
};
/**
 * Adds the shared options a command takes, with help text and defaults from the one option
 * table; every command talks to a server, so every one takes `--request-timeout`.
 */
export function addOptions(command, names) {
    for (const name of [...names, 'request-timeout']) {
        const spec = OPTION_TABLE.find((o) => o.name === name);
        const env = spec.env.join(' or ');
        const option = new Option(FLAGS[name], `${spec.description} (env ${env}; default: ${spec.default || 'none'})`);
        command.addOption(option);
    }
    return command;
}
function camel(name) {
    return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
/** Parses a command's option values (and the positional remote, when given) once, into the engine's options. */
export function podsOptions(values, remote) {
    const raw = {};
    for (const spec of OPTION_TABLE) {
        const value = values[camel(spec.name)];
        if (typeof value === 'string' || typeof value === 'boolean')
            raw[spec.name] = value;
    }
    if (remote !== undefined)
        raw.remote = remote;
    return resolveOptions(raw, process.env);
}
