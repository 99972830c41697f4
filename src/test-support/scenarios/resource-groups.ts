import * as RG from '@aws-sdk/client-resource-groups';
import { expect } from 'vitest';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, scenarioOf } from './scenario.js';

const services = { services: 'resource-groups' };

const tagQuery = JSON.stringify({ ResourceTypeFilters: ['AWS::AllSupported'], TagFilters: [{ Key: 'tier', Values: ['web'] }] });

/** A tier gathered by tag, an application gathered by its stack, and a capacity reservation pool gathered by configuration. */
async function seedGroups(rg: RG.ResourceGroupsClient, account: string): Promise<void> {
  await rg.send(
    new RG.CreateGroupCommand({
      Name: 'web-tier',
      Description: 'the web tier by tag',
      ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: tagQuery },
      Tags: { team: 'web', cost: 'shop' },
    }),
  );
  await rg.send(
    new RG.CreateGroupCommand({
      Name: 'checkout-stack',
      ResourceQuery: {
        Type: 'CLOUDFORMATION_STACK_1_0',
        Query: JSON.stringify({
          ResourceTypeFilters: ['AWS::AllSupported'],
          StackIdentifier: `arn:aws:cloudformation:us-east-1:${account}:stack/checkout/1`,
        }),
      },
    }),
  );
  await rg.send(
    new RG.CreateGroupCommand({
      Name: 'reservations',
      Configuration: [
        { Type: 'AWS::EC2::CapacityReservationPool', Parameters: [] },
        { Type: 'AWS::ResourceGroups::Generic', Parameters: [{ Name: 'allowed-resource-types', Values: ['AWS::EC2::CapacityReservation'] }] },
      ],
    }),
  );
}

/** What a user reads back of each group (its ARN aside: moto's names another region). */
async function groupsState(rg: RG.ResourceGroupsClient) {
  const groups = [];
  for (const g of (await rg.send(new RG.ListGroupsCommand({}))).GroupIdentifiers ?? []) {
    const { Group } = await rg.send(new RG.GetGroupCommand({ GroupName: g.GroupName }));
    const query = await rg.send(new RG.GetGroupQueryCommand({ GroupName: g.GroupName })).catch(() => undefined);
    const configuration = await rg.send(new RG.GetGroupConfigurationCommand({ Group: g.GroupName }));
    const { Tags } = await rg.send(new RG.GetTagsCommand({ Arn: g.GroupArn }));
    groups.push({
      name: Group?.Name,
      description: Group?.Description,
      query: query?.GroupQuery?.ResourceQuery,
      configuration: configuration.GroupConfiguration?.Configuration,
      tags: Tags,
    });
  }
  return JSON.parse(JSON.stringify(groups.sort((a, b) => a.name!.localeCompare(b.name!))));
}

async function roundTrip(endpoint: string, account: string) {
  const rg = new RG.ResourceGroupsClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedGroups(rg, account);
    const before = await groupsState(rg);
    expect(before.map((g: { name: string }) => g.name)).toEqual(['checkout-stack', 'reservations', 'web-tier']);
    expect(before[2].tags).toEqual({ cost: 'shop', team: 'web' });
    const saved = await saveState(endpoint, home, 'groups', services);
    expect(saved.resources).toEqual({ 'resource-groups': 3 });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect(await groupsState(rg)).toEqual([]);
    await loadState(endpoint, home, 'groups', services);
    expect(await groupsState(rg)).toEqual(before);
  } finally {
    rg.destroy();
  }
}

export const resourceGroupsScenario = scenarioOf(
  'resource-groups',
  'restores groups with their resource query, configuration, description and tags',
  (endpoint, emulator) => roundTrip(endpoint, accountOf(emulator)),
);
