import * as Scheduler from '@aws-sdk/client-scheduler';
import { expect } from 'vitest';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, scenarioOf } from './scenario.js';

const services = { services: 'scheduler' };

/** Nightly and hourly jobs: a tagged group of its own, and one schedule in the default group. */
async function seedJobs(s: Scheduler.SchedulerClient, account: string): Promise<void> {
  const role = `arn:aws:iam::${account}:role/scheduler`;
  await s.send(new Scheduler.CreateScheduleGroupCommand({ Name: 'reports', Tags: [{ Key: 'team', Value: 'finance' }] }));
  await s.send(
    new Scheduler.CreateScheduleCommand({
      Name: 'nightly-report',
      GroupName: 'reports',
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      Description: 'the nightly sales report',
      State: 'ENABLED',
      StartDate: new Date('2030-01-01T00:00:00Z'),
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
      Target: {
        Arn: `arn:aws:lambda:us-east-1:${account}:function:report`,
        RoleArn: role,
        Input: JSON.stringify({ report: 'sales' }),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: `arn:aws:sqs:us-east-1:${account}:report-dlq` },
      },
    }),
  );
  await s.send(
    new Scheduler.CreateScheduleCommand({
      Name: 'hourly-sync',
      ScheduleExpression: 'rate(1 hour)',
      State: 'DISABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: `arn:aws:sqs:us-east-1:${account}:sync`, RoleArn: role, Input: '{}' },
    }),
  );
}

async function schedulerState(s: Scheduler.SchedulerClient) {
  const groups = [];
  for (const g of (await s.send(new Scheduler.ListScheduleGroupsCommand({}))).ScheduleGroups ?? []) {
    groups.push({ name: g.Name, tags: (await s.send(new Scheduler.ListTagsForResourceCommand({ ResourceArn: g.Arn }))).Tags });
  }
  const schedules = [];
  for (const x of (await s.send(new Scheduler.ListSchedulesCommand({}))).Schedules ?? []) {
    const { $metadata, CreationDate, LastModificationDate, ...schedule } = await s.send(
      new Scheduler.GetScheduleCommand({ Name: x.Name, GroupName: x.GroupName }),
    );
    schedules.push(schedule);
  }
  const byName = (a: { name?: string; Name?: string }, b: { name?: string; Name?: string }) =>
    (a.name ?? a.Name ?? '').localeCompare(b.name ?? b.Name ?? '');
  return JSON.parse(JSON.stringify({ groups: groups.sort(byName), schedules: schedules.sort(byName) }));
}

async function roundTrip(endpoint: string, account: string) {
  const s = new Scheduler.SchedulerClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedJobs(s, account);
    const before = await schedulerState(s);
    expect(before.schedules).toHaveLength(2);
    const saved = await saveState(endpoint, home, 'jobs', services);
    expect(saved.resources).toEqual({ scheduler: 3 });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect((await schedulerState(s)).schedules).toEqual([]);
    await loadState(endpoint, home, 'jobs', services);
    expect(await schedulerState(s)).toEqual(before);
  } finally {
    s.destroy();
  }
}

export const schedulerScenario = scenarioOf(
  'scheduler',
  'restores schedule groups with their tags and schedules with every setting and their targets',
  (endpoint, emulator) => roundTrip(endpoint, accountOf(emulator)),
);
