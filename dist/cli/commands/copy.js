import { Command } from 'commander';
import { pods } from '../engine.js';
import { configuredRemote } from '../../engine/config-file.js';
import { addOptions, podsOptions, projectConfig } from '../options.js';
import { formatBytes, formatTable, printJson } from '../output.js';
export function copyCommand(io) {
    return addOptions(new Command('copy')
        .summary('copy pod versions between remotes, without an instance')
        .description('Copies NAME:VERSION (latest for NAME), or every version with --all-versions, from one remote to another,\n' +
        'keeping version numbers and sending only the blobs the destination lacks: mirror a registry to S3,\n' +
        'or a team remote into the local store.')
        .argument('<ref>', 'NAME or NAME:VERSION')
        .argument('<from>', 'remote name or URL to read from')
        .argument('<to>', 'remote name or URL to write to')
        .option('--all-versions', 'copy every version of the pod')
        .option('--json', 'print the result as JSON'), []).action(async (ref, from, to, values) => {
        const { copyPod } = await pods();
        const [source, destination] = [from, to].map((remote) => configuredRemote(remote, projectConfig()));
        const result = await copyPod(ref, source, destination, { env: podsOptions(values).env, allVersions: Boolean(values.allVersions) });
        if (values.json)
            return printJson(io, result);
        io.out.write(`Cloud Pod \`${result.name}\` copied from ${result.from} to ${result.to}\n`);
        io.out.write(formatTable(['VERSION', 'OUTCOME', 'SENT', 'ALREADY THERE'], result.versions.map((v) => [String(v.version), v.outcome, formatBytes(v.bytes), formatBytes(v.skippedBytes)])));
    });
}
