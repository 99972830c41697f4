// vitest/config adds `configureVitest` to Vite's plugin type; the empty type import lets the
// `declare module 'vitest'` below augment Vitest's types rather than declare a module of its own.
/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
/** The plugin's name; the global setup finds the plugin's options under it. */
export const PLUGIN_NAME = 'localstack-pods';
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
/**
 * A Vitest plugin that gives a test suite the state of its pods before the first test:
 * `plugins: [localstackPods({ pods: ['my-pod'] })]`. Its global setup waits for the instance,
 * loads the pods in order and points AWS SDK clients created in tests at the instance; its setup
 * file restores the pods before each test file (`restore: 'each-file'`) and moves each worker into
 * an account of its own (`isolate: 'account-per-worker'`). Options left out come from the
 * environment (`LOCALSTACK_PODS`, `LOCALSTACK_ENDPOINT`…), as with the CLI.
 */
export function localstackPods(options = {}) {
    return {
        name: PLUGIN_NAME,
        api: { options },
        configureVitest({ project }) {
            // The config is resolved by now, so the files are added as absolute paths.
            project.config.globalSetup = [...project.config.globalSetup, here('./global-setup.js')];
            project.config.setupFiles = [here('./setup-file.js'), ...project.config.setupFiles];
        },
    };
}
