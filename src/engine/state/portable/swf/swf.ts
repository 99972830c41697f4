import * as SWF from '@aws-sdk/client-swf';
import type { ServiceContext, ServiceModule } from '../../module.js';
import {
  clientOf,
  collect,
  eachRegion,
  on,
  recordKind,
  regionsWhere,
  replaceTags,
  reportFailure,
  restoreRecords,
  sortBy,
  sortedTags,
  unlessMissing,
  unlessUnimplemented,
} from '../kit/index.js';
import { terminateOpenExecutions, warnOfOpenExecutions } from './executions.js';
import { DEPRECATED, REGISTERED, UNKNOWN } from './faults.js';
import { captureTypes, deprecateTypes, restoreType, TYPE_APIS, type Status } from './types.js';

const client = clientOf(SWF.SWFClient);

type Tag = { key: string; value?: string };

type DomainData = {
  name: string;
  description?: string;
  /** Days, or NONE. */
  retention: string;
  deprecated?: true;
  tags?: Tag[];
};

const DOMAIN = recordKind<DomainData>('domain');

async function domainsOf(s: SWF.SWFClient, registrationStatus: Status): Promise<SWF.DomainInfo[]> {
  return collect(SWF.paginateListDomains({ client: s }, { registrationStatus }), (p) => p.domainInfos);
}

async function domains(s: SWF.SWFClient): Promise<SWF.DomainInfo[]> {
  return sortBy([...(await domainsOf(s, 'REGISTERED')), ...(await domainsOf(s, 'DEPRECATED'))], (d) => d.name!);
}

/** Its tags; none where the instance does not serve them (LocalStack). */
async function tagsOf(s: SWF.SWFClient, arn: string | undefined): Promise<Tag[] | undefined> {
  if (!arn) return undefined;
  const listed = await unlessUnimplemented(s, 'ListTagsForResource', () => s.send(new SWF.ListTagsForResourceCommand({ resourceArn: arn })));
  return sortedTags(listed?.tags as Tag[] | undefined, (t) => t.key);
}

async function captureDomain(s: SWF.SWFClient, info: SWF.DomainInfo): Promise<DomainData> {
  const d = await s.send(new SWF.DescribeDomainCommand({ name: info.name }));
  return {
    name: info.name!,
    description: d.domainInfo?.description || undefined,
    retention: d.configuration!.workflowExecutionRetentionPeriodInDays!,
    deprecated: d.domainInfo?.status === 'DEPRECATED' || undefined,
    tags: await tagsOf(s, d.domainInfo?.arn ?? info.arn),
  };
}

/** Each domain, followed by its workflow types and its activity types. */
const capture = eachRegion(async function* (context, region) {
  const s = client(context, region);
  for (const info of await domains(s)) {
    yield DOMAIN.record(region, info.name!, await captureDomain(s, info));
    for (const api of TYPE_APIS) yield* captureTypes(s, region, info.name!, api);
    if (info.status === 'REGISTERED') await warnOfOpenExecutions(context, s, info.name!);
  }
});

const regionsWithState = regionsWhere(async (context, region) => {
  const s = client(context, region);
  const listed = await Promise.all(
    (['REGISTERED', 'DEPRECATED'] as const).map((registrationStatus) =>
      s.send(new SWF.ListDomainsCommand({ registrationStatus, maximumPageSize: 1 })),
    ),
  );
  return listed.some((l) => (l.domainInfos?.length ?? 0) > 0);
});

/**
 * SWF deletes no domain, and emulators no type: clearing ends the open executions and
 * deprecates every domain and type, which is as gone as SWF makes them. A load undeprecates
 * those of the pod.
 */
async function clear(context: ServiceContext, region: string): Promise<void> {
  const s = client(context, region);
  for (const d of await domains(s)) {
    if (d.status === 'REGISTERED') await terminateOpenExecutions(s, d.name!);
    await deprecateTypes(s, d.name!);
    if (d.status === 'REGISTERED') await unlessMissing(s.send(new SWF.DeprecateDomainCommand({ name: d.name })), DEPRECATED);
  }
}

/**
 * Registered when missing, undeprecated when deprecated (its deprecation, if the pod has one,
 * comes after its types). SWF changes no domain's description or retention period: a domain of
 * the same name that differs keeps them, said so.
 */
async function restoreDomain(context: ServiceContext, s: SWF.SWFClient, d: DomainData): Promise<void> {
  const existing = await unlessMissing(s.send(new SWF.DescribeDomainCommand({ name: d.name })), UNKNOWN);
  if (!existing) {
    await s.send(
      new SWF.RegisterDomainCommand({ name: d.name, description: d.description, workflowExecutionRetentionPeriodInDays: d.retention, tags: d.tags }),
    );
    return;
  }
  if (
    (existing.domainInfo?.description || undefined) !== d.description ||
    existing.configuration?.workflowExecutionRetentionPeriodInDays !== d.retention
  ) {
    context.warn(
      DOMAIN.label(d.name),
      'the instance has a domain of this name with another description or retention period, which SWF does not change: it keeps them',
    );
  }
  if (existing.domainInfo?.status === 'DEPRECATED') await unlessMissing(s.send(new SWF.UndeprecateDomainCommand({ name: d.name })), REGISTERED);
  const arn = existing.domainInfo?.arn;
  const current = await tagsOf(s, arn);
  if (current !== undefined || d.tags !== undefined) {
    await replaceTags(
      (current ?? []).map((t) => t.key),
      (d.tags ?? []).map((t) => t.key),
      {
        untag: (tagKeys) => s.send(new SWF.UntagResourceCommand({ resourceArn: arn, tagKeys })),
        tag: () => s.send(new SWF.TagResourceCommand({ resourceArn: arn, tags: d.tags })),
      },
    );
  }
}

/** Simple Workflow: domains (description, retention period, tags) and their workflow and activity types with their defaults; deprecated ones stay deprecated. Executions are not kept. */
export const swf: ServiceModule = {
  name: 'swf',
  // Workflow types name a default Lambda role.
  dependsOn: ['iam'],
  capture,
  regionsWithState,
  clear,
  // In the pod's order: a domain before its types; the domains deprecated last, once their types are in.
  restore: async (context, region, records) => {
    const s = client(context, region);
    const deprecated: string[] = [];
    const typeHandlers = TYPE_APIS.map((api) => on(api.kind, (t) => restoreType(context, s, api, t)));
    await restoreRecords(
      context,
      records,
      1,
      on(DOMAIN, async (d) => {
        await restoreDomain(context, s, d);
        if (d.deprecated) deprecated.push(d.name);
      }),
      ...typeHandlers,
    );
    for (const name of deprecated) {
      await reportFailure(context, DOMAIN.label(name), () => unlessMissing(s.send(new SWF.DeprecateDomainCommand({ name })), DEPRECATED));
    }
  },
  requests: { signingName: 'swf', targetPrefix: 'SimpleWorkflowService' },
};
