import * as EC2 from '@aws-sdk/client-ec2';
import * as Redshift from '@aws-sdk/client-redshift';
import { expect } from 'vitest';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, expectNothingSaved, scenarioOf, servedAtAll, servedOrNot } from './scenario.js';

const services = { services: 'redshift' };

/** Two subnets of the default VPC, which the subnet group names (EC2 is not part of the pod, and stays). */
async function defaultSubnets(endpoint: string): Promise<string[]> {
  const ec2 = new EC2.EC2Client(sdkConfig(endpoint));
  try {
    const vpc = (await ec2.send(new EC2.DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }))).Vpcs![0]!.VpcId!;
    const subnets = (await ec2.send(new EC2.DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc] }] }))).Subnets!;
    return subnets
      .map((s) => s.SubnetId!)
      .sort()
      .slice(0, 2);
  } finally {
    ec2.destroy();
  }
}

/**
 * A sales warehouse: a tagged parameter group with two parameters set, a subnet group, a
 * snapshot copy grant, a snapshot schedule, an encrypted two-node cluster using them, and a
 * single-node cluster whose password Secrets Manager keeps.
 */
async function seedWarehouse(r: Redshift.RedshiftClient, endpoint: string, account: string): Promise<void> {
  await r.send(
    new Redshift.CreateClusterParameterGroupCommand({
      ParameterGroupName: 'analytics',
      ParameterGroupFamily: 'redshift-1.0',
      Description: 'analytics settings',
      Tags: [{ Key: 'team', Value: 'bi' }],
    }),
  );
  await servedOrNot(
    r.send(
      new Redshift.ModifyClusterParameterGroupCommand({
        ParameterGroupName: 'analytics',
        Parameters: [
          { ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' },
          { ParameterName: 'statement_timeout', ParameterValue: '60000' },
        ],
      }),
    ),
  );
  await r.send(
    new Redshift.CreateClusterSubnetGroupCommand({
      ClusterSubnetGroupName: 'warehouse',
      Description: 'warehouse subnets',
      SubnetIds: await defaultSubnets(endpoint),
      Tags: [{ Key: 'team', Value: 'bi' }],
    }),
  );
  await r.send(
    new Redshift.CreateSnapshotCopyGrantCommand({
      SnapshotCopyGrantName: 'to-dr-region',
      KmsKeyId: `arn:aws:kms:us-west-2:${account}:key/11111111-2222-3333-4444-555555555555`,
    }),
  );
  const schedule = await servedOrNot(
    r.send(
      new Redshift.CreateSnapshotScheduleCommand({
        ScheduleIdentifier: 'twice-daily',
        ScheduleDefinitions: ['rate(12 hours)'],
        ScheduleDescription: 'twice a day',
      }),
    ),
  );
  await r.send(
    new Redshift.CreateClusterCommand({
      ClusterIdentifier: 'sales',
      NodeType: 'ra3.xlplus',
      ClusterType: 'multi-node',
      NumberOfNodes: 2,
      DBName: 'sales',
      MasterUsername: 'warehouse_admin',
      MasterUserPassword: 'Initial-Passw0rd',
      Port: 5440,
      ClusterParameterGroupName: 'analytics',
      ClusterSubnetGroupName: 'warehouse',
      Encrypted: true,
      AutomatedSnapshotRetentionPeriod: 7,
      PreferredMaintenanceWindow: 'sun:04:00-sun:04:30',
      IamRoles: [`arn:aws:iam::${account}:role/redshift-copy`],
      Tags: [{ Key: 'env', Value: 'test' }],
    }),
  );
  if (schedule) await r.send(new Redshift.ModifyClusterSnapshotScheduleCommand({ ClusterIdentifier: 'sales', ScheduleIdentifier: 'twice-daily' }));
  await r.send(
    new Redshift.CreateClusterCommand({
      ClusterIdentifier: 'adhoc',
      NodeType: 'dc2.large',
      ClusterType: 'single-node',
      MasterUsername: 'analyst',
      ManageMasterPassword: true,
    }),
  );
}

/** What a user reads back of it. */
async function redshiftState(r: Redshift.RedshiftClient) {
  const groups = [];
  for (const g of (await r.send(new Redshift.DescribeClusterParameterGroupsCommand({}))).ParameterGroups ?? []) {
    const parameters = (await r.send(new Redshift.DescribeClusterParametersCommand({ ParameterGroupName: g.ParameterGroupName }))).Parameters;
    groups.push({ ...g, parameters });
  }
  const subnetGroups = (await r.send(new Redshift.DescribeClusterSubnetGroupsCommand({}))).ClusterSubnetGroups;
  const grants = (await r.send(new Redshift.DescribeSnapshotCopyGrantsCommand({}))).SnapshotCopyGrants;
  const schedules = (await servedOrNot(r.send(new Redshift.DescribeSnapshotSchedulesCommand({}))))?.SnapshotSchedules;
  // The instance draws each cluster's endpoint address anew (`sales.<random>.us-east-1.redshift.amazonaws.com`), and stamps its creation.
  const clusters = ((await r.send(new Redshift.DescribeClustersCommand({}))).Clusters ?? [])
    .map(({ ClusterCreateTime, Endpoint, ...c }) => ({ ...c, port: Endpoint?.Port }))
    .sort((a, b) => a.ClusterIdentifier!.localeCompare(b.ClusterIdentifier!));
  const byName = (a: { ParameterGroupName?: string }, b: { ParameterGroupName?: string }) =>
    a.ParameterGroupName!.localeCompare(b.ParameterGroupName!);
  return JSON.parse(JSON.stringify({ groups: groups.sort(byName), subnetGroups, grants, schedules, clusters }));
}

async function roundTrip(endpoint: string, emulator: Emulator) {
  const r = new Redshift.RedshiftClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    if (!(await servedAtAll(r.send(new Redshift.DescribeClustersCommand({}))))) {
      // MiniStack does not serve Redshift: the module saves nothing there, and fails nothing.
      expect(emulator).toBe('ministack');
      await expectNothingSaved(endpoint, home, services);
      return;
    }
    await seedWarehouse(r, endpoint, accountOf(emulator));
    const before = await redshiftState(r);
    expect(before.clusters.map((c: { ClusterIdentifier: string }) => c.ClusterIdentifier).sort()).toEqual(['adhoc', 'sales']);
    const saved = await saveState(endpoint, home, 'warehouse', services);
    // moto and LocalStack serve neither parameter values nor snapshot schedules: no schedule record.
    expect(saved.resources).toEqual({ redshift: 5 });
    // moto and LocalStack do not keep passwords in Secrets Manager: both clusters' passwords are drawn anew.
    expect(saved.warnings.map((w) => w.resource).sort()).toEqual(['cluster adhoc', 'cluster sales']);
    await emptyServices(endpoint, home, 'empty', services.services);
    expect((await redshiftState(r)).clusters).toEqual([]);
    await loadState(endpoint, home, 'warehouse', services);
    expect(await redshiftState(r)).toEqual(before);
  } finally {
    r.destroy();
  }
}

export const redshiftScenario = scenarioOf(
  'redshift',
  'restores clusters with their nodes, database, groups, encryption and tags (a new master password), parameter groups, subnet groups and snapshot copy grants',
  roundTrip,
);
