import * as Logs from '@aws-sdk/client-cloudwatch-logs';
import { all, clientConfig, keyed, parsed, read, type DumpTarget, type Json } from './read.js';

/**
 * Every log group by name: its description, tags, metric and subscription filters, and each
 * stream's description and events (timestamps and messages, oldest first); the region's
 * resource policies by name.
 */
export async function dumpLogs(target: DumpTarget, region: string): Promise<Json> {
  const logs = new Logs.CloudWatchLogsClient(clientConfig(target, region));
  const groups = await all<Logs.LogGroup>((nextToken) => logs.send(new Logs.DescribeLogGroupsCommand({ nextToken })), 'logGroups', 'nextToken');
  const policies = ((await read(logs, new Logs.DescribeResourcePoliciesCommand({}))) as any).resourcePolicies ?? [];
  return {
    groups: await keyed(
      groups,
      (g) => g.logGroupName!,
      async (group) => {
        const logGroupName = group.logGroupName!;
        const streams = await all<Logs.LogStream>(
          (nextToken) => logs.send(new Logs.DescribeLogStreamsCommand({ logGroupName, nextToken })),
          'logStreams',
          'nextToken',
        );
        const filters = await all<Logs.SubscriptionFilter>(
          (nextToken) => logs.send(new Logs.DescribeSubscriptionFiltersCommand({ logGroupName, nextToken })),
          'subscriptionFilters',
          'nextToken',
        );
        const metricFilters = await all<Logs.MetricFilter>(
          (nextToken) => logs.send(new Logs.DescribeMetricFiltersCommand({ logGroupName, nextToken })),
          'metricFilters',
          'nextToken',
        );
        return {
          group: group,
          tags: ((await read(logs, new Logs.ListTagsLogGroupCommand({ logGroupName }))) as any).tags ?? null,
          metricFilters: await keyed(
            metricFilters,
            (f) => f.filterName!,
            (f) => f,
          ),
          subscriptionFilters: await keyed(
            filters,
            (f) => f.filterName!,
            (f) => f,
          ),
          streams: await keyed(
            streams,
            (s) => s.logStreamName!,
            async (stream) => {
              const events = await all<Logs.OutputLogEvent>(
                async (nextToken) => {
                  const page = await logs.send(
                    new Logs.GetLogEventsCommand({ logGroupName, logStreamName: stream.logStreamName, startFromHead: true, nextToken }),
                  );
                  // The forward token repeats once the end is reached.
                  return { ...page, next: page.events?.length && page.nextForwardToken !== nextToken ? page.nextForwardToken : undefined };
                },
                'events',
                'next',
              );
              return { stream: stream, events: events };
            },
          ),
        };
      },
    ),
    resourcePolicies: await keyed(
      policies,
      (p: any) => p.policyName,
      (p: any) => ({ ...p, policyDocument: parsed(p.policyDocument) }),
    ),
  };
}
