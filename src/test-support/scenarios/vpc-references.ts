import { buffer } from 'node:stream/consumers';
import * as EC2 from '@aws-sdk/client-ec2';
import * as IAM from '@aws-sdk/client-iam';
import * as Lambda from '@aws-sdk/client-lambda';
import * as OS from '@aws-sdk/client-opensearch';
import * as Redshift from '@aws-sdk/client-redshift';
import * as R53 from '@aws-sdk/client-route-53';
import { expect } from 'vitest';
import { ZipFile } from 'yazl';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { scenarioOf, servedOrNot } from './scenario.js';

const services = { services: 'ec2,lambda,route53,opensearch,redshift' };
const ZONE = 'internal.vpc.test.';
const ROLE = 'vpc-references-function';

type Clients = {
  ec2: EC2.EC2Client;
  iam: IAM.IAMClient;
  lambda: Lambda.LambdaClient;
  r53: R53.Route53Client;
  os: OS.OpenSearchClient;
  redshift: Redshift.RedshiftClient;
};

async function handlerZip(): Promise<Uint8Array> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('exports.handler = async () => ({});\n'), 'index.js', { mtime: new Date(0), mode: 0o644 });
  zip.end();
  return buffer(zip.outputStream);
}

/** The functions' role, outside the saved services: made again after moto's reset, under the same ARN. */
async function role(iam: IAM.IAMClient): Promise<string> {
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const made = await iam
    .send(new IAM.CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: JSON.stringify(trust) }))
    .catch(async (error: unknown) => {
      if ((error as Error).name !== 'EntityAlreadyExists') throw error;
      return iam.send(new IAM.GetRoleCommand({ RoleName: ROLE }));
    });
  return made.Role!.Arn!;
}

/** A default subnet of `zone`, and the default VPC's default group. */
async function defaultPlacement(ec2: EC2.EC2Client, zone: string) {
  const subnet = (
    await ec2.send(
      new EC2.DescribeSubnetsCommand({
        Filters: [
          { Name: 'default-for-az', Values: ['true'] },
          { Name: 'availability-zone', Values: [zone] },
        ],
      }),
    )
  ).Subnets![0]!;
  const group = (
    await ec2.send(
      new EC2.DescribeSecurityGroupsCommand({
        Filters: [
          { Name: 'vpc-id', Values: [subnet.VpcId!] },
          { Name: 'group-name', Values: ['default'] },
        ],
      }),
    )
  ).SecurityGroups![0]!;
  return { subnet: subnet.SubnetId!, group: group.GroupId! };
}

/**
 * A VPC with a subnet and a group, a private zone of that VPC, a search domain in it, a
 * Redshift subnet group of the default VPC's subnets (where Redshift is served), a function in
 * the VPC and one in the default VPC (LocalStack cannot create functions offline).
 */
async function seed({ ec2, iam, lambda, r53, os, redshift }: Clients, emulator: Emulator): Promise<void> {
  const VpcId = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc!.VpcId!;
  const subnet = await ec2.send(new EC2.CreateSubnetCommand({ VpcId, CidrBlock: '10.30.1.0/24', AvailabilityZone: 'us-east-1a' }));
  const group = await ec2.send(new EC2.CreateSecurityGroupCommand({ VpcId, GroupName: 'functions', Description: 'the functions' }));
  // Without a comment where the emulator allows it: a load then sends an empty one (LocalStack fails without).
  const HostedZoneConfig = { PrivateZone: true, Comment: emulator === 'localstack' ? 'names of the VPC' : undefined };
  await r53.send(
    new R53.CreateHostedZoneCommand({ Name: ZONE, CallerReference: 'vpc-zone', VPC: { VPCRegion: 'us-east-1', VPCId: VpcId }, HostedZoneConfig }),
  );
  const inVpc = { SubnetIds: [subnet.Subnet!.SubnetId!], SecurityGroupIds: [group.GroupId!] };
  await os.send(new OS.CreateDomainCommand({ DomainName: 'vpc-search', EngineVersion: 'OpenSearch_2.11', VPCOptions: inVpc }));
  const [a, b] = await Promise.all([defaultPlacement(ec2, 'us-east-1a'), defaultPlacement(ec2, 'us-east-1b')]);
  await servedOrNot(
    redshift.send(
      new Redshift.CreateClusterSubnetGroupCommand({
        ClusterSubnetGroupName: 'vpc-warehouse',
        Description: 'default subnets',
        SubnetIds: [a.subnet, b.subnet],
      }),
    ),
  );
  if (emulator === 'localstack') return;
  const Role = await role(iam);
  const ZipFile = await handlerZip();
  const inDefaultVpc = { SubnetIds: [b.subnet], SecurityGroupIds: [b.group] };
  for (const [FunctionName, VpcConfig] of [
    ['in-vpc', inVpc],
    ['in-default-vpc', inDefaultVpc],
  ] as const) {
    await lambda.send(
      new Lambda.CreateFunctionCommand({ FunctionName, Role, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile }, VpcConfig }),
    );
    await Lambda.waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 60 }, { FunctionName });
  }
}

