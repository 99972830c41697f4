import { Option, type Command } from 'commander';
import { OPTION_TABLE, resolveOptions, type OptionName, type PodsOptions, type RawOptions } from '../engine/index.js';

const FLAGS: Record<OptionName, string> = {
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
export function addOptions(command: Command, names: readonly OptionName[]): Command {
  for (const name of [...names, 'request-timeout'] as const) {
    const spec = OPTION_TABLE.find((o) => o.name === name)!;
    const env = spec.env.join(' or ');
    const option = new Option(FLAGS[name], `${spec.description} (env ${env}; default: ${spec.default || 'none'})`);
    command.addOption(option);
  }
  return command;
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Parses a command's option values (and the positional remote, when given) once, into the engine's options. */
export function podsOptions(values: Record<string, unknown>, remote?: string): PodsOptions {
  const raw: RawOptions = {};
  for (const spec of OPTION_TABLE) {
    const value = values[camel(spec.name)];
    if (typeof value === 'string' || typeof value === 'boolean') raw[spec.name] = value;
  }
  if (remote !== undefined) raw.remote = remote;
  return resolveOptions(raw, process.env);
}
