// Runs inside test workers, Jest's and Vitest's alike. It is CommonJS with no dependencies because
// Jest loads setup files through its own CommonJS module system, which cannot import ES modules
// (the engine) without an experimental flag; the engine's work stays in the runner's process,
// and this side only asks for it over loopback HTTP.
import { request } from 'node:http';

/** Environment variables a run's global setup passes to its test workers. */
export const WORKER_ENV = {
  /** URL of the run's coordinator, when test files must ask it to prepare the instance. */
  coordinator: 'LOCALSTACK_PODS_COORDINATOR',
  /** The `isolate` option, resolved, so workers see it however it was given. */
  isolate: 'LOCALSTACK_PODS_ISOLATE',
} as const;

/** Workers wait this long for a restore, which queues behind other workers' restores. */
export const PREPARE_TIMEOUT_MS = 10 * 60_000;

/**
 * The account of test worker `workerId` under `isolate: 'account-per-worker'`. LocalStack takes
 * a 12-digit access key id as the account, so the id itself is the key; the ids stay clear of
 * LocalStack's `000000000000` and moto's `123456789012`.
 */
export function workerAccount(workerId: string | undefined): string {
  return String(100_000_000_000 + Number(workerId ?? '1'));
}

/**
 * Moves this worker into its own account when the run isolates workers: SDK clients created
 * afterwards take the account from `AWS_ACCESS_KEY_ID`. Synchronous, so it can run before the
 * test file's own top-level code.
 */
export function enterWorkerAccount(workerId: string | undefined): void {
  if (process.env[WORKER_ENV.isolate] === 'account-per-worker') process.env.AWS_ACCESS_KEY_ID = workerAccount(workerId);
}

/**
 * Before a test file: asks the run's coordinator to bring this worker's account to the pods'
 * state (a restore, or the worker's first load), and fails the file with its message if it
 * cannot. Does nothing when the run needs no per-file work.
 */
export function prepareTestFile(workerId: string | undefined): Promise<void> {
  const coordinator = process.env[WORKER_ENV.coordinator];
  if (!coordinator) return Promise.resolve();
  const url = `${coordinator}/test-file?worker=${encodeURIComponent(workerId ?? '1')}`;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', timeout: PREPARE_TIMEOUT_MS }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(body || `localstack-pods: HTTP ${response.statusCode}`))));
    });
    req.on('timeout', () => req.destroy(new Error(`localstack-pods: no answer from the run's coordinator at ${coordinator}`)));
    req.on('error', reject);
    req.end();
  });
}
