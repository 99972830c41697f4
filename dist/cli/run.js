import { CommanderError } from 'commander';
import { PodsError } from '../engine/index.js';
import { buildProgram } from './program.js';
/** Exit codes: 0 ok, 1 failure, 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 };
/** Runs the CLI; the one place that turns errors into messages and exit codes. */
export async function runCli(argv, io) {
    try {
        await buildProgram(io).parseAsync([...argv], { from: 'user' });
        return EXIT.ok;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // Commander printed its message already; help and version are not failures.
            return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
        }
        if (error instanceof PodsError) {
            io.err.write(`Error: ${error.message}\n`);
            return error.code === 'USAGE' ? EXIT.usage : EXIT.failure;
        }
        if (error.$metadata) {
            // An AWS service refused a call: its name and message say what, the stack does not.
            io.err.write(`Error: ${error.name}: ${error.message}\n`);
            return EXIT.failure;
        }
        io.err.write(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return EXIT.failure;
    }
}
