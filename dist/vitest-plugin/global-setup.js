import { reportable, startSuite } from '../suite/suite.js';
import { PLUGIN_NAME } from './index.js';
/**
 * Vitest's global setup for the plugin: runs in the main process before any worker starts, so
 * the variables it sets reach every worker (Vitest builds the workers' environment from
 * `process.env` after global setups ran). Returns the teardown, which saves when asked and stops
 * what the run started.
 */
export default async function setup(project) {
    const plugin = project.vite.config.plugins.find((p) => p.name === PLUGIN_NAME);
    const { options } = (plugin?.api ?? { options: {} });
    const suite = await startSuite(options).catch((error) => {
        throw reportable(error);
    });
    Object.assign(process.env, suite.env);
    project.provide('localstackPods', suite.info);
    return async () => {
        // A failed test, or an error outside tests (a file that did not load), fails the run.
        const state = project.vitest.state;
        await suite.finish(state.getCountOfFailedTests() > 0 || state.getUnhandledErrors().length > 0);
    };
}
