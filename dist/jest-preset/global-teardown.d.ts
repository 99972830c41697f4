/**
 * Jest's global teardown for localstack-pods: saves the state when `save` asks for it (a failed
 * run is known from the preset's reporter), then stops what the setup started.
 */
export default function globalTeardown(): Promise<void>;
