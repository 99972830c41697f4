"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PREPARE_TIMEOUT_MS = exports.WORKER_ENV = void 0;
exports.workerAccount = workerAccount;
exports.enterWorkerAccount = enterWorkerAccount;
exports.prepareTestFile = prepareTestFile;
// Runs inside test workers, Jest's and Vitest's alike. It is CommonJS with no dependencies because
// Jest loads setup files through its own CommonJS module system, which cannot import ES modules
// (the engine) without an experimental flag; the engine's work stays in the runner's process,
// and this side only asks for it over loopback HTTP.
const node_http_1 = require("node:http");
/** Environment variables a run's global setup passes to its test workers. */
exports.WORKER_ENV = {
    /** URL of the run's coordinator, when test files must ask it to prepare the instance. */
    coordinator: 'LOCALSTACK_PODS_COORDINATOR',
    /** The `isolate` option, resolved, so workers see it however it was given. */
    isolate: 'LOCALSTACK_PODS_ISOLATE',
};
/** Workers wait this long for a restore, which queues behind other workers' restores. */
exports.PREPARE_TIMEOUT_MS = 10 * 60_000;
/**
 * The account of test worker `workerId` under `isolate: 'account-per-worker'`. LocalStack takes
 * a 12-digit access key id as the account, so the id itself is the key; the ids stay clear of
 * LocalStack's `000000000000` and moto's `123456789012`.
 */
function workerAccount(workerId) {
    return String(100_000_000_000 + Number(workerId ?? '1'));
}
/**
 * Moves this worker into its own account when the run isolates workers: SDK clients created
 * afterwards take the account from `AWS_ACCESS_KEY_ID`. Synchronous, so it can run before the
 * test file's own top-level code.
 */
function enterWorkerAccount(workerId) {
    if (process.env[exports.WORKER_ENV.isolate] === 'account-per-worker')
        process.env.AWS_ACCESS_KEY_ID = workerAccount(workerId);
}
/**
 * Before a test file: asks the run's coordinator to bring this worker's account to the pods'
 * state (a restore, or the worker's first load), and fails the file with its message if it
 * cannot. Does nothing when the run needs no per-file work.
 */
function prepareTestFile(workerId) {
    const coordinator = process.env[exports.WORKER_ENV.coordinator];
    if (!coordinator)
        return Promise.resolve();
    const url = `${coordinator}/test-file?worker=${encodeURIComponent(workerId ?? '1')}`;
    return new Promise((resolve, reject) => {
        const req = (0, node_http_1.request)(url, { method: 'POST', timeout: exports.PREPARE_TIMEOUT_MS }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(body || `localstack-pods: HTTP ${response.statusCode}`))));
        });
        req.on('timeout', () => req.destroy(new Error(`localstack-pods: no answer from the run's coordinator at ${coordinator}`)));
        req.on('error', reject);
        req.end();
    });
}
