import * as EventBridge from '@aws-sdk/client-eventbridge';
import * as SecretsManager from '@aws-sdk/client-secrets-manager';
import { mapOrdered } from '../../../util/concurrency.js';
import { canonicalDocument, chunks, clientOf, collect, createOrUpdate, createThenConfigure, eachRegion, isAlreadyExists, on, pagesOf, recordKind, regionsWhere, replaceTags, restoreContainers, sortBy, sortedTags, sortKeys, unlessMissing, } from '../kit/index.js';
const client = clientOf(EventBridge.EventBridgeClient);
const secrets = clientOf(SecretsManager.SecretsManagerClient);
/** Buses or rules whose details are read at once. */
const DETAIL_CONCURRENCY = 8;
/** PutTargets takes at most 10 targets a call, RemoveTargets at most 100 ids. */
const PUT_TARGETS_BATCH = 10;
const REMOVE_TARGETS_BATCH = 100;
const DEFAULT_BUS = 'default';
const BUS = recordKind('bus', 'event bus');
const RULE = recordKind('rule');
const CONNECTION = recordKind('connection', 'event connection');
const API_DESTINATION = recordKind('api-destination', 'API destination');
const ARCHIVE = recordKind('archive', 'event archive');
/** The name in a connection or API destination ARN (`…:connection/<name>/<id>`). */
function nameInArn(arn) {
    return arn.split('/')[1];
}
/** An API destination's ARN in a target: the last part is drawn by the instance, so it is looked up by name on a load. */
const API_DESTINATION_ARN = /^arn:[^:]+:events:[^:]+:[^:]+:api-destination\/([^/]+)\//;
async function listBuses(eb) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListEventBusesCommand({ NextToken })), (page) => page.NextToken);
    return sortBy(await collect(pages, (page) => page.EventBuses), (b) => b.Name);
}
/**
 * The rules of a bus that users own: rules managed by another service are recreated by it. An
 * archive's rule is its archive's (LocalStack does not mark it managed).
 */
