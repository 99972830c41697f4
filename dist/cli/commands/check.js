import { Command } from 'commander';
import { StoreError } from '../../engine/errors.js';
import { checker } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { formatBytes, formatTable, printJson } from '../output.js';
export function checkCommand(io) {
    return addOptions(new Command('check')
        .summary('verify every version of every pod in a remote')
        .description('Verify every version of every pod in a remote: each manifest is read and hashed, each config and layer must be there with\n' +
        'its size. With --read-data, every blob is read and hashed as well. Each problem names the pod, the version and the blob;\n' +
        'the exit code is 1 when there is any. A save or copy that writes a blob again replaces a damaged copy of it.')
        .argument('[remote]', 'remote name or URL (default: local)')
        .option('--read-data', 're-hash the content of every blob, not only its presence and size')
        .option('--json', 'print the result as JSON'), []).action(async (remote, values) => {
        const { check } = await checker();
        const result = await check(podsOptions(values, remote), { readData: Boolean(values.readData) });
        if (values.json)
            printJson(io, result);
        else {
            const read = values.readData ? `, ${formatBytes(result.bytesRead)} read` : '';
            io.out.write(`Checked ${result.pods} pods, ${result.versions} versions and ${result.blobs} blobs in ${result.remote}${read}.\n`);
            if (result.problems.length === 0)
                io.out.write('No problems found.\n');
            else
                io.out.write(formatTable(['POD', 'VERSION', 'BLOB', 'PROBLEM'], result.problems.map((p) => [p.pod, String(p.version), p.blob, p.problem])));
        }
        if (result.problems.length > 0) {
            throw new StoreError(`${result.problems.length} problem(s) in ${result.remote}; versions that name a missing or damaged blob cannot be loaded.`);
        }
    });
}
