import * as R from '@aws-sdk/client-route53resolver';
import { collect, type GroupRef, type Network, nonEmpty, recordKind, sortBy, type SubnetRef, unlessMissing } from '../kit/index.js';
import { requestId, tagsOf, type Tag } from './tags.js';

export type EndpointData = {
  id: string;
  name?: string;
  direction: string;
  groups: GroupRef[];
  /** Each address in its subnet, as the instance gave it or as it was asked for. */
  addresses: { subnet: SubnetRef; ip?: string; ipv6?: string }[];
  endpointType?: string;
  protocols?: string[];
  tags?: Tag[];
};

export const ENDPOINT = recordKind<EndpointData>('resolver-endpoint');

export async function endpoints(r: R.Route53ResolverClient): Promise<R.ResolverEndpoint[]> {
  return sortBy(await collect(R.paginateListResolverEndpoints({ client: r }, {}), (p) => p.ResolverEndpoints), (e) => e.Id!);
}

export async function captureEndpoint(r: R.Route53ResolverClient, network: Network, e: R.ResolverEndpoint): Promise<EndpointData> {
  const addresses = await collect(R.paginateListResolverEndpointIpAddresses({ client: r }, { ResolverEndpointId: e.Id }), (p) => p.IpAddresses);
  return {
    id: e.Id!,
    name: e.Name || undefined,
    direction: e.Direction!,
    groups: await Promise.all(sortBy(e.SecurityGroupIds ?? [], (g) => g).map((g) => network.groupRef(g))),
    addresses: await Promise.all(
      sortBy(addresses, (a) => `${a.SubnetId}/${a.Ip ?? a.Ipv6}`).map(async (a) => ({
        subnet: await network.subnetRef(a.SubnetId!),
        ip: a.Ip,
        ipv6: a.Ipv6,
      })),
    ),
    endpointType: e.ResolverEndpointType,
    protocols: nonEmpty(e.Protocols),
    tags: await tagsOf(r, e.Arn!),
  };
}

/** Made anew in the counterparts of its subnets and groups; returns the id the instance drew. */
export async function restoreEndpoint(r: R.Route53ResolverClient, network: Network, e: EndpointData, label: string): Promise<string> {
  const IpAddresses = [];
  for (const a of e.addresses) IpAddresses.push({ SubnetId: await network.subnet(a.subnet, label), Ip: a.ip, Ipv6: a.ipv6 });
  const vpc = e.addresses[0]?.subnet.vpc ? await network.vpc(e.addresses[0].subnet.vpc, label) : undefined;
  const SecurityGroupIds = [];
  for (const g of e.groups) SecurityGroupIds.push(await network.group(g, vpc, label));
  const created = await r.send(
    new R.CreateResolverEndpointCommand({
      CreatorRequestId: requestId(e.id),
      Name: e.name,
      Direction: e.direction as R.ResolverEndpointDirection,
      SecurityGroupIds,
      IpAddresses,
      ResolverEndpointType: e.endpointType as R.ResolverEndpointType | undefined,
      Protocols: e.protocols as R.Protocol[] | undefined,
      Tags: e.tags,
    }),
  );
  return created.ResolverEndpoint!.Id!;
}

export async function deleteEndpoint(r: R.Route53ResolverClient, id: string): Promise<void> {
  await unlessMissing(r.send(new R.DeleteResolverEndpointCommand({ ResolverEndpointId: id })));
}
