import { type OptionName, type RawOptions } from '../engine/index.js';
/** The options only the test fronts (the Jest preset and the Vitest plugin) take. */
export type SuiteOptionName = 'pods' | 'restore' | 'isolate' | 'instance' | 'save' | 'save-if';
/**
 * The test fronts' rows of the option table, in the shape of the engine's `OPTION_TABLE`: one
 * name, its environment variable, its default. The README's option table mirrors both.
 */
export declare const SUITE_OPTION_TABLE: readonly {
    readonly name: SuiteOptionName;
    readonly env: readonly string[];
    readonly default: string;
    readonly description: string;
}[];
declare const CHOICES: {
    readonly restore: readonly ["none", "each-file", "each-file-full"];
    readonly isolate: readonly ["none", "account-per-worker"];
    readonly instance: readonly ["endpoint", "moto"];
    readonly 'save-if': readonly ["failure", "success", "always", "never"];
};
type Choice<N extends keyof typeof CHOICES> = (typeof CHOICES)[N][number];
/** When a front saves the state it leaves behind (`save-if`). */
export type SaveIf = Choice<'save-if'>;
/** Whether a run or job that `failed` (or not) saves under `saveIf`: the one rule every front follows. */
export declare function shouldSave(saveIf: SaveIf, failed: boolean): boolean;
/** Checks `value` against the choices of option `name`; a usage error names them. */
export declare function parseChoice<N extends keyof typeof CHOICES>(name: N, value: string): Choice<N>;
/** The refs of a `pods` value, in order: comma- or newline-separated, blanks ignored. */
export declare function splitRefs(text: string): string[];
/** camelCase of an option name, as a JavaScript options object spells it (`wait-timeout` → `waitTimeout`). */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/**
 * What the Jest preset (`globals.localstackPods`) and the Vitest plugin take: every option of
 * the table under its camelCase name. Values left out come from the environment, then the
 * defaults.
 */
export type LocalstackPodsOptions = {
    /** One ref, or several loaded in order. */
    readonly pods?: string | readonly string[];
    readonly restore?: Choice<'restore'>;
    readonly isolate?: Choice<'isolate'>;
    readonly instance?: Choice<'instance'>;
    readonly save?: string;
    readonly saveIf?: Choice<'save-if'>;
} & {
    readonly [N in OptionName as Camel<N>]?: N extends 'wait-timeout' | 'request-timeout' ? number | string : string | boolean;
};
/** The suite's options, parsed; `engine` goes through the engine's own `resolveOptions`. */
export interface SuiteOptions {
    readonly pods: readonly string[];
    readonly restore: Choice<'restore'>;
    readonly isolate: Choice<'isolate'>;
    readonly instance: Choice<'instance'>;
    readonly save?: string;
    readonly saveIf: Choice<'save-if'>;
    readonly engine: RawOptions;
}
/**
 * Parses a front's options object with the environment under it, the rule every front follows:
 * the option given, then its environment variable, then the default. Unknown option names are
 * usage errors, so a misspelt `restor` does not pass unnoticed.
 */
export declare function resolveSuiteOptions(given?: LocalstackPodsOptions, env?: NodeJS.ProcessEnv): SuiteOptions;
/** How the test runner runs the files, as far as a restore cares. */
export interface RunnerShape {
    /** Test files may run at the same time (Vitest's file parallelism, Jest's workers above 1). */
    readonly parallelFiles: boolean;
    /** The runner's own setting that decides it, to name in a message. */
    readonly oneAtATime: string;
}
/**
 * Refuses a restore before each file when files run at once in one account: the restore before
 * one file would reset the state under another running file, and its tests would fail at random.
 */
export declare function refuseParallelRestores(suite: SuiteOptions, runner: RunnerShape | undefined): void;
export {};
