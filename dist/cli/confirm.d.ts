import type { Io } from './output.js';
/** Io with someone at a terminal to answer. */
export type AskingIo = Io & {
    readonly input: NonNullable<Io['input']>;
};
/**
 * Whether someone is there to answer a question: stdin and stderr are a terminal. In CI, in a
 * pipe or under a test runner one of them is not, and a question would wait for ever.
 */
export declare function canAsk(io: Io): io is AskingIo;
/**
 * Asks a yes-or-no question on stderr and reads one line of stdin; only `y` or `yes` is yes, so
 * an empty line or the end of input (Ctrl-D) is no. The line is read as the terminal hands it
 * over, echoed by the terminal itself, so Ctrl-C still ends the command.
 */
export declare function confirm(io: AskingIo, question: string): Promise<boolean>;
