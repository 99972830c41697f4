import * as EventBridge from '@aws-sdk/client-eventbridge';
import { all, clientConfig, keyed, parsed, read, tagObject, type DumpTarget, type Json } from './read.js';

/**
 * Every event bus by name with its policy and tags, each bus's rules with targets and tags;
 * archives, connections and API destinations by name.
 */
export async function dumpEvents(target: DumpTarget, region: string): Promise<Json> {
  const events = new EventBridge.EventBridgeClient(clientConfig(target, region));
  const tags = async (ResourceARN: string | undefined) =>
    tagObject(((await read(events, new EventBridge.ListTagsForResourceCommand({ ResourceARN }))) as any).Tags);
  const buses = await all<EventBridge.EventBus>(
    (NextToken) => events.send(new EventBridge.ListEventBusesCommand({ NextToken })),
    'EventBuses',
    'NextToken',
  );
  return {
    buses: await keyed(
      buses,
      (b) => b.Name!,
      async ({ Name: EventBusName, Arn }) => {
        const bus = (await read(events, new EventBridge.DescribeEventBusCommand({ Name: EventBusName }))) as any;
        const rules = await all<EventBridge.Rule>(
          (NextToken) => events.send(new EventBridge.ListRulesCommand({ EventBusName, NextToken })),
          'Rules',
          'NextToken',
        );
        return {
          bus: { ...bus, Policy: parsed(bus.Policy) },
          tags: await tags(Arn),
          rules: await keyed(
            rules,
            (r) => r.Name!,
            async ({ Name, Arn: RuleArn }) => {
              const rule = (await read(events, new EventBridge.DescribeRuleCommand({ Name, EventBusName }))) as any;
              const targets = await all<EventBridge.Target>(
                (NextToken) => events.send(new EventBridge.ListTargetsByRuleCommand({ Rule: Name, EventBusName, NextToken })),
                'Targets',
                'NextToken',
              );
              return {
                rule: { ...rule, EventPattern: parsed(rule.EventPattern) },
                tags: await tags(RuleArn),
                targets: await keyed(
                  targets,
                  (t) => t.Id!,
                  (t) => t,
                ),
              };
            },
          ),
        };
      },
    ),
    archives: await keyed(
      ((await read(events, new EventBridge.ListArchivesCommand({}))) as any).Archives ?? [],
      (a: any) => a.ArchiveName,
      (a: any) => read(events, new EventBridge.DescribeArchiveCommand({ ArchiveName: a.ArchiveName })),
    ),
    connections: await keyed(
      ((await read(events, new EventBridge.ListConnectionsCommand({}))) as any).Connections ?? [],
      (c: any) => c.Name,
      (c: any) => read(events, new EventBridge.DescribeConnectionCommand({ Name: c.Name })),
    ),
    apiDestinations: await keyed(
      ((await read(events, new EventBridge.ListApiDestinationsCommand({}))) as any).ApiDestinations ?? [],
      (d: any) => d.Name,
      (d: any) => read(events, new EventBridge.DescribeApiDestinationCommand({ Name: d.Name })),
    ),
  };
}
