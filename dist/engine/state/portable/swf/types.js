import * as SWF from '@aws-sdk/client-swf';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { DEPRECATED, UNKNOWN } from './faults.js';
const WORKFLOW = {
    kind: recordKind('workflow-type'),
    list: (s, domain, registrationStatus) => collect(SWF.paginateListWorkflowTypes({ client: s }, { domain, registrationStatus }), (p) => p.typeInfos?.map((i) => i.workflowType)),
    describe: async (s, domain, workflowType) => {
        const d = await unlessMissing(s.send(new SWF.DescribeWorkflowTypeCommand({ domain, workflowType })), UNKNOWN);
        return d && { info: d.typeInfo, defaults: d.configuration ?? {} };
    },
    register: (s, t) => s.send(new SWF.RegisterWorkflowTypeCommand({ domain: t.domain, name: t.name, version: t.version, description: t.description, ...t.defaults })),
    deprecate: (s, domain, workflowType) => s.send(new SWF.DeprecateWorkflowTypeCommand({ domain, workflowType })),
    undeprecate: (s, domain, workflowType) => s.send(new SWF.UndeprecateWorkflowTypeCommand({ domain, workflowType })),
};
const ACTIVITY = {
    kind: recordKind('activity-type'),
    list: (s, domain, registrationStatus) => collect(SWF.paginateListActivityTypes({ client: s }, { domain, registrationStatus }), (p) => p.typeInfos?.map((i) => i.activityType)),
    describe: async (s, domain, activityType) => {
        const d = await unlessMissing(s.send(new SWF.DescribeActivityTypeCommand({ domain, activityType })), UNKNOWN);
        return d && { info: d.typeInfo, defaults: d.configuration ?? {} };
    },
    register: (s, t) => s.send(new SWF.RegisterActivityTypeCommand({ domain: t.domain, name: t.name, version: t.version, description: t.description, ...t.defaults })),
    deprecate: (s, domain, activityType) => s.send(new SWF.DeprecateActivityTypeCommand({ domain, activityType })),
    undeprecate: (s, domain, activityType) => s.send(new SWF.UndeprecateActivityTypeCommand({ domain, activityType })),
};
export const TYPE_APIS = [WORKFLOW, ACTIVITY];
const typeId = (t) => `${t.domain}/${t.name}/${t.version}`;
/** The defaults as one spelling: keys sorted, unset ones left out, so equal settings compare equal. */
function defaultsOf(configuration) {
    const entries = Object.entries(configuration).filter(([, v]) => v !== undefined);
    return Object.fromEntries(sortBy(entries, ([k]) => k));
}
/** Every type of `domain` of one kind, registered and deprecated, by name and version. */
export async function* captureTypes(s, region, domain, api) {
    const listed = [...(await api.list(s, domain, 'REGISTERED')), ...(await api.list(s, domain, 'DEPRECATED'))];
    for (const type of sortBy(listed, (t) => `${t.name}/${t.version}`)) {
        const described = await api.describe(s, domain, type);
        if (!described)
            continue;
        const data = {
            domain,
            name: type.name,
            version: type.version,
            description: described.info.description || undefined,
            deprecated: described.info.status === 'DEPRECATED' || undefined,
            defaults: defaultsOf(described.defaults),
        };
        yield api.kind.record(region, typeId(data), data);
    }
}
/** Deprecates every registered type of `domain` (SWF deletes no type that is in use, and emulators none at all). */
export async function deprecateTypes(s, domain) {
    for (const api of TYPE_APIS) {
        for (const type of await api.list(s, domain, 'REGISTERED'))
            await unlessMissing(api.deprecate(s, domain, type), DEPRECATED);
    }
}
/**
 * Registered when missing, then deprecated or undeprecated as the pod has it. SWF changes no
 * type once registered (a change is a new version): one that differs stays as it is, said so.
 */
export async function restoreType(context, s, api, t) {
    const type = { name: t.name, version: t.version };
    const existing = await api.describe(s, t.domain, type);
    if (!existing)
        await api.register(s, t);
    else if ((existing.info.description || undefined) !== t.description ||
        JSON.stringify(defaultsOf(existing.defaults)) !== JSON.stringify(t.defaults)) {
        context.warn(api.kind.label(typeId(t)), 'the instance has this version with another description or other defaults, which SWF does not change: it keeps them');
    }
    const deprecated = existing?.info.status === 'DEPRECATED';
    if (t.deprecated && !deprecated)
        await api.deprecate(s, t.domain, type);
    if (!t.deprecated && deprecated)
        await api.undeprecate(s, t.domain, type);
}
