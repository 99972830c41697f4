import { type Command } from 'commander';
import { type ConfigFile } from '../engine/config-file.js';
import { type OptionName, type PodsOptions, type RawOptions } from '../engine/options.js';
/**
 * Adds the shared options a command takes, with help text and defaults from the one option
 * table; every command talks to a server, so every one takes `--request-timeout`, and a command
 * with a `[remote]` argument takes `--remote` too, as the other fronts name it.
 */
export declare function addOptions(command: Command, names: readonly Exclude<OptionName, 'encryption-key'>[]): Command;
/** A command's option values (and the positional remote, when given) as the option table names them. */
export declare function rawOptionsOf(values: Record<string, unknown>, remote?: string): RawOptions;
/** Parses a command's option values (and the positional remote, when given) once, into the engine's options. */
export declare function podsOptions(values: Record<string, unknown>, remote?: string): PodsOptions;
/** The project's config file (see `findConfig`), read once per run. */
export declare function projectConfig(): ConfigFile | undefined;
