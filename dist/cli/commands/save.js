import { Command } from 'commander';
import { engine } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { formatBytes, printJson, printWarnings, progressDisplay } from '../output.js';
export function saveCommand(io) {
    const command = new Command('save')
        .summary('save the state of the instance as the next version of a pod')
        .description('Captures the state of the running instance and stores it as the next version of NAME in REMOTE\n' +
        '(default: the local store). NAME may be file:///path/name to write a single-file pod instead.')
        .argument('<name>', 'pod name ([a-z0-9][a-z0-9._-]{0,127}) or file:///path/to/pod')
        .argument('[remote]', 'remote name or URL (default: local)')
        .option('--json', 'print the result as JSON');
    addOptions(command, ['message', 'services', 'regions', 'accounts', 'endpoint', 'wait-timeout', 'recipients', 'encryption-key-file']);
    return command.action(async (name, remote, values) => {
        const progress = progressDisplay(io);
        const { save } = await engine();
        const result = await save({ pod: name, options: podsOptions(values, remote), onProgress: progress.listener }).finally(progress.done);
        if (values.json)
            return printJson(io, result);
        const resources = Object.values(result.resources).reduce((a, b) => a + b, 0);
        io.out.write(`Cloud Pod \`${result.name}\` successfully created\n` +
            `Version: ${result.version}\n` +
            `Remote: ${result.remote}\n` +
            `Services: ${result.services.join(', ') || '(no state)'}\n` +
            `Resources: ${resources} in ${result.regions.join(', ') || 'no region'}\n` +
            `Digest: ${result.digest} (${formatBytes(result.newBytes)} new)\n` +
            (result.encryptedFor ? `Encrypted for: ${result.encryptedFor === 'passphrase' ? 'a passphrase' : result.encryptedFor.join(', ')}\n` : '') +
            (result.replaced ? `Replaced the file that was at ${result.remote}\n` : ''));
        printWarnings(io, result.warnings);
    });
}
