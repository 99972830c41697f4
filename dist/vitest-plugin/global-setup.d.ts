import type { TestProject } from 'vitest/node';
/**
 * Vitest's global setup for the plugin: runs in the main process before any worker starts, so
 * the variables it sets reach every worker (Vitest builds the workers' environment from
 * `process.env` after global setups ran). Returns the teardown, which saves when asked and stops
 * what the run started.
 */
export default function setup(project: TestProject): Promise<() => Promise<void>>;
