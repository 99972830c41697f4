import type { LocalstackPodsOptions } from '../suite/options.js';
import { reportable, startSuite } from '../suite/suite.js';
import { jestRun } from './run.js';

/**
 * Jest's global setup for localstack-pods (the preset's `globalSetup`, or yours next to another
 * preset): waits for the instance and loads the pods before any test. Options come from
 * `globals.localstackPods` in the Jest config, then the environment. Jest starts its workers
 * after this, from this process's environment, so the variables set here reach every test.
 */
export default async function globalSetup(
  globalConfig: { maxWorkers?: number },
  projectConfig: { globals?: Record<string, unknown> },
): Promise<void> {
  const options = projectConfig.globals?.localstackPods as LocalstackPodsOptions | undefined;
  const runner = { parallelFiles: (globalConfig.maxWorkers ?? 1) > 1, oneAtATime: '`maxWorkers: 1` in the Jest config (or run with --runInBand)' };
  const suite = await startSuite(options, process.env, undefined, runner).catch((error: unknown) => {
    throw reportable(error);
  });
  Object.assign(process.env, suite.env);
  jestRun().suite = suite;
}
