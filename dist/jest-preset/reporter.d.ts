interface AggregatedResult {
    readonly numFailedTests: number;
    readonly numFailedTestSuites: number;
    readonly numRuntimeErrorTestSuites: number;
}
/**
 * A Jest reporter that only records whether the run failed, for `save-if: failure`: Jest tells
 * reporters the results before it runs the global teardown, and tells the teardown nothing.
 */
export default class LocalstackPodsReporter {
    onRunComplete(_contexts: unknown, results: AggregatedResult): void;
}
export {};
