import { Command } from 'commander';
import { pods } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { printJson } from '../output.js';
export function exportCommand(io) {
    return addOptions(new Command('export')
        .summary('write a pod version to a single file')
        .argument('<ref>', 'NAME[:VERSION]')
        .argument('<file>', 'file path or file:// URL; the file name is the pod name, .zip allowed')
        .option('--json', 'print the result as JSON'), ['remote']).action(async (ref, file, values) => {
        const { exportPod } = await pods();
        const result = await exportPod(ref, file, podsOptions(values));
        if (values.json)
            return printJson(io, result);
        io.out.write(`Cloud Pod \`${result.name}:${result.version}\` exported to ${result.file}${result.replaced ? ', replacing the file that was there' : ''}\n`);
    });
}
export function importCommand(io) {
    return addOptions(new Command('import')
        .summary('add a single-file pod to a remote as its next version')
        .argument('<file>', 'file path or file:// URL')
        .argument('[name]', 'pod name (default: the name inside the file)')
        .option('--json', 'print the result as JSON'), ['remote']).action(async (file, name, values) => {
        const { importPod } = await pods();
        const result = await importPod(file, name, podsOptions(values));
        if (values.json)
            return printJson(io, result);
        io.out.write(`Cloud Pod \`${result.name}\` imported as version ${result.version} into ${result.remote}\n`);
    });
}
