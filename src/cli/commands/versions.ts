import { Command } from 'commander';
import { pods } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { formatBytes, formatTable, printJson, type Io } from '../output.js';

export function versionsCommand(io: Io): Command {
  return addOptions(
    new Command('versions')
      .summary('list the versions of a pod')
      .argument('<name>', 'pod name')
      .argument('[remote]', 'remote name or URL (default: local)')
      .option('--json', 'print the result as JSON'),
    [],
  ).action(async (name: string, remote: string | undefined, values: Record<string, unknown>) => {
    const { versions } = await pods();
    const result = await versions(name, podsOptions(values, remote));
    if (values.json) return printJson(io, result);
    io.out.write(
      formatTable(
        ['VERSION', 'CREATED', 'SIZE', 'SERVICES', 'MESSAGE'],
        result.versions.map((v) => [String(v.version), v.created, formatBytes(v.size), v.config.services.join(',') || '-', v.message]),
      ),
    );
  });
}
