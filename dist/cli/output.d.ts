import type { ProgressListener } from '../engine/index.js';
import { formatBytes } from '../engine/util/bytes.js';
type Output = Pick<NodeJS.WritableStream, 'write'> & {
    isTTY?: boolean;
    columns?: number;
};
export { formatBytes };
/** Where a command writes: stdout for results, stderr for progress and errors. */
export interface Io {
    readonly out: Output;
    readonly err: Output;
    /** stderr as it is, for the progress line's own control sequences (`err` escapes them). */
    readonly terminal?: Output;
    /** stdin, where a command reads the answer to a question it asks on a terminal. */
    readonly input?: NodeJS.ReadableStream & {
        isTTY?: boolean;
    };
}
export declare const processIo: Io;
export declare function printJson(io: Io, value: unknown): void;
/** Aligned columns for people; one header row, then rows. */
export declare function formatTable(header: readonly string[], cellsOfRows: readonly (readonly string[])[]): string;
/** What a save or load could not keep exactly: one line each on stderr, after the result. */
export declare function printWarnings(io: Io, warnings: readonly {
    service: string;
    resource: string;
    message: string;
}[]): void;
/**
 * Progress on stderr: one line rewritten in place on a TTY (at most ten times a second). Plain
 * lines otherwise (CI logs): one when each phase starts, how far it has got every few seconds,
 * and how many items it did when it ends.
 */
export declare function progressDisplay(io: Io): {
    listener: ProgressListener;
    done(): void;
};
