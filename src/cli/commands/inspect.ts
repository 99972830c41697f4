import { Command } from 'commander';
import { inspect } from '../../engine/index.js';
import { podsOptions } from '../options.js';
import { formatBytes, formatTable, printJson, type Io } from '../output.js';

export function inspectCommand(io: Io): Command {
  return new Command('inspect')
    .summary('show what a pod version holds')
    .argument('<ref>', 'NAME[:VERSION] or file:///path/to/pod')
    .argument('[remote]', 'remote name or URL (default: local)')
    .option('--json', 'print the result as JSON')
    .action(async (ref: string, remote: string | undefined, values: Record<string, unknown>) => {
      const result = await inspect(ref, podsOptions(values, remote));
      if (values.json) return printJson(io, result);
      const c = result.config;
      io.out.write(
        `Pod: ${result.name}:${result.version}\n` +
          `Remote: ${result.remote}\n` +
          `Digest: ${result.digest}\n` +
          `Created: ${result.created}\n` +
          (result.message ? `Message: ${result.message}\n` : '') +
          `Source: ${[c.source.brand, c.source.edition, c.source.version].filter(Boolean).join(' ')}\n` +
          `Format: ${c.format}\n` +
          `Services: ${c.services.join(', ') || '(no state)'}\n` +
          `Accounts: ${c.accounts.join(', ') || '-'}\n` +
          `Regions: ${c.regions.join(', ') || '-'}\n` +
          `Size: ${formatBytes(result.size)}\n\n`,
      );
      io.out.write(
        formatTable(
          ['SERVICE', 'ACCOUNT', 'REGION', 'RESOURCES', 'SIZE'],
          result.layers.map((l) => [l.service, l.account, l.region, String(l.resources), formatBytes(l.size)]),
        ),
      );
      if (result.payloads.blobs > 0) {
        io.out.write(`\nLarge payloads: ${result.payloads.blobs} blob(s), ${formatBytes(result.payloads.bytes)}\n`);
      }
    });
}
