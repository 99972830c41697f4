import * as EventBridge from '@aws-sdk/client-eventbridge';
import { mapOrdered } from '../../../util/concurrency.js';
import { canonicalDocument, chunks, clientOf, collect, createThenConfigure, eachRegion, isAlreadyExists, pagesOf, recordKind, regionsWhere, replaceTags, restoreContainers, sortBy, sortedTags, sortKeys } from '../kit/index.js';
const client = clientOf(EventBridge.EventBridgeClient);
/** Buses or rules whose details are read at once. */
const DETAIL_CONCURRENCY = 8;
/** PutTargets takes at most 10 targets a call, RemoveTargets at most 100 ids. */
const PUT_TARGETS_BATCH = 10;
const REMOVE_TARGETS_BATCH = 100;
const DEFAULT_BUS = 'default';
const BUS = recordKind('bus', 'event bus');
const RULE = recordKind('rule');
async function listBuses(eb) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListEventBusesCommand({ NextToken })), (page) => page.NextToken);
    return sortBy(await collect(pages, (page) => page.EventBuses), (b) => b.Name);
}
/** The rules of a bus that users own: rules managed by another service are recreated by it. */
async function listRules(eb, bus) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListRulesCommand({ EventBusName: bus, NextToken })), (page) => page.NextToken);
    return sortBy((await collect(pages, (page) => page.Rules)).filter((r) => !r.ManagedBy), (r) => r.Name);
}
async function listTargets(eb, bus, rule) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListTargetsByRuleCommand({ Rule: rule, EventBusName: bus, NextToken })), (page) => page.NextToken);
    return collect(pages, (page) => page.Targets);
}
async function listTags(eb, arn) {
    return (await eb.send(new EventBridge.ListTagsForResourceCommand({ ResourceARN: arn }))).Tags ?? [];
}
async function captureBus(eb, bus) {
    const described = await eb.send(new EventBridge.DescribeEventBusCommand({ Name: bus.Name }));
    const policy = described.Policy ?? bus.Policy;
    // The default bus always exists: only a policy on it is state of the account.
    if (bus.Name === DEFAULT_BUS)
        return policy ? { name: DEFAULT_BUS, policy } : undefined;
    return {
        name: bus.Name,
        description: described.Description,
        kmsKeyIdentifier: described.KmsKeyIdentifier,
        deadLetterConfig: described.DeadLetterConfig,
        policy,
        tags: sortedTags(await listTags(eb, bus.Arn), (t) => t.Key),
    };
}
async function captureRule(eb, bus, rule) {
    const [tags, targets] = await Promise.all([listTags(eb, rule.Arn), listTargets(eb, bus, rule.Name)]);
    return {
        bus,
        name: rule.Name,
        eventPattern: rule.EventPattern,
        scheduleExpression: rule.ScheduleExpression,
        state: rule.State,
        description: rule.Description,
        roleArn: rule.RoleArn,
        tags: sortedTags(tags, (t) => t.Key),
        targets: sortBy(targets, (t) => t.Id).map(sortKeys),
    };
}
const capture = eachRegion(async function* (context, region) {
    const eb = client(context, region);
    const buses = await listBuses(eb);
    for await (const data of mapOrdered(buses, DETAIL_CONCURRENCY, (bus) => captureBus(eb, bus))) {
        if (data)
            yield BUS.record(region, data.name, data);
    }
    const rules = [];
    for (const bus of buses) {
        for (const rule of await listRules(eb, bus.Name))
            rules.push({ bus: bus.Name, rule });
    }
    for await (const data of mapOrdered(rules, DETAIL_CONCURRENCY, ({ bus, rule }) => captureRule(eb, bus, rule))) {
        yield RULE.record(region, `${data.bus}/${data.name}`, data);
    }
});
const regionsWithState = regionsWhere(async (context, region) => {
    const eb = client(context, region);
    if ((await listBuses(eb)).some((b) => b.Name !== DEFAULT_BUS))
        return true;
    if ((await listRules(eb, DEFAULT_BUS)).length > 0)
        return true;
    return (await eb.send(new EventBridge.DescribeEventBusCommand({ Name: DEFAULT_BUS }))).Policy !== undefined;
});
async function removeTargets(eb, bus, rule, ids) {
    for (const Ids of chunks(ids, REMOVE_TARGETS_BATCH)) {
        await eb.send(new EventBridge.RemoveTargetsCommand({ Rule: rule, EventBusName: bus, Ids, Force: true }));
    }
}
async function clear(context, region) {
    const eb = client(context, region);
    for (const bus of await listBuses(eb)) {
        const name = bus.Name;
        for (const rule of await listRules(eb, name)) {
            const targets = await listTargets(eb, name, rule.Name);
            await removeTargets(eb, name, rule.Name, targets.map((t) => t.Id));
            await eb.send(new EventBridge.DeleteRuleCommand({ Name: rule.Name, EventBusName: name }));
        }
        if (name !== DEFAULT_BUS) {
            await eb.send(new EventBridge.DeleteEventBusCommand({ Name: name }));
        }
        else if (bus.Policy) {
            await eb.send(new EventBridge.RemovePermissionCommand({ EventBusName: name, RemoveAllPermissions: true }));
        }
    }
}
/** Makes the tags of `arn` exactly `tags`. */
async function syncTags(eb, arn, tags) {
    await replaceTags((await listTags(eb, arn)).map((t) => t.Key), (tags ?? []).map((t) => t.Key), {
        untag: (TagKeys) => eb.send(new EventBridge.UntagResourceCommand({ ResourceARN: arn, TagKeys })),
        tag: () => eb.send(new EventBridge.TagResourceCommand({ ResourceARN: arn, Tags: tags })),
    });
}
async function createBus(eb, bus) {
    if (bus.name === DEFAULT_BUS)
        return;
    try {
        await eb.send(new EventBridge.CreateEventBusCommand({
            Name: bus.name,
            Description: bus.description,
            KmsKeyIdentifier: bus.kmsKeyIdentifier,
            DeadLetterConfig: bus.deadLetterConfig,
        }));
    }
    catch (error) {
        if (!isAlreadyExists(error))
            throw error;
    }
}
async function configureBus(eb, bus) {
    const current = await eb.send(new EventBridge.DescribeEventBusCommand({ Name: bus.name }));
    // Only a bus that differs is updated: not every emulator implements UpdateEventBus.
    if (bus.name !== DEFAULT_BUS &&
        (current.Description !== bus.description ||
            current.KmsKeyIdentifier !== bus.kmsKeyIdentifier ||
            JSON.stringify(sortKeys(current.DeadLetterConfig)) !== JSON.stringify(sortKeys(bus.deadLetterConfig)))) {
        await eb.send(new EventBridge.UpdateEventBusCommand({
            Name: bus.name,
            Description: bus.description,
            KmsKeyIdentifier: bus.kmsKeyIdentifier,
            DeadLetterConfig: bus.deadLetterConfig,
        }));
    }
    // PutPermission with a policy adds statements on some emulators: replace the whole policy.
    if (canonicalDocument(current.Policy) !== canonicalDocument(bus.policy)) {
        if (current.Policy)
            await eb.send(new EventBridge.RemovePermissionCommand({ EventBusName: bus.name, RemoveAllPermissions: true }));
        if (bus.policy)
            await eb.send(new EventBridge.PutPermissionCommand({ EventBusName: bus.name, Policy: bus.policy }));
    }
    if (bus.name !== DEFAULT_BUS)
        await syncTags(eb, current.Arn, bus.tags);
}
async function restoreRule(eb, rule) {
    const { RuleArn } = await eb.send(new EventBridge.PutRuleCommand({
        Name: rule.name,
        EventBusName: rule.bus,
        EventPattern: rule.eventPattern,
        ScheduleExpression: rule.scheduleExpression,
        State: rule.state,
        Description: rule.description,
        RoleArn: rule.roleArn,
    }));
    await syncTags(eb, RuleArn, rule.tags);
    const wanted = new Set(rule.targets.map((t) => t.Id));
    const extra = (await listTargets(eb, rule.bus, rule.name)).map((t) => t.Id).filter((id) => !wanted.has(id));
    await removeTargets(eb, rule.bus, rule.name, extra);
    for (const Targets of chunks(rule.targets, PUT_TARGETS_BATCH)) {
        const put = await eb.send(new EventBridge.PutTargetsCommand({ Rule: rule.name, EventBusName: rule.bus, Targets }));
        const failed = put.FailedEntries ?? [];
        if (failed.length > 0) {
            throw new Error(`targets rejected: ${failed.map((f) => `${f.TargetId} (${f.ErrorCode}: ${f.ErrorMessage})`).join(', ')}`);
        }
    }
}
/** Buses, each followed by its rules; a rule of the default bus comes without its bus when the bus has no policy. */
async function restore(context, region, records) {
    const eb = client(context, region);
    await restoreContainers(context, records, {
        container: BUS,
        content: RULE,
        containerOf: (rule) => rule.bus,
        restoreContainer: (bus) => createThenConfigure(context, BUS.label(bus.name), () => createBus(eb, bus), () => configureBus(eb, bus)),
        restoreContent: (rule) => restoreRule(eb, rule),
        concurrency: 1,
    });
}
/** EventBridge: custom buses (description, policy, tags), the default bus's policy, and rules with their targets and tags. */
export const events = {
    name: 'events',
    dependsOn: ['kms', 'sqs', 'sns', 'lambda', 'logs', 'kinesis', 'stepfunctions'],
    capture,
    regionsWithState,
    clear,
    restore,
    requests: { deliversTo: ['*'] },
};
