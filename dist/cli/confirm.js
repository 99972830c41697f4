import { createInterface } from 'node:readline';
/**
 * Whether someone is there to answer a question: stdin and stderr are a terminal. In CI, in a
 * pipe or under a test runner one of them is not, and a question would wait for ever.
 */
export function canAsk(io) {
    return Boolean(io.input?.isTTY && (io.terminal ?? io.err).isTTY);
}
/**
 * Asks a yes-or-no question on stderr and reads one line of stdin; only `y` or `yes` is yes, so
 * an empty line or the end of input (Ctrl-D) is no. The line is read as the terminal hands it
 * over, echoed by the terminal itself, so Ctrl-C still ends the command.
 */
export function confirm(io, question) {
    io.err.write(`${question} [y/N] `);
    const lines = createInterface({ input: io.input, terminal: false });
    return new Promise((resolve) => {
        lines.once('line', (answer) => resolve(/^y(es)?$/i.test(answer.trim())));
        lines.once('close', () => resolve(false));
    }).finally(() => lines.close());
}
