import * as EC2 from '@aws-sdk/client-ec2';
import { canonicalDocument, collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import type { Renames } from './ids.js';
import { filter, tagResource, tagsOf, type Tag } from './tags.js';

/** VPC endpoints, gateway (routes in route tables) and interface (in subnets, behind security groups). */

export type VpcEndpointData = {
  id: string;
  vpcId: string;
  serviceName: string;
  type?: string;
  policy?: string;
  privateDnsEnabled?: boolean;
  routeTableIds?: string[];
  subnetIds?: string[];
  securityGroupIds?: string[];
  tags?: Tag[];
};

export const VPC_ENDPOINT = recordKind<VpcEndpointData>('vpc-endpoint', 'VPC endpoint');

export async function endpointsOf(ec2: EC2.EC2Client, vpcIds: readonly string[]): Promise<EC2.VpcEndpoint[]> {
  if (vpcIds.length === 0) return [];
  const endpoints = await collect(
    EC2.paginateDescribeVpcEndpoints({ client: ec2 }, { Filters: [filter('vpc-id', ...vpcIds)] }),
    (p) => p.VpcEndpoints,
  );
  return sortBy(
    endpoints.filter((e) => !['deleted', 'deleting'].includes(String(e.State).toLowerCase())),
    (e) => e.VpcEndpointId!,
  );
}

const sorted = (ids: readonly (string | undefined)[] | undefined) => nonEmpty((ids ?? []).map((id) => id!).sort());

export function captureEndpoint(e: EC2.VpcEndpoint): VpcEndpointData {
  return {
    id: e.VpcEndpointId!,
    vpcId: e.VpcId!,
    serviceName: e.ServiceName!,
    type: e.VpcEndpointType,
    policy: canonicalDocument(e.PolicyDocument),
    privateDnsEnabled: e.VpcEndpointType === 'Interface' ? e.PrivateDnsEnabled : undefined,
    routeTableIds: sorted(e.RouteTableIds),
    subnetIds: sorted(e.SubnetIds),
    securityGroupIds: sorted(e.Groups?.map((g) => g.GroupId)),
    tags: tagsOf(e.Tags),
  };
}

export async function restoreEndpoint(ec2: EC2.EC2Client, ids: Renames, e: VpcEndpointData): Promise<void> {
  const created = await ec2.send(
    new EC2.CreateVpcEndpointCommand({
      VpcId: ids.of(e.vpcId),
      ServiceName: e.serviceName,
      VpcEndpointType: e.type as EC2.VpcEndpointType | undefined,
      PolicyDocument: e.policy,
      PrivateDnsEnabled: e.privateDnsEnabled,
      RouteTableIds: e.routeTableIds?.map(ids.of),
      SubnetIds: e.subnetIds?.map(ids.of),
      SecurityGroupIds: e.securityGroupIds?.map(ids.of),
    }),
  );
  const id = created.VpcEndpoint!.VpcEndpointId!;
  ids.got(VPC_ENDPOINT, e.id, id);
  await tagResource(ec2, id, e.tags);
}

export async function deleteEndpoints(ec2: EC2.EC2Client, endpoints: readonly EC2.VpcEndpoint[]): Promise<void> {
  if (endpoints.length > 0)
    await unlessMissing(ec2.send(new EC2.DeleteVpcEndpointsCommand({ VpcEndpointIds: endpoints.map((e) => e.VpcEndpointId!) })));
}
