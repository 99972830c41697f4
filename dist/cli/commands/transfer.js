import { Command } from 'commander';
import { exportPod, importPod } from '../../engine/index.js';
import { addOptions, podsOptions } from '../options.js';
import { printJson } from '../output.js';
export function exportCommand(io) {
    return addOptions(new Command('export')
        .summary('write a pod version to a single file')
        .argument('<ref>', 'NAME[:VERSION]')
        .argument('<file>', 'file path or file:// URL; the file name is the pod name, .zip allowed')
        .option('--remote <remote>', 'remote name or URL to read from (default: local)')
        .option('--json', 'print the result as JSON'), [])
        .action(async (ref, file, values) => {
        const result = await exportPod(ref, file, podsOptions(values));
        if (values.json)
            return printJson(io, result);
        io.out.write(`Cloud Pod \`${result.name}:${result.version}\` exported to ${result.file}\n`);
    });
}
export function importCommand(io) {
    return addOptions(new Command('import')
        .summary('add a single-file pod to a remote as its next version')
        .argument('<file>', 'file path or file:// URL')
        .argument('[name]', 'pod name (default: the name inside the file)')
        .option('--remote <remote>', 'remote name or URL to write to (default: local)')
        .option('--json', 'print the result as JSON'), [])
        .action(async (file, name, values) => {
        const result = await importPod(file, name, podsOptions(values));
        if (values.json)
            return printJson(io, result);
        io.out.write(`Cloud Pod \`${result.name}\` imported as version ${result.version} into ${result.remote}\n`);
    });
}
