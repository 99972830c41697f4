/**
 * Jest's global setup for localstack-pods (the preset's `globalSetup`, or yours next to another
 * preset): waits for the instance and loads the pods before any test. Options come from
 * `globals.localstackPods` in the Jest config, then the environment. Jest starts its workers
 * after this, from this process's environment, so the variables set here reach every test.
 */
export default function globalSetup(globalConfig: {
    maxWorkers?: number;
}, projectConfig: {
    globals?: Record<string, unknown>;
}): Promise<void>;
