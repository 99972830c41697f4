import * as Redshift from '@aws-sdk/client-redshift';
import type { ServiceContext, ServiceModule } from '../../module.js';
import { eachRegion, labelOf, Network, on, regionsWhere, restoreRecords, unlessUnimplemented } from '../kit/index.js';
import { client } from './client.js';
import { CLUSTER, clusterOf, clusters, deleteCluster, restoreCluster } from './clusters.js';
import {
  captureParameterGroup,
  clearGroups,
  COPY_GRANT,
  copyGrantOf,
  copyGrants,
  isDefaultParameterGroup,
  PARAMETER_GROUP,
  parameterGroups,
  restoreCopyGrant,
  restoreParameterGroup,
  restoreSchedule,
  restoreSubnetGroup,
  SCHEDULE,
  scheduleOf,
  schedules,
  SUBNET_GROUP,
  subnetGroupOf,
  subnetGroups,
} from './groups.js';

/** What clusters name first (groups, grants, schedules), then the clusters. */
const capture = eachRegion(async function* (context, region) {
  const r = client(context, region);
  for (const g of await parameterGroups(r)) yield PARAMETER_GROUP.record(region, g.ParameterGroupName!, await captureParameterGroup(r, g));
  const network = new Network(context, region);
  for (const g of await subnetGroups(r)) yield SUBNET_GROUP.record(region, g.ClusterSubnetGroupName!, await subnetGroupOf(network, g));
  for (const g of await copyGrants(r)) yield COPY_GRANT.record(region, g.SnapshotCopyGrantName!, copyGrantOf(g));
  for (const s of await schedules(r)) yield SCHEDULE.record(region, s.ScheduleIdentifier!, scheduleOf(s));
  for (const c of await clusters(r)) yield CLUSTER.record(region, c.ClusterIdentifier!, clusterOf(context, c));
});

/** Clusters, the region's own parameter groups, subnet groups and copy grants, each asked for one page at once. */
const regionsWithState = regionsWhere(async (context, region) => {
  const r = client(context, region);
  const [c, p, s, g] = await Promise.all([
    r.send(new Redshift.DescribeClustersCommand({ MaxRecords: 20 })),
    r.send(new Redshift.DescribeClusterParameterGroupsCommand({ MaxRecords: 100 })),
    r.send(new Redshift.DescribeClusterSubnetGroupsCommand({ MaxRecords: 20 })),
    unlessUnimplemented(r, 'DescribeSnapshotCopyGrants', () => r.send(new Redshift.DescribeSnapshotCopyGrantsCommand({ MaxRecords: 20 }))),
  ]);
  const ownGroups = (p.ParameterGroups ?? []).filter((x) => !isDefaultParameterGroup(x.ParameterGroupName!));
  return [c.Clusters, ownGroups, s.ClusterSubnetGroups, g?.SnapshotCopyGrants].some((items) => (items?.length ?? 0) > 0);
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const r = client(context, region);
  for (const c of await clusters(r)) await deleteCluster(r, c.ClusterIdentifier!);
  await clearGroups(r);
}

/**
 * Redshift: clusters' configuration (nodes, database, master user, port, groups, security
 * groups, encryption, snapshots and maintenance, roles, tags), parameter groups with the
 * parameters set in them, subnet groups, snapshot copy grants and snapshot schedules. The
 * clusters' data is not kept, nor their master password, which is not readable.
 */
export const redshift: ServiceModule = {
  name: 'redshift',
  // Subnet groups name EC2 subnets; clusters name security groups, roles and keys.
  dependsOn: ['iam', 'kms', 'ec2'],
  capture,
  regionsWithState,
  clear,
  // One at a time, in the pod's order: a cluster after the groups and schedule it names.
  restore: (context, region, records) => {
    const r = client(context, region);
    const network = new Network(context, region);
    return restoreRecords(
      context,
      records,
      1,
      on(PARAMETER_GROUP, (g) => restoreParameterGroup(r, g)),
      on(SUBNET_GROUP, (g, record) => restoreSubnetGroup(r, network, g, labelOf(record))),
      on(COPY_GRANT, (g) => restoreCopyGrant(r, g)),
      on(SCHEDULE, (s) => restoreSchedule(r, s)),
      on(CLUSTER, (c) => restoreCluster(r, c)),
    );
  },
  requests: { signingName: 'redshift' },
};
