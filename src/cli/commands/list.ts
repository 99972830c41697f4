import { Command } from 'commander';
import { pods } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { formatBytes, formatTable, printJson, type Io } from '../output.js';

export function listCommand(io: Io): Command {
  return addOptions(
    new Command('list')
      .summary('list the pods in a remote')
      .argument('[remote]', 'remote name or URL (default: local)')
      .option('--json', 'print the result as JSON'),
    [],
  ).action(async (remote: string | undefined, values: Record<string, unknown>) => {
    const { list } = await pods();
    const result = await list(podsOptions(values, remote));
    if (values.json) return printJson(io, result);
    if (result.pods.length === 0) {
      io.out.write(`No pods in ${result.remote}. Create one with: localstack-pods save NAME\n`);
      return;
    }
    io.out.write(
      formatTable(
        ['NAME', 'VERSIONS', 'LATEST', 'CREATED', 'SIZE', 'SERVICES'],
        result.pods.map((p) => [
          p.name,
          String(p.versions),
          String(p.latest.version),
          p.latest.created,
          formatBytes(p.latest.size),
          p.latest.config.services.join(','),
        ]),
      ),
    );
  });
}
