import { Command } from 'commander';
import { UsageError } from '../../engine/errors.js';
import { addOptions, podsOptions, projectConfig, rawOptionsOf } from '../options.js';
import type { Io } from '../output.js';

function port(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`Invalid --port "${text}": expected a port number from 1 to 65535.`);
  return n;
}

/** Resolves when the process is asked to stop (Ctrl-C, or a service manager's SIGTERM). */
function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export function uiCommand(io: Io): Command {
  const command = new Command('ui')
    .summary('serve a web page to browse, compare, load and save pods')
    .description(
      'Serves a page on 127.0.0.1 to browse the pods of every remote, compare versions, load one into the instance\n' +
        '(with a preview first), save the instance, delete versions, and see which pod fed each service.\n' +
        "Prints the page's address on one line: it holds a random token, which every request needs. Ctrl-C stops it.",
    )
    .option('--port <port>', 'port to listen on (default: a free one)')
    .option('--no-open', 'do not open the page in a browser');
  addOptions(command, ['endpoint', 'remote', 'wait-timeout', 'allow-real-aws', 'encryption-key-file', 'recipients']);
  return command.action(async (values: Record<string, unknown>) => {
    // Options are checked now, so a typo fails the command rather than every request.
    podsOptions(values);
    const { startUiServer } = await import('../../ui/server.js');
    const server = await startUiServer(
      { raw: rawOptionsOf(values), env: process.env, config: projectConfig() },
      { port: port(values.port as string | undefined) },
    );
    io.out.write(`${server.url}\n`);
    if (values.open) {
      const { default: open } = await import('open');
      await open(server.url).catch(() => io.err.write('Could not open a browser: open the address above.\n'));
    }
    await stopRequested();
    await server.close();
  });
}
