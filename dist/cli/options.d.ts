import { type Command } from 'commander';
import { type OptionName, type PodsOptions } from '../engine/index.js';
/**
 * Adds the shared options a command takes, with help text and defaults from the one option
 * table; every command talks to a server, so every one takes `--request-timeout`.
 */
export declare function addOptions(command: Command, names: readonly OptionName[]): Command;
/** Parses a command's option values (and the positional remote, when given) once, into the engine's options. */
export declare function podsOptions(values: Record<string, unknown>, remote?: string): PodsOptions;
