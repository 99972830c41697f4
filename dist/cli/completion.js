import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tab from '@bomb.sh/tab/commander';
import { localStorePath, remotesFile } from '../engine/home.js';
import { STRATEGY_NAMES } from '../engine/state/strategy.js';
import { SERVICE_NAMES } from '../engine/state/portable/registry.js';
import { podNames } from '../engine/store/oci-index.js';
import { projectConfig } from './options.js';
/** A JSON file's content, or undefined when it is missing or unreadable: a completion never fails. */
function readJson(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The remote names a user can type: `local`, the config file's and remotes.json's. Read
 * synchronously, as completion handlers are, and without the engine: each TAB press starts the CLI.
 */
function remoteNames(complete) {
    complete('local', 'the local store');
    const config = (() => {
        try {
            return projectConfig();
        }
        catch {
            return undefined;
        }
    })();
    for (const name of config?.remotes.keys() ?? [])
        complete(name, `remote of ${config.path}`);
    const kept = readJson(remotesFile())?.remotes ?? {};
    for (const name of Object.keys(kept))
        complete(name, 'remote of remotes.json');
}
/** The pods of the local store, from its index. */
function localPods(complete) {
    const index = readJson(join(localStorePath(), 'index.json'));
    for (const name of index ? podNames(index) : [])
        complete(name, 'pod in the local store');
}
const ARGUMENTS = { remote: remoteNames, name: localPods, ref: localPods };
const OPTIONS = {
    remote: remoteNames,
    strategy: (complete) => Object.keys(STRATEGY_NAMES).forEach((s) => complete(s, 'load strategy')),
    services: (complete) => SERVICE_NAMES.forEach((s) => complete(s, 'service')),
};
/**
 * Adds `completion <bash|zsh|fish|powershell>`, which prints the shell's completion script, and
 * the hidden command the script calls on TAB. Commands, options and choices come from the
 * program itself; remote names, local pods, strategies and services are completed as values.
 */
export function addCompletion(program) {
    const completion = tab(program, { completionCommandName: 'completion' });
    program.commands
        .find((c) => c.name() === 'completion')
        ?.summary('print the shell completion script: bash, zsh, fish or powershell')
        .description("Prints the completion script of SHELL; load it from your shell's start-up file, e.g.\n" +
        "  bash: echo 'source <(localstack-pods completion bash)' >> ~/.bashrc\n" +
        "  zsh:  echo 'source <(localstack-pods completion zsh)' >> ~/.zshrc\n" +
        '  fish: localstack-pods completion fish > ~/.config/fish/completions/localstack-pods.fish\n' +
        "It completes commands, options, strategies, services, remote names and the local store's pods.");
    for (const [path, command] of completion.commands) {
        // The shells show one line per choice: a command's summary, an option's meaning without its
        // environment variable and default.
        const commander = path.split(' ').reduce((at, name) => at?.commands.find((c) => c.name() === name), program);
        command.description = commander?.summary() || command.description.split('\n')[0];
        for (const [name, argument] of command.arguments)
            argument.handler = ARGUMENTS[name] ?? argument.handler;
        for (const [name, option] of command.options) {
            option.description = option.description.replace(/ \(env .*\)$/, '');
            option.handler = OPTIONS[name] ?? option.handler;
        }
    }
}
