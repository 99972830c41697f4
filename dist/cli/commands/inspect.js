import { Command } from 'commander';
import { pods } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { oneLine } from '../../engine/util/safe-text.js';
import { formatBytes, formatTable, printJson } from '../output.js';
export function inspectCommand(io) {
    return addOptions(new Command('inspect')
        .summary('show what a pod version holds')
        .argument('<ref>', 'NAME[:VERSION] or file:///path/to/pod')
        .argument('[remote]', 'remote name or URL (default: local)')
        .option('--json', 'print the result as JSON'), []).action(async (ref, remote, values) => {
        const { inspect } = await pods();
        const result = await inspect(ref, podsOptions(values, remote));
        if (values.json)
            return printJson(io, result);
        const c = result.config;
        const fields = [
            ['Pod', `${result.name}:${result.version}`],
            ['Remote', result.remote],
            ['Digest', result.digest],
            ['Created', result.created],
            ['Message', result.message || undefined],
            ['Source', [c.source.brand, c.source.edition, c.source.version].filter(Boolean).join(' ')],
            ['Format', String(c.format)],
            ['Services', c.services.join(', ') || '(no state)'],
            ['Accounts', c.accounts.join(', ') || '-'],
            ['Regions', c.regions.join(', ') || '-'],
            ['Size', formatBytes(result.size)],
            [
                'Encrypted',
                result.encryption ? `yes, for ${result.encryption.to === 'passphrase' ? 'a passphrase' : result.encryption.to.join(', ')}` : undefined,
            ],
        ];
        // Every value but the size comes from the pod: each stays on its line.
        for (const [label, value] of fields)
            if (value !== undefined)
                io.out.write(`${label}: ${oneLine(value)}\n`);
        io.out.write('\n');
        io.out.write(formatTable(['SERVICE', 'ACCOUNT', 'REGION', 'RESOURCES', 'SIZE', 'ENCRYPTED'], result.layers.map((l) => [l.service, l.account, l.region, String(l.resources), formatBytes(l.size), l.encrypted ? 'yes' : 'no'])));
        if (result.payloads.blobs > 0) {
            io.out.write(`\nLarge payloads: ${result.payloads.blobs} blob(s), ${formatBytes(result.payloads.bytes)}\n`);
        }
    });
}
