import { Command } from 'commander';
import { pods } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { formatBytes, printJson } from '../output.js';
export function deleteCommand(io) {
    return addOptions(new Command('delete')
        .summary('delete a pod version, or a whole pod')
        .description('Deletes version N of a pod (NAME:N), or every version (NAME), and frees the blobs nothing references any more.')
        .argument('<ref>', 'NAME or NAME:VERSION')
        .argument('[remote]', 'remote name or URL (default: local)')
        .option('--json', 'print the result as JSON'), []).action(async (ref, remote, values) => {
        const { deletePod } = await pods();
        const result = await deletePod(ref, podsOptions(values, remote));
        if (values.json)
            return printJson(io, result);
        io.out.write(`Cloud Pod \`${result.name}\` version(s) ${result.deleted.join(', ')} deleted from ${result.remote} (${formatBytes(result.freedBytes)} freed)\n`);
    });
}
