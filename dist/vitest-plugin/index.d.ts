import type { Vite } from 'vitest/node';
import type { LocalstackPodsOptions } from '../suite/options.js';
import type { SuiteInfo } from '../suite/suite.js';
export type { LocalstackPodsOptions } from '../suite/options.js';
export type { LoadedPod, SuiteInfo } from '../suite/suite.js';
declare module 'vitest' {
    interface ProvidedContext {
        /** The instance the run loaded its pods into, and the pods: `inject('localstackPods')`. */
        localstackPods: SuiteInfo;
    }
}
/** The plugin's name; the global setup finds the plugin's options under it. */
export declare const PLUGIN_NAME = "localstack-pods";
/** What the plugin exposes to its global setup, which Vitest loads as a module of its own. */
export interface LocalstackPodsApi {
    readonly options: LocalstackPodsOptions;
}
/**
 * A Vitest plugin that gives a test suite the state of its pods before the first test:
 * `plugins: [localstackPods({ pods: ['my-pod'] })]`. Its global setup waits for the instance,
 * loads the pods in order and points AWS SDK clients created in tests at the instance; its setup
 * file restores the pods before each test file (`restore: 'each-file'`) and moves each worker into
 * an account of its own (`isolate: 'account-per-worker'`). Options left out come from the
 * environment (`LOCALSTACK_PODS`, `LOCALSTACK_ENDPOINT`…), as with the CLI.
 */
export declare function localstackPods(options?: LocalstackPodsOptions): Vite.Plugin<LocalstackPodsApi>;
