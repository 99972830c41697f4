import * as RG from '@aws-sdk/client-resource-groups';
import type { ServiceContext, ServiceModule } from '../../module.js';
import {
  clientOf,
  collect,
  eachRegion,
  nonEmpty,
  on,
  recordKind,
  regionsWhere,
  restoreRecords,
  sortBy,
  sortedRecord,
  unlessMissing,
  unlessUnimplemented,
} from '../kit/index.js';

const client = clientOf(RG.ResourceGroupsClient);

type GroupData = {
  name: string;
  description?: string;
  /** The query that picks the members (tags, or a CloudFormation stack); a group made from a configuration has none. */
  query?: { type: string; query: string };
  configuration?: RG.GroupConfigurationItem[];
  tags?: Record<string, string>;
};

const GROUP = recordKind<GroupData>('group');

/** The groups of the region by name, with the ARN each is read by (moto's ARNs name another region). */
async function groups(rg: RG.ResourceGroupsClient): Promise<RG.GroupIdentifier[]> {
  return sortBy(await collect(RG.paginateListGroups({ client: rg }, {}), (p) => p.GroupIdentifiers), (g) => g.GroupName!);
}

async function captureGroup(rg: RG.ResourceGroupsClient, g: RG.GroupIdentifier): Promise<GroupData> {
  // By name: moto looks groups up by `GroupName` only.
  const group = (await rg.send(new RG.GetGroupCommand({ GroupName: g.GroupName }))).Group!;
  // MiniStack answers a group without a query with NotFound, the others with an empty one.
  const query = (await unlessMissing(rg.send(new RG.GetGroupQueryCommand({ GroupName: g.GroupName }))))?.GroupQuery?.ResourceQuery;
  const configuration = (
    await unlessUnimplemented(rg, 'GetGroupConfiguration', () => rg.send(new RG.GetGroupConfigurationCommand({ Group: g.GroupName })))
  )?.GroupConfiguration?.Configuration;
  const tags = (await unlessUnimplemented(rg, 'GetTags', () => rg.send(new RG.GetTagsCommand({ Arn: g.GroupArn }))))?.Tags;
  return {
    name: g.GroupName!,
    description: group.Description || undefined,
    query: query?.Type && query.Query ? { type: query.Type, query: query.Query } : undefined,
    configuration: nonEmpty(configuration),
    tags: sortedRecord(tags),
  };
}

const capture = eachRegion(async function* (context, region) {
  const rg = client(context, region);
  for (const g of await groups(rg)) yield GROUP.record(region, g.GroupName!, await captureGroup(rg, g));
});

const regionsWithState = regionsWhere(async (context, region) => {
  const listed = await client(context, region).send(new RG.ListGroupsCommand({ MaxResults: 1 }));
  return (listed.GroupIdentifiers?.length ?? 0) > 0;
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const rg = client(context, region);
  for (const g of await groups(rg)) await unlessMissing(rg.send(new RG.DeleteGroupCommand({ GroupName: g.GroupName })));
}

/** Made anew: creation takes every setting at once, where updating would take three calls and the tags' differences. */
async function restoreGroup(rg: RG.ResourceGroupsClient, g: GroupData): Promise<void> {
  await unlessMissing(rg.send(new RG.DeleteGroupCommand({ GroupName: g.name })));
  await rg.send(
    new RG.CreateGroupCommand({
      Name: g.name,
      Description: g.description,
      ResourceQuery: g.query ? { Type: g.query.type as RG.QueryType, Query: g.query.query } : undefined,
      Configuration: g.configuration,
      Tags: g.tags,
    }),
  );
}

/**
 * Resource Groups: groups with their description, resource query (tag filters or a
 * CloudFormation stack), configuration and tags. Their members are the other services'
 * resources, found again by the query.
 */
export const resourceGroups: ServiceModule = {
  name: 'resource-groups',
  // A group only names what it gathers (tags, a stack): nothing must exist before it.
  dependsOn: [],
  capture,
  regionsWithState,
  clear,
  restore: (context, region, records) => {
    const rg = client(context, region);
    return restoreRecords(
      context,
      records,
      4,
      on(GROUP, (g) => restoreGroup(rg, g)),
    );
  },
  requests: { signingName: 'resource-groups' },
};
