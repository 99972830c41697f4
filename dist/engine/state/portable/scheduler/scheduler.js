import * as Scheduler from '@aws-sdk/client-scheduler';
import { clientOf, collect, eachRegion, on, recordKind, regionsWhere, restoreRecords, sortBy, unlessMissing } from '../kit/index.js';
const client = clientOf(Scheduler.SchedulerClient);
/** Every account has this group; it is neither made nor deleted. */
const DEFAULT_GROUP = 'default';
const GROUP = recordKind('schedule-group');
const SCHEDULE = recordKind('schedule');
async function groups(s) {
    return sortBy(await collect(Scheduler.paginateListScheduleGroups({ client: s }, {}), (p) => p.ScheduleGroups), (g) => g.Name);
}
async function schedules(s) {
    return sortBy(await collect(Scheduler.paginateListSchedules({ client: s }, {}), (p) => p.Schedules), (x) => `${x.GroupName}/${x.Name}`);
}
async function tagsOf(s, arn) {
    const tags = (await s.send(new Scheduler.ListTagsForResourceCommand({ ResourceArn: arn }))).Tags;
    return tags && tags.length > 0 ? sortBy(tags, (t) => t.Key) : undefined;
}
async function captureSchedule(s, summary) {
    const x = await s.send(new Scheduler.GetScheduleCommand({ Name: summary.Name, GroupName: summary.GroupName }));
    return {
        name: x.Name,
        group: x.GroupName ?? DEFAULT_GROUP,
        expression: x.ScheduleExpression,
        timezone: x.ScheduleExpressionTimezone,
        startDate: x.StartDate?.toISOString(),
        endDate: x.EndDate?.toISOString(),
        description: x.Description || undefined,
        state: x.State,
        kmsKeyArn: x.KmsKeyArn,
        target: x.Target,
        flexibleTimeWindow: x.FlexibleTimeWindow,
        actionAfterCompletion: x.ActionAfterCompletion,
    };
}
/** Groups first: schedules live in them. */
const capture = eachRegion(async function* (context, region) {
    const s = client(context, region);
    for (const g of await groups(s)) {
        if (g.Name !== DEFAULT_GROUP)
            yield GROUP.record(region, g.Name, { name: g.Name, tags: await tagsOf(s, g.Arn) });
    }
    for (const summary of await schedules(s)) {
        const data = await captureSchedule(s, summary);
        yield SCHEDULE.record(region, `${data.group}/${data.name}`, data);
    }
});
const regionsWithState = regionsWhere(async (context, region) => {
    const s = client(context, region);
    const [g, x] = await Promise.all([
        s.send(new Scheduler.ListScheduleGroupsCommand({ MaxResults: 2 })),
        s.send(new Scheduler.ListSchedulesCommand({ MaxResults: 1 })),
    ]);
    return (x.Schedules?.length ?? 0) > 0 || (g.ScheduleGroups ?? []).some((group) => group.Name !== DEFAULT_GROUP);
});
/** Schedules, then the groups (deleting a group deletes its schedules, but not on every emulator). */
async function clear(context, region) {
    const s = client(context, region);
    for (const x of await schedules(s))
        await unlessMissing(s.send(new Scheduler.DeleteScheduleCommand({ Name: x.Name, GroupName: x.GroupName })));
    for (const g of await groups(s)) {
        if (g.Name !== DEFAULT_GROUP)
            await unlessMissing(s.send(new Scheduler.DeleteScheduleGroupCommand({ Name: g.Name })));
    }
}
async function restoreGroup(s, g) {
    const existing = await unlessMissing(s.send(new Scheduler.GetScheduleGroupCommand({ Name: g.name })));
    if (existing)
        await s.send(new Scheduler.DeleteScheduleGroupCommand({ Name: g.name }));
    await s.send(new Scheduler.CreateScheduleGroupCommand({ Name: g.name, Tags: g.tags }));
}
/** Updated in place when the instance has it, made otherwise: the whole schedule is given either way. */
async function restoreSchedule(s, x) {
    const input = {
        Name: x.name,
        GroupName: x.group,
        ScheduleExpression: x.expression,
        ScheduleExpressionTimezone: x.timezone,
        StartDate: x.startDate === undefined ? undefined : new Date(x.startDate),
        EndDate: x.endDate === undefined ? undefined : new Date(x.endDate),
        Description: x.description,
        State: x.state,
        KmsKeyArn: x.kmsKeyArn,
        Target: x.target,
        FlexibleTimeWindow: x.flexibleTimeWindow,
        ActionAfterCompletion: x.actionAfterCompletion,
    };
    const existing = await unlessMissing(s.send(new Scheduler.GetScheduleCommand({ Name: x.name, GroupName: x.group })));
    if (existing)
        await s.send(new Scheduler.UpdateScheduleCommand(input));
    else
        await s.send(new Scheduler.CreateScheduleCommand(input));
}
/** EventBridge Scheduler: schedule groups with their tags, and schedules (expression, time zone, window, dates, state, target with its input, retries and dead-letter queue). */
export const scheduler = {
    name: 'scheduler',
    // Targets name functions, queues, topics, state machines and buses, under roles.
    dependsOn: ['iam', 'lambda', 'sqs', 'sns', 'stepfunctions', 'events'],
    capture,
    regionsWithState,
    clear,
    // In the pod's order: a group before its schedules.
    restore: (context, region, records) => {
        const s = client(context, region);
        return restoreRecords(context, records, 1, on(GROUP, (g) => restoreGroup(s, g)), on(SCHEDULE, (x) => restoreSchedule(s, x)));
    },
    requests: { signingName: 'scheduler' },
};
