import type { Suite } from '../suite/suite.js';
/**
 * What the Jest global setup, reporter and global teardown share. Jest runs all three in its main
 * process but may load each as a module of its own, so the state lives on `globalThis`.
 */
export interface JestRun {
    suite?: Suite;
    failed: boolean;
}
/** This process's run, created on first use. */
export declare function jestRun(): JestRun;