async function listRules(eb, bus) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListRulesCommand({ EventBusName: bus, NextToken })), (page) => page.NextToken);
    const rules = (await collect(pages, (page) => page.Rules)).filter((r) => !r.ManagedBy && !r.Name.startsWith('Events-Archive-'));
    return sortBy(rules, (r) => r.Name);
}
async function listConnections(eb) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListConnectionsCommand({ NextToken })), (page) => page.NextToken);
    return sortBy(await collect(pages, (page) => page.Connections), (c) => c.Name);
}
async function listApiDestinations(eb) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListApiDestinationsCommand({ NextToken })), (page) => page.NextToken);
    return sortBy(await collect(pages, (page) => page.ApiDestinations), (d) => d.Name);
}
async function listArchives(eb) {
    const pages = pagesOf((NextToken) => eb.send(new EventBridge.ListArchivesCommand({ NextToken })), (page) => page.NextToken);
    return sortBy(await collect(pages, (page) => page.Archives), (a) => a.ArchiveName);
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
/** What a load sets for a connection secret the save could not read. */
const SECRET_PLACEHOLDER = 'secret-not-kept-by-the-pod';
const ARN_WARNING = 'it comes back under an ARN whose last part the instance draws anew: rule targets are pointed at the new one, tools that kept the old ARN see another resource';
/** Where a connection's secret parts live: the secret the instance keeps for it, as it writes it. */
const SECRET_FIELDS = { api_key_value: 'ApiKeyValue', password: 'Password', client_secret: 'ClientSecret' };
/**
 * A connection with its secret parts (API key value, password, OAuth client secret) read from
 * the secret the instance keeps for it; when that secret cannot be read, the save warns and a
 * load gives the connection a placeholder.
 */
async function captureConnection(context, region, name) {
    const eb = client(context, region);
    const described = await eb.send(new EventBridge.DescribeConnectionCommand({ Name: name }));
    const kept = described.SecretArn
        ? await unlessMissing(secrets(context, region).send(new SecretsManager.GetSecretValueCommand({ SecretId: described.SecretArn })))
        : undefined;
    const secret = JSON.parse(kept?.SecretString ?? '{}');
    const auth = (described.AuthParameters ?? {});
    const missing = (field) => {
        if (secret[field] !== undefined)
            return secret[field];
        context.warn(CONNECTION.label(name), `its ${SECRET_FIELDS[field]} cannot be read back: a load sets a placeholder in its place`);
        return SECRET_PLACEHOLDER;
    };
    const authParameters = sortKeys({
        ...auth,
        ApiKeyAuthParameters: auth.ApiKeyAuthParameters && { ...auth.ApiKeyAuthParameters, ApiKeyValue: missing('api_key_value') },
        BasicAuthParameters: auth.BasicAuthParameters && { ...auth.BasicAuthParameters, Password: missing('password') },
        OAuthParameters: auth.OAuthParameters && {
            ...auth.OAuthParameters,
            ClientParameters: { ...auth.OAuthParameters.ClientParameters, ClientSecret: missing('client_secret') },
        },
    });
    context.warn(CONNECTION.label(name), ARN_WARNING);
    return { name, description: described.Description, authorizationType: described.AuthorizationType, authParameters };
}
async function captureApiDestination(context, eb, name) {
    const d = await eb.send(new EventBridge.DescribeApiDestinationCommand({ Name: name }));
    context.warn(API_DESTINATION.label(name), ARN_WARNING);
    return {
        name,
        description: d.Description,
        connection: nameInArn(d.ConnectionArn),
        invocationEndpoint: d.InvocationEndpoint,
        httpMethod: d.HttpMethod,
        invocationRateLimitPerSecond: d.InvocationRateLimitPerSecond,
    };
}
async function captureArchive(eb, name) {
    const a = await eb.send(new EventBridge.DescribeArchiveCommand({ ArchiveName: name }));
    return {
        name,
        eventSourceArn: a.EventSourceArn,
        description: a.Description || undefined,
        eventPattern: a.EventPattern,
        retentionDays: a.RetentionDays || undefined,
    };
}
const capture = eachRegion(async function* (context, region) {
    const eb = client(context, region);
    // Connections before the API destinations that use them, both before the rules that target them.
    for (const c of await listConnections(eb))
        yield CONNECTION.record(region, c.Name, await captureConnection(context, region, c.Name));
    for (const d of await listApiDestinations(eb)) {
        yield API_DESTINATION.record(region, d.Name, await captureApiDestination(context, eb, d.Name));
    }
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
    for (const a of await listArchives(eb))
        yield ARCHIVE.record(region, a.ArchiveName, await captureArchive(eb, a.ArchiveName));
});
const regionsWithState = regionsWhere(async (context, region) => {
    const eb = client(context, region);
    if ((await listBuses(eb)).some((b) => b.Name !== DEFAULT_BUS))
        return true;
    if ((await listRules(eb, DEFAULT_BUS)).length > 0)
        return true;
    if ((await listConnections(eb)).length > 0 || (await listArchives(eb)).length > 0)
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
    for (const a of await listArchives(eb))
        await eb.send(new EventBridge.DeleteArchiveCommand({ ArchiveName: a.ArchiveName }));
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
    for (const d of await listApiDestinations(eb))
        await eb.send(new EventBridge.DeleteApiDestinationCommand({ Name: d.Name }));
    for (const c of await listConnections(eb))
        await eb.send(new EventBridge.DeleteConnectionCommand({ Name: c.Name }));
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
async function restoreConnection(eb, c) {
    const settings = {
        Name: c.name,
        Description: c.description,
        AuthorizationType: c.authorizationType,
        AuthParameters: c.authParameters,
    };
    await createOrUpdate(() => eb.send(new EventBridge.CreateConnectionCommand(settings)), () => eb.send(new EventBridge.UpdateConnectionCommand(settings)));
}
async function restoreApiDestination(eb, d) {
    const connection = await eb.send(new EventBridge.DescribeConnectionCommand({ Name: d.connection }));
    const settings = {
        Name: d.name,
        Description: d.description,
        ConnectionArn: connection.ConnectionArn,
        InvocationEndpoint: d.invocationEndpoint,
        HttpMethod: d.httpMethod,
        InvocationRateLimitPerSecond: d.invocationRateLimitPerSecond,
    };
    await createOrUpdate(() => eb.send(new EventBridge.CreateApiDestinationCommand(settings)), () => eb.send(new EventBridge.UpdateApiDestinationCommand(settings)));
}
async function restoreArchive(eb, a) {
    const settings = { ArchiveName: a.name, Description: a.description, EventPattern: a.eventPattern, RetentionDays: a.retentionDays };
    await createOrUpdate(() => eb.send(new EventBridge.CreateArchiveCommand({ ...settings, EventSourceArn: a.eventSourceArn })), () => eb.send(new EventBridge.UpdateArchiveCommand(settings)));
}
/** A target as the instance can take it: an API destination is named by the ARN this instance gave it. */
async function retarget(eb, target) {
    const destination = API_DESTINATION_ARN.exec(target.Arn)?.[1];
    if (!destination)
        return target;
    const { ApiDestinationArn } = await eb.send(new EventBridge.DescribeApiDestinationCommand({ Name: destination }));
    return { ...target, Arn: ApiDestinationArn };
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
    const targets = await Promise.all(rule.targets.map((t) => retarget(eb, t)));
    for (const Targets of chunks(targets, PUT_TARGETS_BATCH)) {
        const put = await eb.send(new EventBridge.PutTargetsCommand({ Rule: rule.name, EventBusName: rule.bus, Targets }));
        const failed = put.FailedEntries ?? [];
        if (failed.length > 0) {
            throw new Error(`targets rejected: ${failed.map((f) => `${f.TargetId} (${f.ErrorCode}: ${f.ErrorMessage})`).join(', ')}`);
        }
    }
}
/**
 * Connections and API destinations, then buses, each followed by its rules (a rule of the default
 * bus comes without its bus when the bus has no policy), then archives of the buses.
 */
async function restore(context, region, records) {
    const eb = client(context, region);
    await restoreContainers(context, records, {
        container: BUS,
        content: RULE,
        containerOf: (rule) => rule.bus,
        restoreContainer: (bus) => createThenConfigure(context, BUS.label(bus.name), () => createBus(eb, bus), () => configureBus(eb, bus)),
        restoreContent: (rule) => restoreRule(eb, rule),
        concurrency: 1,
        standalone: [
            on(CONNECTION, (c) => restoreConnection(eb, c)),
            on(API_DESTINATION, (d) => restoreApiDestination(eb, d)),
            on(ARCHIVE, (a) => restoreArchive(eb, a)),
        ],
    });
}
/**
 * EventBridge: custom buses (description, policy, tags), the default bus's policy, rules with
 * their targets and tags, archives, connections (with their secrets) and API destinations.
 */
export const events = {
    name: 'events',
    dependsOn: ['kms', 'sqs', 'sns', 'lambda', 'logs', 'kinesis', 'stepfunctions', 'iam'],
    capture,
    regionsWithState,
    clear,
    restore,
    requests: { deliversTo: ['*'] },
};
