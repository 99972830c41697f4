// Vitest runs this before each test file, in the worker: the worker's own account first (so the
// file's top-level code already sees it), then the pods' state when the run restores per file.
import { enterWorkerAccount, prepareTestFile } from '../suite/worker.cjs';
enterWorkerAccount(process.env.VITEST_POOL_ID);
await prepareTestFile(process.env.VITEST_POOL_ID);
