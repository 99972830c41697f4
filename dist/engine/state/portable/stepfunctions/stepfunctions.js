import * as SFN from '@aws-sdk/client-sfn';
import { mapOrdered } from '../../../util/concurrency.js';
import { clientOf, eachRegion, on, recordKind, regionsWhere, replaceTags, restoreRecords, nonEmpty, sortBy, sortedTags, sortKeys, } from '../kit/index.js';
import { ACTIVITY, activityArns, captureActivity, restoreActivity } from './activities.js';
import { captureAliases, captureVersions, LOGGING_OFF, restoreVersions, TRACING_OFF, } from './versions.js';
const client = clientOf(SFN.SFNClient);
/** State machines described at once. */
const DESCRIBE_CONCURRENCY = 8;
const STATE_MACHINE = recordKind('state-machine');
/** What an instance reports for a state machine created without a key of its own. */
const AWS_OWNED_KEY = { type: 'AWS_OWNED_KEY' };
/** The settings that differ from the defaults; defaults are left out so emulators compare equal. */
function significant(describe) {
    const logging = describe.loggingConfiguration;
    const loggingOn = logging && (logging.level !== 'OFF' || logging.includeExecutionData || logging.destinations?.length);
    const encryption = describe.encryptionConfiguration;
    return {
        loggingConfiguration: loggingOn ? sortKeys(logging) : undefined,
        tracingConfiguration: describe.tracingConfiguration?.enabled ? sortKeys(describe.tracingConfiguration) : undefined,
        encryptionConfiguration: encryption && encryption.type !== 'AWS_OWNED_KEY' ? sortKeys(encryption) : undefined,
    };
}
/** The state machines of the region: ARN by name. */
async function listStateMachines(sfn) {
    const arns = new Map();
    for await (const page of SFN.paginateListStateMachines({ client: sfn }, {})) {
        for (const sm of page.stateMachines ?? [])
            arns.set(sm.name, sm.stateMachineArn);
    }
    return arns;
}
async function listTags(sfn, arn) {
    return (await sfn.send(new SFN.ListTagsForResourceCommand({ resourceArn: arn }))).tags ?? [];
}
/** What a version runs with, of a description of it. */
function settingsOf(described) {
    const { loggingConfiguration, tracingConfiguration } = significant(described);
    return { definition: described.definition, roleArn: described.roleArn, loggingConfiguration, tracingConfiguration };
}
/** moto does not answer ListStateMachineVersions nor ListStateMachineAliases (an internal error). */
async function captureStateMachine(sfn, arn, versioned) {
    const [described, tags, versions, aliases] = await Promise.all([
        sfn.send(new SFN.DescribeStateMachineCommand({ stateMachineArn: arn })),
        listTags(sfn, arn),
        versioned ? captureVersions(sfn, arn, settingsOf) : [],
        versioned ? captureAliases(sfn, arn) : [],
    ]);
    return {
        name: described.name,
        type: described.type ?? 'STANDARD',
        definition: described.definition,
        roleArn: described.roleArn,
        ...significant(described),
        tags: sortedTags(tags, (t) => t.key),
        versions: nonEmpty(versions),
        aliases: nonEmpty(aliases),
    };
}
const capture = eachRegion(async function* (context, region) {
    const sfn = client(context, region);
    const arns = sortBy(await listStateMachines(sfn), ([name]) => name).map(([, arn]) => arn);
    const versioned = context.target.brand !== 'moto';
    for await (const data of mapOrdered(arns, DESCRIBE_CONCURRENCY, (arn) => captureStateMachine(sfn, arn, versioned))) {
        yield STATE_MACHINE.record(region, data.name, data);
    }
    for (const [name, arn] of await activityArns(sfn))
        yield ACTIVITY.record(region, name, await captureActivity(sfn, name, arn));
});
const regionsWithState = regionsWhere(async (context, region) => {
    const sfn = client(context, region);
    const [machines, activities] = await Promise.all([
        sfn.send(new SFN.ListStateMachinesCommand({ maxResults: 1 })),
        sfn.send(new SFN.ListActivitiesCommand({ maxResults: 1 })),
    ]);
    return (machines.stateMachines ?? []).length + (activities.activities ?? []).length > 0;
});
async function clear(context, region) {
    const sfn = client(context, region);
    for (const arn of (await listStateMachines(sfn)).values()) {
        await sfn.send(new SFN.DeleteStateMachineCommand({ stateMachineArn: arn }));
    }
    for (const arn of (await activityArns(sfn)).values())
        await sfn.send(new SFN.DeleteActivityCommand({ activityArn: arn }));
}
/** Creates a state machine, then publishes its versions and creates its aliases. */
async function create(sfn, sm) {
    const { stateMachineArn } = await sfn.send(new SFN.CreateStateMachineCommand({
        name: sm.name,
        type: sm.type,
        definition: sm.definition,
        roleArn: sm.roleArn,
        loggingConfiguration: sm.loggingConfiguration,
        tracingConfiguration: sm.tracingConfiguration,
        encryptionConfiguration: sm.encryptionConfiguration,
        tags: sm.tags,
    }));
    if (sm.versions || sm.aliases)
        await restoreVersions(sfn, stateMachineArn, sm, sm.versions ?? [], sm.aliases ?? []);
}
/**
 * Updates a state machine of the same name in place. It is replaced when its type differs (which
 * cannot change) or when the pod has versions or aliases: version numbers only start over on a
 * new state machine.
 */
