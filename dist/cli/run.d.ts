import { type Io } from './output.js';
/** Exit codes: 0 ok, 1 failure, 2 usage error. */
export declare const EXIT: {
    readonly ok: 0;
    readonly failure: 1;
    readonly usage: 2;
};
/**
 * Runs the CLI; the one place that turns errors into messages and exit codes. With `--json`, a
 * failure is one JSON object on stdout, `{"error": {"code", "message"}}`, as results are.
 */
export declare function runCli(argv: readonly string[], io: Io): Promise<number>;
