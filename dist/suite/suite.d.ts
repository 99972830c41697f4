import { type Target } from '../engine/index.js';
import { type LocalstackPodsOptions, type RunnerShape } from './options.js';
/** A pod a run loaded before its first test. */
export interface LoadedPod {
    readonly name: string;
    readonly version: number;
    readonly digest: string;
    readonly services: readonly string[];
    /** How long the load took, in milliseconds. */
    readonly ms: number;
}
/** What tests learn about the run: the Vitest plugin provides it as `inject('localstackPods')`. */
export interface SuiteInfo {
    /** The endpoint tests use: with `restore: 'each-file'`, the run's proxy in front of the instance. */
    readonly endpoint: string;
    readonly brand: Target['brand'];
    readonly loaded: readonly LoadedPod[];
}
/** A run's instance, prepared before the first test; `finish` after the last. */
export interface Suite {
    readonly info: SuiteInfo;
    /** Variables the test workers need: the endpoint, default credentials and region, the coordinator. */
    readonly env: Readonly<Record<string, string>>;
    /** Saves the state when asked to (`save`, `save-if`), then stops what the run started. */
    finish(failed: boolean): Promise<void>;
}
/** One line of the run's output, on stderr so it never mixes with a reporter's stdout. */
export type Log = (line: string) => void;
/**
 * Prepares a test run, the work both test fronts share: starts moto when asked, waits for the
 * instance, loads the pods in order, and works out the variables the test workers need. Fails
 * before any test runs when a pod is missing, the instance does not answer or a load fails.
 */
export declare function startSuite(given: LocalstackPodsOptions | undefined, env?: NodeJS.ProcessEnv, log?: Log, runner?: RunnerShape): Promise<Suite>;
/**
 * The error a runner shows when the setup fails: for the engine's own errors, one line with no
 * stack and no cause (the message says what to do), since runners print an error's `stack` and
 * its causes' as they are.
 */
export declare function reportable(error: unknown): unknown;
