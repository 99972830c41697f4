import type { EncryptionOptions } from './encryption.js';
import { type Strategy } from './state/strategy.js';
/** The options every front shares, parsed and typed. */
export interface PodsOptions {
    /** The instance's URL. */
    readonly endpoint: string;
    /** A remote name or URL; `local` when undefined. */
    readonly remote?: string;
    readonly strategy: Strategy;
    /** How long to wait for the instance to answer, in milliseconds. */
    readonly waitTimeoutMs: number;
    /** How long any request may wait on a silent server (instance or store), in milliseconds. */
    readonly requestTimeoutMs: number;
    readonly allowRealAws: boolean;
    /** Services a save captures; all when undefined. */
    readonly services?: readonly string[];
    /** Accounts a save captures; the caller's when undefined. */
    readonly accounts?: readonly string[];
    /** Regions a save captures; every region that holds state when undefined. */
    readonly regions?: readonly string[];
    readonly message: string;
    /** Encryption of saves, and the keys that open encrypted versions; undefined when no key or recipient is given. */
    readonly encryption?: EncryptionOptions;
    readonly env: NodeJS.ProcessEnv;
}
export type OptionName = 'endpoint' | 'remote' | 'strategy' | 'wait-timeout' | 'request-timeout' | 'allow-real-aws' | 'services' | 'regions' | 'accounts' | 'message' | 'encryption-key' | 'encryption-key-file' | 'recipients';
/**
 * The one option table: a CLI flag `--name`, an environment variable, and (in later fronts) an
 * Action input and a plugin option of the same name. The README's option table mirrors it.
 */
export declare const OPTION_TABLE: readonly {
    readonly name: OptionName;
    readonly env: readonly string[];
    readonly default: string;
    /** The default says what happens when no value is given (`all`), rather than being a value. */
    readonly describesDefault?: true;
    readonly description: string;
}[];
export type RawOptions = Partial<Record<OptionName, string | boolean | undefined>>;
/**
 * Parses options from one front (flags, inputs) with the environment and the project's config
 * file under them; the first value found wins: `raw`, then each environment variable of the
 * option, then `file`, then the default.
 */
export declare function resolveOptions(raw: RawOptions, env?: NodeJS.ProcessEnv, file?: RawOptions): PodsOptions;
/**
 * A message with the options it names as the Action's inputs and the test fronts' options name
 * them (`endpoint`), for the fronts whose users never type a flag: the engine's messages name
 * them as the CLI does (`--endpoint`), and both spellings come from the one table.
 */
export declare function namingOptionsByName(message: string): string;
