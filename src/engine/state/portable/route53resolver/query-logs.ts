import * as R from '@aws-sdk/client-route53resolver';
import type { ServiceContext } from '../../module.js';
import { collect, isUnimplemented, type Network, recordKind, sortBy, unlessMissing, type VpcRef } from '../kit/index.js';
import { requestId, tagsOf, type Tag } from './tags.js';

export type QueryLogConfigData = { id: string; name: string; destination: string; tags?: Tag[] };

export type QueryLogAssociationData = { id: string; config: string; vpc: VpcRef };

export const QUERY_LOG_CONFIG = recordKind<QueryLogConfigData>('query-log-config');
export const QUERY_LOG_ASSOCIATION = recordKind<QueryLogAssociationData>('query-log-association');

/** The account's configs; not those other accounts share with it. */
export async function queryLogConfigs(r: R.Route53ResolverClient, account: string): Promise<R.ResolverQueryLogConfig[]> {
  const all = await collect(R.paginateListResolverQueryLogConfigs({ client: r }, {}), (p) => p.ResolverQueryLogConfigs);
  return sortBy(
    all.filter((c) => !c.OwnerId || c.OwnerId === account),
    (c) => c.Id!,
  );
}

export async function queryLogAssociations(
  r: R.Route53ResolverClient,
  configIds: ReadonlySet<string>,
): Promise<R.ResolverQueryLogConfigAssociation[]> {
  const all = await collect(R.paginateListResolverQueryLogConfigAssociations({ client: r }, {}), (p) => p.ResolverQueryLogConfigAssociations);
  return sortBy(
    all.filter((a) => configIds.has(a.ResolverQueryLogConfigId!)),
    (a) => a.Id!,
  );
}

export async function captureQueryLogConfig(r: R.Route53ResolverClient, c: R.ResolverQueryLogConfig): Promise<QueryLogConfigData> {
  return { id: c.Id!, name: c.Name!, destination: c.DestinationArn!, tags: await tagsOf(r, c.Arn!) };
}

export async function captureQueryLogAssociation(network: Network, a: R.ResolverQueryLogConfigAssociation): Promise<QueryLogAssociationData> {
  return { id: a.Id!, config: a.ResolverQueryLogConfigId!, vpc: await network.vpcRef(a.ResourceId!) };
}

/**
 * Made anew, unless the instance has a config of its name and destination: moto cannot delete
 * one, so a clear leaves it, and the load takes it rather than make a twin. Returns its id.
 */
export async function restoreQueryLogConfig(r: R.Route53ResolverClient, c: QueryLogConfigData, account: string): Promise<string> {
  const kept = (await queryLogConfigs(r, account)).find((x) => x.Name === c.name && x.DestinationArn === c.destination);
  if (kept) return kept.Id!;
  const created = await r.send(
    new R.CreateResolverQueryLogConfigCommand({ CreatorRequestId: requestId(c.id), Name: c.name, DestinationArn: c.destination, Tags: c.tags }),
  );
  return created.ResolverQueryLogConfig!.Id!;
}

/** Made unless the config logs the VPC already (a config a clear could not delete keeps its associations). */
export async function restoreQueryLogAssociation(
  r: R.Route53ResolverClient,
  network: Network,
  a: QueryLogAssociationData,
  configOf: (id: string) => string,
  label: string,
): Promise<void> {
  const config = configOf(a.config);
  const ResourceId = await network.vpc(a.vpc, label);
  if ((await queryLogAssociations(r, new Set([config]))).some((x) => x.ResourceId === ResourceId)) return;
  await r.send(new R.AssociateResolverQueryLogConfigCommand({ ResolverQueryLogConfigId: config, ResourceId }));
}

/**
 * The config without its associations (AWS deletes no config still in use); where the instance
 * cannot delete them (moto serves neither call), it says so and they stay.
 */
export async function deleteQueryLogConfig(context: ServiceContext, r: R.Route53ResolverClient, c: R.ResolverQueryLogConfig): Promise<void> {
  try {
    for (const a of await queryLogAssociations(r, new Set([c.Id!]))) {
      await unlessMissing(r.send(new R.DisassociateResolverQueryLogConfigCommand({ ResolverQueryLogConfigId: c.Id, ResourceId: a.ResourceId })));
    }
    await unlessMissing(r.send(new R.DeleteResolverQueryLogConfigCommand({ ResolverQueryLogConfigId: c.Id })));
  } catch (error) {
    if (!isUnimplemented(error)) throw error;
    context.warn(
      QUERY_LOG_CONFIG.label(c.Id!),
      `the instance cannot delete query log configs: ${c.Name} stays with its associations, and a load takes it for the pod's of its name and destination`,
    );
  }
}