/** What the zone, the domain, the subnet group and the functions name, told by CIDR block, zone and group name instead of ids the instance draws. */
async function references({ ec2, lambda, r53, os, redshift }: Clients) {
  const [vpcs, subnets, groups] = await Promise.all([
    ec2.send(new EC2.DescribeVpcsCommand({})).then((r) => r.Vpcs ?? []),
    ec2.send(new EC2.DescribeSubnetsCommand({})).then((r) => r.Subnets ?? []),
    ec2.send(new EC2.DescribeSecurityGroupsCommand({})).then((r) => r.SecurityGroups ?? []),
  ]);
  const vpc = (id?: string) => vpcs.find((v) => v.VpcId === id)?.CidrBlock ?? `missing ${id}`;
  const subnet = (id: string) => {
    const found = subnets.find((s) => s.SubnetId === id);
    return found ? `${found.AvailabilityZone} ${found.CidrBlock}` : `missing ${id}`;
  };
  const group = (id: string) => groups.find((g) => g.GroupId === id)?.GroupName ?? `missing ${id}`;
  const domain = await os.send(new OS.DescribeDomainCommand({ DomainName: 'vpc-search' })).catch(() => undefined);
  const subnetGroup = await servedOrNot(
    redshift.send(new Redshift.DescribeClusterSubnetGroupsCommand({ ClusterSubnetGroupName: 'vpc-warehouse' })).catch((error: Error) => {
      if (error.name === 'ClusterSubnetGroupNotFoundFault') return undefined;
      throw error;
    }),
  );
  const zoneId = (await r53.send(new R53.ListHostedZonesByNameCommand({ DNSName: ZONE }))).HostedZones?.find((z) => z.Name === ZONE)?.Id;
  const zone = zoneId && (await r53.send(new R53.GetHostedZoneCommand({ Id: zoneId })));
  const functions = (await lambda.send(new Lambda.ListFunctionsCommand({}))).Functions ?? [];
  return {
    zone: zone && zone.VPCs?.map((v) => ({ region: v.VPCRegion, vpc: vpc(v.VPCId) })),
    domain: domain && {
      subnets: domain.DomainStatus?.VPCOptions?.SubnetIds?.map(subnet),
      groups: domain.DomainStatus?.VPCOptions?.SecurityGroupIds?.map(group),
    },
    subnetGroup: subnetGroup?.ClusterSubnetGroups?.[0]?.Subnets?.map((s) => subnet(s.SubnetIdentifier!)).sort(),
    functions: functions
      .map((f) => ({
        name: f.FunctionName,
        vpc: vpc(f.VpcConfig?.VpcId),
        subnets: f.VpcConfig?.SubnetIds?.map(subnet),
        groups: f.VpcConfig?.SecurityGroupIds?.map(group),
      }))
      .sort((a, b) => a.name!.localeCompare(b.name!)),
  };
}

async function roundTrip(endpoint: string, emulator: Emulator) {
  const config = sdkConfig(endpoint);
  const clients: Clients = {
    ec2: new EC2.EC2Client(config),
    iam: new IAM.IAMClient(config),
    lambda: new Lambda.LambdaClient(config),
    r53: new R53.Route53Client(config),
    os: new OS.OpenSearchClient(config),
    redshift: new Redshift.RedshiftClient(config),
  };
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seed(clients, emulator);
    const before = await references(clients);
    expect(before.zone).toEqual([{ region: 'us-east-1', vpc: '10.30.0.0/16' }]);
    // LocalStack's OpenSearch keeps no VPC options.
    const inVpc =
      emulator === 'localstack' ? { subnets: undefined, groups: undefined } : { subnets: ['us-east-1a 10.30.1.0/24'], groups: ['functions'] };
    expect(before.domain).toEqual(inVpc);
    expect(before.subnetGroup?.length).toBe(emulator === 'ministack' ? undefined : 2);
    const served = before.functions.filter((f) => f.subnets);
    expect(served.map((f) => f.name)).toEqual(emulator === 'localstack' ? [] : ['in-default-vpc', 'in-vpc']);
    await saveState(endpoint, home, 'vpc', services);
    // A fresh moto draws other ids for its default VPC too: the function and the subnet group in it find the counterparts.
    if (emulator === 'moto') {
      await fetch(new URL('/moto-api/reset', endpoint), { method: 'POST' });
      await role(clients.iam);
    } else await emptyServices(endpoint, home, 'empty', services.services);
    expect((await references(clients)).zone).toBeUndefined();
    const loaded = await loadState(endpoint, home, 'vpc', services);
    expect(await references(clients)).toEqual(before);
    const standIns = loaded.warnings.filter((w) => w.message.includes('stands in for it'));
    expect(standIns.length > 0).toBe(emulator === 'moto');
  } finally {
    for (const client of Object.values(clients)) client.destroy();
  }
}

export const vpcReferencesScenario = scenarioOf(
  'vpc references',
  'brings back a private zone and a search domain of a VPC, a Redshift subnet group of the default VPC, and functions in both, naming the new ids or their counterparts',
  roundTrip,
);
