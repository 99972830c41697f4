/**
 * Published versions and aliases of a state machine. Version numbers are drawn by the service,
 * one after the other, so a restore publishes them again in order on a new state machine: a
 * number the pod lacks (a deleted version) is published and deleted again to keep the next ones'.
 */
import * as SFN from '@aws-sdk/client-sfn';
import { collect, pagesOf, sortBy } from '../kit/index.js';
/** What an instance reports for a state machine created without these settings. */
export const LOGGING_OFF = { level: 'OFF', includeExecutionData: false };
export const TRACING_OFF = { enabled: false };
function versionNumber(versionArn) {
    return Number(versionArn.slice(versionArn.lastIndexOf(':') + 1));
}
/** The versions of a state machine, oldest first, read with `settings`. */
export async function captureVersions(sfn, arn, settings) {
    const pages = pagesOf((nextToken) => sfn.send(new SFN.ListStateMachineVersionsCommand({ stateMachineArn: arn, nextToken })), (page) => page.nextToken);
    const listed = await collect(pages, (page) => page.stateMachineVersions);
    const versions = await Promise.all(listed.map(async ({ stateMachineVersionArn }) => {
        const described = await sfn.send(new SFN.DescribeStateMachineCommand({ stateMachineArn: stateMachineVersionArn }));
        return { version: versionNumber(stateMachineVersionArn), description: described.description || undefined, ...settings(described) };
    }));
    return versions.sort((a, b) => a.version - b.version);
}
export async function captureAliases(sfn, arn) {
    const pages = pagesOf((nextToken) => sfn.send(new SFN.ListStateMachineAliasesCommand({ stateMachineArn: arn, nextToken })), (page) => page.nextToken);
    const listed = await collect(pages, (page) => page.stateMachineAliases);
    const aliases = await Promise.all(listed.map(async ({ stateMachineAliasArn }) => {
        const alias = await sfn.send(new SFN.DescribeStateMachineAliasCommand({ stateMachineAliasArn }));
        const routing = (alias.routingConfiguration ?? []).map((r) => ({ version: versionNumber(r.stateMachineVersionArn), weight: r.weight }));
        return { name: alias.name, description: alias.description || undefined, routing: routing.sort((a, b) => a.version - b.version) };
    }));
    return sortBy(aliases, (a) => a.name);
}
function update(arn, settings) {
    return {
        stateMachineArn: arn,
        definition: settings.definition,
        roleArn: settings.roleArn,
        loggingConfiguration: settings.loggingConfiguration ?? LOGGING_OFF,
        tracingConfiguration: settings.tracingConfiguration ?? TRACING_OFF,
    };
}
/**
 * Publishes the pod's versions on a state machine that has none yet, brings it back to its own
 * settings, and creates its aliases.
 */
export async function restoreVersions(sfn, arn, current, versions, aliases) {
    const last = versions.at(-1)?.version ?? 0;
    for (let n = 1; n <= last; n++) {
        const version = versions.find((v) => v.version >= n);
        const published = await sfn.send(new SFN.UpdateStateMachineCommand({ ...update(arn, version), publish: true, versionDescription: version.description }));
        const versionArn = published.stateMachineVersionArn;
        if (versionNumber(versionArn) !== n)
            throw new Error(`The instance published version ${versionArn} where the pod has version ${n}.`);
        if (version.version !== n)
            await sfn.send(new SFN.DeleteStateMachineVersionCommand({ stateMachineVersionArn: versionArn }));
    }
    if (last > 0)
        await sfn.send(new SFN.UpdateStateMachineCommand(update(arn, current)));
    for (const alias of aliases) {
        await sfn.send(new SFN.CreateStateMachineAliasCommand({
            name: alias.name,
            description: alias.description,
            routingConfiguration: alias.routing.map((r) => ({ stateMachineVersionArn: `${arn}:${r.version}`, weight: r.weight })),
        }));
    }
}
