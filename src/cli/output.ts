import type { ProgressEvent, ProgressListener } from '../engine/index.js';
import { PHASE_LABEL } from '../engine/progress.js';
import { formatBytes } from '../engine/util/bytes.js';
import { oneLine, safeText } from '../engine/util/safe-text.js';

type Output = Pick<NodeJS.WritableStream, 'write'> & { isTTY?: boolean; columns?: number };

export { formatBytes };

/** Where a command writes: stdout for results, stderr for progress and errors. */
export interface Io {
  readonly out: Output;
  readonly err: Output;
  /** stderr as it is, for the progress line's own control sequences (`err` escapes them). */
  readonly terminal?: Output;
  /** stdin, where a command reads the answer to a question it asks on a terminal. */
  readonly input?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** A stream whose writes show no control character a terminal or CI runner would act on. */
function safeOutput(stream: NodeJS.WriteStream): Output {
  return {
    write: (chunk: string | Uint8Array) => stream.write(safeText(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())),
    isTTY: stream.isTTY,
    get columns() {
      return stream.columns;
    },
  };
}

export const processIo: Io = {
  out: safeOutput(process.stdout),
  err: safeOutput(process.stderr),
  terminal: process.stderr,
  input: process.stdin,
};

export function printJson(io: Io, value: unknown): void {
  io.out.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Aligned columns for people; one header row, then rows. */
export function formatTable(header: readonly string[], cellsOfRows: readonly (readonly string[])[]): string {
  const rows = cellsOfRows.map((cells) => cells.map(oneLine));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** What a save or load could not keep exactly: one line each on stderr, after the result. */
export function printWarnings(io: Io, warnings: readonly { service: string; resource: string; message: string }[]): void {
  for (const w of warnings) io.err.write(`Warning: ${w.service} ${oneLine(w.resource)}: ${oneLine(w.message)}\n`);
}

/** How often a plain progress log says how far a long phase has got. */
const PLAIN_INTERVAL_MS = 5000;

/**
 * Progress on stderr: one line rewritten in place on a TTY (at most ten times a second). Plain
 * lines otherwise (CI logs): one when each phase starts, how far it has got every few seconds,
 * and how many items it did when it ends.
 */
export function progressDisplay(io: Io): { listener: ProgressListener; done(): void } {
  const terminal = io.terminal ?? io.err;
  const tty = Boolean(terminal.isTTY);
  let last: ProgressEvent | undefined;
  let lastDraw = 0;
  let drawn = false;
  const endPlainPhase = () => {
    if (last && last.done > 1) io.err.write(`${PHASE_LABEL[last.phase]}: ${last.done} done\n`);
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
        } else if (now - lastDraw >= PLAIN_INTERVAL_MS) {
          io.err.write(`${PHASE_LABEL[event.phase]} (${event.done}) ${oneLine(event.subject)}\n`);
          lastDraw = now;
        }
        last = event;
        return;
      }
      last = event;
      if (now - lastDraw < 100 && samePhase) return;
      lastDraw = now;
      const columns = terminal.columns ?? 80;
      const text = `${PHASE_LABEL[event.phase]} (${event.done}) ${oneLine(event.subject)}`.slice(0, columns - 1);
      terminal.write(`\r\x1b[2K${text}`);
      drawn = true;
    },
    done() {
      if (drawn) terminal.write('\r\x1b[2K');
      if (!tty) endPlainPhase();
      last = undefined;
    },
  };
}
