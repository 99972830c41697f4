// Jest runs this in each test file's sandbox before the file (setupFilesAfterEnv): the worker's
// own account at once, so the file's top-level code already sees it, then the pods' state before
// its first test when the run restores per file. CommonJS, since Jest loads setup files so.
import { enterWorkerAccount, PREPARE_TIMEOUT_MS, prepareTestFile } from '../suite/worker.cjs';

declare const beforeAll: (hook: () => Promise<void>, timeoutMs: number) => void;

enterWorkerAccount(process.env.JEST_WORKER_ID);
beforeAll(() => prepareTestFile(process.env.JEST_WORKER_ID), PREPARE_TIMEOUT_MS);