async function upsert(sfn, arn, sm) {
    const current = await sfn.send(new SFN.DescribeStateMachineCommand({ stateMachineArn: arn }));
    if ((current.type ?? 'STANDARD') !== sm.type || sm.versions || sm.aliases) {
        await sfn.send(new SFN.DeleteStateMachineCommand({ stateMachineArn: arn }));
        await create(sfn, sm);
        return;
    }
    const encryptionDiffers = JSON.stringify(significant(current).encryptionConfiguration) !== JSON.stringify(sm.encryptionConfiguration);
    await sfn.send(new SFN.UpdateStateMachineCommand({
        stateMachineArn: arn,
        definition: sm.definition,
        roleArn: sm.roleArn,
        loggingConfiguration: sm.loggingConfiguration ?? LOGGING_OFF,
        tracingConfiguration: sm.tracingConfiguration ?? TRACING_OFF,
        ...(encryptionDiffers ? { encryptionConfiguration: sm.encryptionConfiguration ?? AWS_OWNED_KEY } : {}),
    }));
    await replaceTags((await listTags(sfn, arn)).map((t) => t.key), (sm.tags ?? []).map((t) => t.key), {
        untag: (tagKeys) => sfn.send(new SFN.UntagResourceCommand({ resourceArn: arn, tagKeys })),
        tag: () => sfn.send(new SFN.TagResourceCommand({ resourceArn: arn, tags: sm.tags })),
    });
}
async function restore(context, region, records) {
    const sfn = client(context, region);
    // Some emulators answer CreateStateMachine for an existing name with its ARN, unchanged: look first.
    const existing = await listStateMachines(sfn);
    await restoreRecords(context, records, 1, on(STATE_MACHINE, async (sm) => {
        const arn = existing.get(sm.name);
        await (arn ? upsert(sfn, arn, sm) : create(sfn, sm));
    }), on(ACTIVITY, (activity) => restoreActivity(sfn, activity)));
}
/**
 * Step Functions: state machines (definition, type, role, logging, tracing, encryption, tags,
 * published versions, aliases) and activities (tags).
 */
export const stepfunctions = {
    name: 'stepfunctions',
    dependsOn: ['iam', 'kms', 'lambda', 'logs'],
    capture,
    regionsWithState,
    clear,
    restore,
    requests: { signingName: 'states', deliversTo: ['*'] },
};
