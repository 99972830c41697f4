import { Command } from 'commander';
import { ENGINE_VERSION } from '../engine/index.js';
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
import { versionsCommand } from './commands/versions.js';
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
];
export function buildProgram(io) {
    const program = new Command('localstack-pods')
        .description('Versioned snapshots (pods) of LocalStack or any AWS-compatible emulator, on storage you own.\n' +
        'Pods live in the local store ($LOCALSTACK_PODS_HOME, default ~/.localstack-pods) unless a remote is named.')
        .version(ENGINE_VERSION)
        .showHelpAfterError('(run with --help for usage)')
        .configureOutput({
        writeOut: (text) => io.out.write(text),
        writeErr: (text) => io.err.write(text),
    })
        .exitOverride();
    for (const make of COMMANDS) {
        const command = make(io);
        program.addCommand(command);
        for (const sub of [command, ...command.commands])
            sub.exitOverride().showHelpAfterError('(run with --help for usage)');
    }
    return program;
}
