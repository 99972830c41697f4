import * as SWF from '@aws-sdk/client-swf';
import { expect } from 'vitest';
import { isUnimplemented } from '../../engine/state/portable/kit/index.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, expectNothingSaved, scenarioOf, servedAtAll } from './scenario.js';

const services = { services: 'swf' };

/**
 * An order workflow: a tagged domain with its retention period, a workflow type with every
 * default and an older deprecated version, an activity type, one open execution; and a retired
 * domain, deprecated.
 */
async function seedOrders(s: SWF.SWFClient, account: string): Promise<void> {
  await s.send(
    new SWF.RegisterDomainCommand({
      name: 'orders',
      description: 'order flows',
      workflowExecutionRetentionPeriodInDays: '7',
      tags: [{ key: 'team', value: 'shop' }],
    }),
  );
  await s.send(new SWF.RegisterDomainCommand({ name: 'retired', workflowExecutionRetentionPeriodInDays: 'NONE' }));
  await s.send(new SWF.DeprecateDomainCommand({ name: 'retired' }));
  await s.send(
    new SWF.RegisterWorkflowTypeCommand({
      domain: 'orders',
      name: 'ship',
      version: '2',
      description: 'ships an order',
      defaultTaskList: { name: 'shipping' },
      defaultTaskStartToCloseTimeout: '60',
      defaultExecutionStartToCloseTimeout: '3600',
      defaultChildPolicy: 'TERMINATE',
      defaultLambdaRole: `arn:aws:iam::${account}:role/swf`,
      defaultTaskPriority: '2',
    }),
  );
  await s.send(new SWF.RegisterWorkflowTypeCommand({ domain: 'orders', name: 'ship', version: '1' }));
  await s.send(new SWF.DeprecateWorkflowTypeCommand({ domain: 'orders', workflowType: { name: 'ship', version: '1' } }));
  await s.send(
    new SWF.RegisterActivityTypeCommand({
      domain: 'orders',
      name: 'pack',
      version: '1',
      description: 'packs the parcel',
      defaultTaskList: { name: 'packing' },
      defaultTaskStartToCloseTimeout: '300',
      defaultTaskHeartbeatTimeout: '30',
      defaultTaskScheduleToStartTimeout: '120',
      defaultTaskScheduleToCloseTimeout: '600',
    }),
  );
  await s.send(new SWF.StartWorkflowExecutionCommand({ domain: 'orders', workflowId: 'order-1', workflowType: { name: 'ship', version: '2' } }));
}

/** What a user reads back: domains and types of both statuses, with their settings. */
async function swfState(s: SWF.SWFClient) {
  const domains = [];
  for (const registrationStatus of ['REGISTERED', 'DEPRECATED'] as const) {
    for (const info of (await s.send(new SWF.ListDomainsCommand({ registrationStatus }))).domainInfos ?? []) {
      const { $metadata, ...domain } = await s.send(new SWF.DescribeDomainCommand({ name: info.name }));
      const tags = await s.send(new SWF.ListTagsForResourceCommand({ resourceArn: info.arn })).then(
        (t) => t.tags,
        (error) => (isUnimplemented(error) ? 'not served' : Promise.reject(error)),
      );
      const types = [];
      for (const status of ['REGISTERED', 'DEPRECATED'] as const) {
        for (const t of (await s.send(new SWF.ListWorkflowTypesCommand({ domain: info.name, registrationStatus: status }))).typeInfos ?? []) {
          const { $metadata: _, ...described } = await s.send(
            new SWF.DescribeWorkflowTypeCommand({ domain: info.name, workflowType: t.workflowType }),
          );
          types.push(described);
        }
        for (const t of (await s.send(new SWF.ListActivityTypesCommand({ domain: info.name, registrationStatus: status }))).typeInfos ?? []) {
          const { $metadata: _, ...described } = await s.send(
            new SWF.DescribeActivityTypeCommand({ domain: info.name, activityType: t.activityType }),
          );
          types.push(described);
        }
      }
      domains.push({ ...domain, tags, types });
    }
  }
  return JSON.parse(JSON.stringify(domains));
}

const registered = async (s: SWF.SWFClient) => (await s.send(new SWF.ListDomainsCommand({ registrationStatus: 'REGISTERED' }))).domainInfos ?? [];

const openExecutions = async (s: SWF.SWFClient) =>
  (await s.send(new SWF.ListOpenWorkflowExecutionsCommand({ domain: 'orders', startTimeFilter: { oldestDate: new Date(0) } }))).executionInfos ?? [];

async function roundTrip(endpoint: string, emulator: Parameters<typeof accountOf>[0]) {
  const s = new SWF.SWFClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    if (!(await servedAtAll(registered(s)))) {
      // MiniStack does not serve SWF: the module saves nothing there, and fails nothing.
      expect(emulator).toBe('ministack');
      await expectNothingSaved(endpoint, home, services);
      return;
    }
    await seedOrders(s, accountOf(emulator));
    const before = await swfState(s);
    // LocalStack's SWF serves no tags (ListTagsForResource is not implemented).
    expect(before[0].tags).toEqual(emulator === 'localstack' ? 'not served' : [{ key: 'team', value: 'shop' }]);
    const saved = await saveState(endpoint, home, 'orders', services);
    expect(saved.resources).toEqual({ swf: 5 });
    expect(saved.warnings.map((w) => w.message)).toEqual([expect.stringContaining('1 open workflow execution(s) are not saved')]);
    // SWF deletes no domain: emptying deprecates every domain and type and ends the execution.
    await emptyServices(endpoint, home, 'empty', services.services);
    expect(await registered(s)).toEqual([]);
    await loadState(endpoint, home, 'orders', services);
    expect(await swfState(s)).toEqual(before);
    // The execution was not carried: it ended when the domain was emptied, and nothing runs.
    expect(await openExecutions(s)).toEqual([]);
  } finally {
    s.destroy();
  }
}

export const swfScenario = scenarioOf(
  'swf',
  'restores domains and their workflow and activity types, deprecated ones deprecated; open executions are not carried',
  (endpoint, emulator) => roundTrip(endpoint, emulator),
);
