import { oneLine, safeText } from '../engine/util/safe-text.js';
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
export function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** What a save or load could not keep exactly: one line each on stderr, after the result. */
export function printWarnings(io, warnings) {
    for (const w of warnings)
        io.err.write(`Warning: ${w.service} ${oneLine(w.resource)}: ${oneLine(w.message)}\n`);
}
const PHASE_LABEL = {
    connect: 'Connected to',
    capture: 'Capturing',
    store: 'Storing',
    verify: 'Verified',
    clear: 'Clearing',
    restore: 'Restoring',
};
/**
 * Progress on stderr: one line rewritten in place on a TTY (at most ten times a second), plain
 * lines otherwise, one when each phase starts, so CI logs stay short.
 */
export function progressDisplay(io) {
    const terminal = io.terminal ?? io.err;
    const tty = Boolean(terminal.isTTY);
    let lastPhase;
    let lastDraw = 0;
    let drawn = false;
    return {
        listener(event) {
            if (!tty) {
                if (event.phase !== lastPhase)
                    io.err.write(`${PHASE_LABEL[event.phase]} ${oneLine(event.subject)}\n`);
                lastPhase = event.phase;
                return;
            }
            const now = Date.now();
            if (now - lastDraw < 100 && event.phase === lastPhase)
                return;
            lastPhase = event.phase;
            lastDraw = now;
            const columns = terminal.columns ?? 80;
            const text = `${PHASE_LABEL[event.phase]} (${event.done}) ${oneLine(event.subject)}`.slice(0, columns - 1);
            terminal.write(`\r\x1b[2K${text}`);
            drawn = true;
        },
        done() {
            if (drawn)
                terminal.write('\r\x1b[2K');
        },
    };
}
