import { jestRun } from './run.js';
/**
 * A Jest reporter that only records whether the run failed, for `save-if: failure`: Jest tells
 * reporters the results before it runs the global teardown, and tells the teardown nothing.
 */
export default class LocalstackPodsReporter {
    onRunComplete(_contexts, results) {
        jestRun().failed = results.numFailedTests + results.numFailedTestSuites + results.numRuntimeErrorTestSuites > 0;
    }
}
