import { Command } from 'commander';
import { engine } from '../engine.js';
import { oneLine } from '../../engine/util/safe-text.js';
import { addOptions, podsOptions } from '../options.js';
import { formatTable, printJson, type Io } from '../output.js';

/** `state`: the running instance itself, not a pod. */
export function stateCommand(io: Io): Command {
  const inspect = addOptions(
    new Command('inspect')
      .summary('show what the running instance holds, per account, service and region')
      .description(
        'Show what the running instance holds per account, service and region: the resources a save would capture, read the\n' +
          'way a save reads them (nothing in the instance changes), and what a save would warn of. --services, --regions and\n' +
          '--accounts narrow it as they narrow a save.',
      )
      .option('--json', 'print the result as JSON'),
    ['services', 'regions', 'accounts', 'endpoint', 'wait-timeout'],
  ).action(async (values: Record<string, unknown>) => {
    const { inspectState } = await engine();
    const result = await inspectState(podsOptions(values));
    if (values.json) return printJson(io, result);
    const source = [result.instance.brand, result.instance.edition, result.instance.version].filter(Boolean).join(' ');
    io.out.write(`Instance: ${oneLine(source)} at ${result.endpoint}\n\n`);
    if (result.state.length === 0) io.out.write('No state in the services and regions looked at.\n');
    else {
      io.out.write(
        formatTable(
          ['ACCOUNT', 'SERVICE', 'REGION', 'RESOURCES'],
          result.state.map((s) => [s.account, s.service, s.region, String(s.resources)]),
        ),
      );
    }
    for (const w of result.warnings) io.out.write(`Warning: ${oneLine(`${w.service} ${w.resource}: ${w.message}`)}\n`);
  });
  return new Command('state').summary('look at the running instance (not a pod)').addCommand(inspect);
}
