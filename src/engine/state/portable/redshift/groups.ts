import * as Redshift from '@aws-sdk/client-redshift';
import { chunks, collect, type Network, nonEmpty, recordKind, sortBy, type SubnetRef, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { tagsOf, type Tag } from './client.js';

/** ModifyClusterParameterGroup takes at most 20 parameters. */
const PARAMETERS_PER_CALL = 20;

/** The parameter groups every region has (`default.redshift-1.0`): neither made nor deleted. */
export const isDefaultParameterGroup = (name: string) => name.startsWith('default.');

type Parameter = { name: string; value: string; applyType?: string };

export type ParameterGroupData = { name: string; family: string; description: string; parameters?: Parameter[]; tags?: Tag[] };
/** A subnet group's subnets, each with what finds its counterpart where EC2 drew other ids (see `Network`). */
export type SubnetGroupData = { name: string; description: string; subnets: SubnetRef[]; tags?: Tag[] };
export type CopyGrantData = { name: string; kmsKeyId?: string; tags?: Tag[] };
export type ScheduleData = { id: string; definitions: string[]; description?: string; tags?: Tag[] };

export const PARAMETER_GROUP = recordKind<ParameterGroupData>('parameter-group');
export const SUBNET_GROUP = recordKind<SubnetGroupData>('subnet-group');
export const COPY_GRANT = recordKind<CopyGrantData>('snapshot-copy-grant');
export const SCHEDULE = recordKind<ScheduleData>('snapshot-schedule');

export async function parameterGroups(r: Redshift.RedshiftClient): Promise<Redshift.ClusterParameterGroup[]> {
  const all = await collect(Redshift.paginateDescribeClusterParameterGroups({ client: r }, {}), (p) => p.ParameterGroups);
  return sortBy(
    all.filter((g) => !isDefaultParameterGroup(g.ParameterGroupName!)),
    (g) => g.ParameterGroupName!,
  );
}

export async function subnetGroups(r: Redshift.RedshiftClient): Promise<Redshift.ClusterSubnetGroup[]> {
  return sortBy(
    await collect(Redshift.paginateDescribeClusterSubnetGroups({ client: r }, {}), (p) => p.ClusterSubnetGroups),
    (g) => g.ClusterSubnetGroupName!,
  );
}

export async function copyGrants(r: Redshift.RedshiftClient): Promise<Redshift.SnapshotCopyGrant[]> {
  const listed = await unlessUnimplemented(r, 'DescribeSnapshotCopyGrants', () =>
    collect(Redshift.paginateDescribeSnapshotCopyGrants({ client: r }, {}), (p) => p.SnapshotCopyGrants),
  );
  return sortBy(listed ?? [], (g) => g.SnapshotCopyGrantName!);
}

/** None where the instance does not serve them (moto, LocalStack). */
export async function schedules(r: Redshift.RedshiftClient): Promise<Redshift.SnapshotSchedule[]> {
  const listed = await unlessUnimplemented(r, 'DescribeSnapshotSchedules', () =>
    collect(Redshift.paginateDescribeSnapshotSchedules({ client: r }, {}), (p) => p.SnapshotSchedules),
  );
  return sortBy(listed ?? [], (s) => s.ScheduleIdentifier!);
}

/** Only the parameters set in the group: the others are the engine's defaults. */
export async function captureParameterGroup(r: Redshift.RedshiftClient, g: Redshift.ClusterParameterGroup): Promise<ParameterGroupData> {
  const pages = Redshift.paginateDescribeClusterParameters({ client: r }, { ParameterGroupName: g.ParameterGroupName, Source: 'user' });
  // moto answers every parameter whatever the source asked.
  const set = (await collect(pages, (p) => p.Parameters)).filter((p) => p.Source === 'user');
  const parameters = sortBy(set, (p) => p.ParameterName!).map((p) => ({ name: p.ParameterName!, value: p.ParameterValue!, applyType: p.ApplyType }));
  return {
    name: g.ParameterGroupName!,
    family: g.ParameterGroupFamily!,
    description: g.Description ?? '',
    parameters: nonEmpty(parameters),
    tags: tagsOf(g.Tags),
  };
}

export async function subnetGroupOf(network: Network, g: Redshift.ClusterSubnetGroup): Promise<SubnetGroupData> {
  const ids = sortBy(
    (g.Subnets ?? []).map((s) => s.SubnetIdentifier!),
    (id) => id,
  );
  return {
    name: g.ClusterSubnetGroupName!,
    description: g.Description ?? '',
    subnets: (await network.placementOf(ids)).subnets,
    tags: tagsOf(g.Tags),
  };
}

export const copyGrantOf = (g: Redshift.SnapshotCopyGrant): CopyGrantData => ({
  name: g.SnapshotCopyGrantName!,
  kmsKeyId: g.KmsKeyId,
  tags: tagsOf(g.Tags),
});

export const scheduleOf = (s: Redshift.SnapshotSchedule): ScheduleData => ({
  id: s.ScheduleIdentifier!,
  definitions: s.ScheduleDefinitions ?? [],
  description: s.ScheduleDescription,
  tags: tagsOf(s.Tags),
});

/** Every group, grant and schedule of the region (clusters are deleted before: a group in use cannot be). */
export async function clearGroups(r: Redshift.RedshiftClient): Promise<void> {
  for (const s of await schedules(r))
    await unlessMissing(r.send(new Redshift.DeleteSnapshotScheduleCommand({ ScheduleIdentifier: s.ScheduleIdentifier })));
  for (const g of await copyGrants(r))
    await unlessMissing(r.send(new Redshift.DeleteSnapshotCopyGrantCommand({ SnapshotCopyGrantName: g.SnapshotCopyGrantName })));
  for (const g of await subnetGroups(r))
    await unlessMissing(r.send(new Redshift.DeleteClusterSubnetGroupCommand({ ClusterSubnetGroupName: g.ClusterSubnetGroupName })));
  for (const g of await parameterGroups(r))
    await unlessMissing(r.send(new Redshift.DeleteClusterParameterGroupCommand({ ParameterGroupName: g.ParameterGroupName })));
}

/** Made anew (deleted first when the instance has it), then its parameters set. */
export async function restoreParameterGroup(r: Redshift.RedshiftClient, g: ParameterGroupData): Promise<void> {
  await unlessMissing(r.send(new Redshift.DeleteClusterParameterGroupCommand({ ParameterGroupName: g.name })));
  await r.send(
    new Redshift.CreateClusterParameterGroupCommand({
      ParameterGroupName: g.name,
      ParameterGroupFamily: g.family,
      Description: g.description,
      Tags: g.tags,
    }),
  );
  if (!g.parameters) return;
  const parameters = g.parameters.map((p) => ({
    ParameterName: p.name,
    ParameterValue: p.value,
    ApplyType: p.applyType as Redshift.ParameterApplyType | undefined,
  }));
  for (const Parameters of chunks(parameters, PARAMETERS_PER_CALL))
    await r.send(new Redshift.ModifyClusterParameterGroupCommand({ ParameterGroupName: g.name, Parameters }));
}

export async function restoreSubnetGroup(r: Redshift.RedshiftClient, network: Network, g: SubnetGroupData, resource: string): Promise<void> {
  const { SubnetIds } = await network.placementIds({ subnets: g.subnets, groups: [] }, resource);
  await unlessMissing(r.send(new Redshift.DeleteClusterSubnetGroupCommand({ ClusterSubnetGroupName: g.name })));
  await r.send(
    new Redshift.CreateClusterSubnetGroupCommand({
      ClusterSubnetGroupName: g.name,
      Description: g.description,
      SubnetIds,
      Tags: g.tags,
    }),
  );
}

export async function restoreCopyGrant(r: Redshift.RedshiftClient, g: CopyGrantData): Promise<void> {
  await unlessMissing(r.send(new Redshift.DeleteSnapshotCopyGrantCommand({ SnapshotCopyGrantName: g.name })));
  await r.send(new Redshift.CreateSnapshotCopyGrantCommand({ SnapshotCopyGrantName: g.name, KmsKeyId: g.kmsKeyId, Tags: g.tags }));
}

export async function restoreSchedule(r: Redshift.RedshiftClient, s: ScheduleData): Promise<void> {
  await unlessMissing(r.send(new Redshift.DeleteSnapshotScheduleCommand({ ScheduleIdentifier: s.id })));
  await r.send(
    new Redshift.CreateSnapshotScheduleCommand({
      ScheduleIdentifier: s.id,
      ScheduleDefinitions: s.definitions,
      ScheduleDescription: s.description,
      Tags: s.tags,
    }),
  );
}
