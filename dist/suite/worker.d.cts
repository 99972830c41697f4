/** Environment variables a run's global setup passes to its test workers. */
export declare const WORKER_ENV: {
    /** URL of the run's coordinator, when test files must ask it to prepare the instance. */
    readonly coordinator: "LOCALSTACK_PODS_COORDINATOR";
    /** The `isolate` option, resolved, so workers see it however it was given. */
    readonly isolate: "LOCALSTACK_PODS_ISOLATE";
};
/** Workers wait this long for a restore, which queues behind other workers' restores. */
export declare const PREPARE_TIMEOUT_MS: number;
/**
 * The account of test worker `workerId` under `isolate: 'account-per-worker'`. LocalStack takes
 * a 12-digit access key id as the account, so the id itself is the key; the ids stay clear of
 * LocalStack's `000000000000` and moto's `123456789012`.
 */
export declare function workerAccount(workerId: string | undefined): string;
/**
 * Moves this worker into its own account when the run isolates workers: SDK clients created
 * afterwards take the account from `AWS_ACCESS_KEY_ID`. Synchronous, so it can run before the
 * test file's own top-level code.
 */
export declare function enterWorkerAccount(workerId: string | undefined): void;
/**
 * Before a test file: asks the run's coordinator to bring this worker's account to the pods'
 * state (a restore, or the worker's first load), and fails the file with its message if it
 * cannot. Does nothing when the run needs no per-file work.
 */
export declare function prepareTestFile(workerId: string | undefined): Promise<void>;
