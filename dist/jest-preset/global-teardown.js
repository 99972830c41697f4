import { jestRun } from './run.js';
/**
 * Jest's global teardown for localstack-pods: saves the state when `save` asks for it (a failed
 * run is known from the preset's reporter), then stops what the setup started.
 */
export default async function globalTeardown() {
    const run = jestRun();
    await run.suite?.finish(run.failed);
    delete run.suite;
}
