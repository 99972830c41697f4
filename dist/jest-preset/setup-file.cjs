"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Jest runs this in each test file's sandbox before the file (setupFilesAfterEnv): the worker's
// own account at once, so the file's top-level code already sees it, then the pods' state before
// its first test when the run restores per file. CommonJS, since Jest loads setup files so.
const worker_cjs_1 = require("../suite/worker.cjs");
(0, worker_cjs_1.enterWorkerAccount)(process.env.JEST_WORKER_ID);
beforeAll(() => (0, worker_cjs_1.prepareTestFile)(process.env.JEST_WORKER_ID), worker_cjs_1.PREPARE_TIMEOUT_MS);
