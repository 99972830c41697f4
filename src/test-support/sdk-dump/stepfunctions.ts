import * as SFN from '@aws-sdk/client-sfn';
import { all, clientConfig, keyed, parsed, read, tagObject, type DumpTarget, type Json } from './read.js';

/** Every state machine by name: DescribeStateMachine (definition parsed), tags, versions, aliases, executions. */
export async function dumpSfn(target: DumpTarget, region: string): Promise<Json> {
  const sfn = new SFN.SFNClient(clientConfig(target, region));
  const machines = await all<SFN.StateMachineListItem>(
    (nextToken) => sfn.send(new SFN.ListStateMachinesCommand({ nextToken })),
    'stateMachines',
    'nextToken',
  );
  return keyed(
    machines,
    (m) => m.name!,
    async ({ stateMachineArn }) => {
      const machine = (await read(sfn, new SFN.DescribeStateMachineCommand({ stateMachineArn }))) as any;
      return {
        machine: { ...machine, definition: parsed(machine.definition) },
        tags: tagObject(((await read(sfn, new SFN.ListTagsForResourceCommand({ resourceArn: stateMachineArn }))) as any).tags),
        versions: ((await read(sfn, new SFN.ListStateMachineVersionsCommand({ stateMachineArn }))) as any).stateMachineVersions ?? null,
        aliases: ((await read(sfn, new SFN.ListStateMachineAliasesCommand({ stateMachineArn }))) as any).stateMachineAliases ?? null,
        executions: (((await read(sfn, new SFN.ListExecutionsCommand({ stateMachineArn }))) as any).executions ?? []).length,
      };
    },
  );
}
