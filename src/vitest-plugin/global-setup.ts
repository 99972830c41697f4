import type { TestProject } from 'vitest/node';
import { reportable, startSuite } from '../suite/suite.js';
import { PLUGIN_NAME, type LocalstackPodsApi } from './index.js';

/**
 * Vitest's global setup for the plugin: runs in the main process before any worker starts, so
 * the variables it sets reach every worker (Vitest builds the workers' environment from
 * `process.env` after global setups ran). Returns the teardown, which saves when asked and stops
 * what the run started.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const plugin = project.vite.config.plugins.find((p) => p.name === PLUGIN_NAME);
  const { options } = (plugin?.api ?? { options: {} }) as LocalstackPodsApi;
  // Vitest resolves `fileParallelism: false` into one worker.
  const runner = { parallelFiles: project.config.maxWorkers > 1, oneAtATime: '`fileParallelism: false` (or `maxWorkers: 1`) in the Vitest config' };
  const suite = await startSuite(options, process.env, undefined, runner).catch((error: unknown) => {
    const clear = reportable(error);
    // Vitest reports a failed global setup after "No test files found", which would send a reader
    // after the wrong cause: the reason is said first, here, and Vitest's summary repeats it.
    project.vitest.logger.error(`\n${clear instanceof Error ? clear.message : String(clear)}\n`);
    throw clear;
  });
  Object.assign(process.env, suite.env);
  project.provide('localstackPods', suite.info);
  return async () => {
    // A failed test, or an error outside tests (a file that did not load), fails the run.
    const state = project.vitest.state;
    await suite.finish(state.getCountOfFailedTests() > 0 || state.getUnhandledErrors().length > 0);
  };
}
