import { Command } from 'commander';
import { ENGINE_VERSION } from '../engine/version.js';
import { autoloadCommand } from './commands/autoload.js';
import { checkCommand } from './commands/check.js';
import { copyCommand } from './commands/copy.js';
import { deleteCommand } from './commands/delete.js';
import { inspectCommand } from './commands/inspect.js';
import { listCommand } from './commands/list.js';
import { loadCommand } from './commands/load.js';
import { remoteCommand } from './commands/remote.js';
import { saveCommand } from './commands/save.js';
import { stateCommand } from './commands/state.js';
import { statusCommand } from './commands/status.js';
import { exportCommand, importCommand } from './commands/transfer.js';
import { uiCommand } from './commands/ui.js';
import { versionsCommand } from './commands/versions.js';
import { addCompletion } from './completion.js';
import type { Io } from './output.js';

/** Every command, in the order `--help` lists them. */
const COMMANDS = [
  saveCommand,
  loadCommand,
  autoloadCommand,
  listCommand,
  versionsCommand,
  inspectCommand,
  deleteCommand,
  checkCommand,
  stateCommand,
  statusCommand,
  remoteCommand,
  copyCommand,
  exportCommand,
  importCommand,
  uiCommand,
];

/** The CLI's commands; `silentErrors` keeps Commander from printing its own usage errors (the caller reports them). */
export function buildProgram(io: Io, { silentErrors = false }: { silentErrors?: boolean } = {}): Command {
  const program = new Command('localstack-pods')
    .description(
      'Versioned snapshots (pods) of LocalStack or any AWS-compatible emulator, on storage you own.\n' +
        'Pods live in the local store ($LOCALSTACK_PODS_HOME, default ~/.localstack-pods) unless a remote is named.\n' +
        "Each option is taken from its flag, else its environment variable, else the project's config file\n" +
        '(localstack-pods.config.json, or the "localstack-pods" key of package.json, the nearest up from here;\n' +
        'it may name remotes too: {"remote": "team", "remotes": {"team": "s3://bucket/pods"}}), else its default.\n' +
        'Shell completion: localstack-pods completion bash|zsh|fish.',
    )
    .version(ENGINE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.out.write(text),
      writeErr: (text) => io.err.write(text),
      ...(silentErrors ? { outputError: () => undefined } : {}),
    })
    .exitOverride();
  for (const make of COMMANDS) {
    const command = make(io);
    program.addCommand(command);
    for (const sub of [command, ...command.commands]) {
      sub.exitOverride().showHelpAfterError(silentErrors ? false : '(run with --help for usage)');
      if (silentErrors) sub.configureOutput({ ...program.configureOutput(), outputError: () => undefined });
    }
  }
  addCompletion(program);
  return program;
}
