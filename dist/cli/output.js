import { PHASE_LABEL } from '../engine/progress.js';
import { formatBytes } from '../engine/util/bytes.js';
import { oneLine, safeText } from '../engine/util/safe-text.js';
export { formatBytes };
/** A stream whose writes show no control character a terminal or CI runner would act on. */
function safeOutput(stream) {
    return {
        write: (chunk) => stream.write(safeText(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())),
        isTTY: stream.isTTY,
        get columns() {
            return stream.columns;
        },
    };
}
export const processIo = {
    out: safeOutput(process.stdout),
    err: safeOutput(process.stderr),
    terminal: process.stderr,
    input: process.stdin,
};
export function printJson(io, value) {
    io.out.write(`${JSON.stringify(value, null, 2)}\n`);
}
/** Aligned columns for people; one header row, then rows. */
export function formatTable(header, cellsOfRows) {
    const rows = cellsOfRows.map((cells) => cells.map(oneLine));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n') + '\n';
}
/** What a save or load could not keep exactly: one line each on stderr, after the result. */
export function printWarnings(io, warnings) {
    for (const w of warnings)
        io.err.write(`Warning: ${w.service} ${oneLine(w.resource)}: ${oneLine(w.message)}\n`);
}
/** How often a plain progress log says how far a long phase has got. */
const PLAIN_INTERVAL_MS = 5000;
/**
 * Progress on stderr: one line rewritten in place on a TTY (at most ten times a second). Plain
 * lines otherwise (CI logs): one when each phase starts, how far it has got every few seconds,
 * and how many items it did when it ends.
 */
export function progressDisplay(io) {
    const terminal = io.terminal ?? io.err;
    const tty = Boolean(terminal.isTTY);
    let last;
    let lastDraw = 0;
    let drawn = false;
    const endPlainPhase = () => {
        if (last && last.done > 1)
            io.err.write(`${PHASE_LABEL[last.phase]}: ${last.done} done\n`);
    };
    return {
        listener(event) {
            const now = Date.now();
            const samePhase = event.phase === last?.phase;
            if (!tty) {
                if (!samePhase) {
                    endPlainPhase();
                    io.err.write(`${PHASE_LABEL[event.phase]} ${oneLine(event.subject)}\n`);
                    lastDraw = now;
                }
                else if (now - lastDraw >= PLAIN_INTERVAL_MS) {
                    io.err.write(`${PHASE_LABEL[event.phase]} (${event.done}) ${oneLine(event.subject)}\n`);
                    lastDraw = now;
                }
                last = event;
                return;
            }
            last = event;
            if (now - lastDraw < 100 && samePhase)
                return;
            lastDraw = now;
            const columns = terminal.columns ?? 80;
            const text = `${PHASE_LABEL[event.phase]} (${event.done}) ${oneLine(event.subject)}`.slice(0, columns - 1);
            terminal.write(`\r\x1b[2K${text}`);
            drawn = true;
        },
        done() {
            if (drawn)
                terminal.write('\r\x1b[2K');
            if (!tty)
                endPlainPhase();
            last = undefined;
        },
    };
}
