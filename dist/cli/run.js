import { CommanderError } from 'commander';
import { PodsError } from '../engine/errors.js';
import { printJson } from './output.js';
import { buildProgram } from './program.js';
/** Exit codes: 0 ok, 1 failure, 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 };
function failureOf(error) {
    if (error instanceof CommanderError) {
        return { code: 'USAGE', message: error.message.replace(/^error: /, ''), exit: EXIT.usage };
    }
    if (error instanceof PodsError)
        return { code: error.code, message: error.message, exit: error.code === 'USAGE' ? EXIT.usage : EXIT.failure };
    if (error.$metadata) {
        // An AWS service refused a call: its name and message say what, the stack does not.
        return { code: 'AWS', message: `${error.name}: ${error.message}`, exit: EXIT.failure };
    }
    return { code: 'INTERNAL', message: error instanceof Error ? (error.stack ?? error.message) : String(error), exit: EXIT.failure };
}
/**
 * Runs the CLI; the one place that turns errors into messages and exit codes. With `--json`, a
 * failure is one JSON object on stdout, `{"error": {"code", "message"}}`, as results are.
 */
export async function runCli(argv, io) {
    const json = argv.includes('--json');
    // A command that printed its result and then fails (`check` finding problems) keeps stdout to
    // that one JSON object: its failure goes to stderr.
    let printed = false;
    const watched = { ...io, out: { ...io.out, write: (chunk) => ((printed = true), io.out.write(chunk)) } };
    try {
        await buildProgram(watched, { silentErrors: json }).parseAsync([...argv], { from: 'user' });
        return EXIT.ok;
    }
    catch (error) {
        // Help and version end the parse with exit code 0: not failures.
        if (error instanceof CommanderError && error.exitCode === 0)
            return EXIT.ok;
        const failure = failureOf(error);
        if (json && !printed)
            printJson(io, { error: { code: failure.code, message: failure.message } });
        // Commander printed its own message already.
        else if (json || !(error instanceof CommanderError))
            io.err.write(`Error: ${failure.message}\n`);
        return failure.exit;
    }
}
