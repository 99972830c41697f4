/**
 * Maintenance windows with their targets and tasks: listed, read, and made anew at restore, under
 * the ids the instance draws.
 */
import * as SSM from '@aws-sdk/client-ssm';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, ServiceContext } from '../../module.js';
import { collect, nonEmpty, recordKind, sortBy, sortedTags, unlessMissing, unlessUnimplemented } from '../kit/index.js';

type TargetData = {
  /** The id the instance gave it: the window's tasks name their targets by it. */
  id: string;
  resourceType: string;
  targets: SSM.Target[];
  ownerInformation?: string;
  name?: string;
  description?: string;
};

type TaskData = {
  taskArn: string;
  type: string;
  targets?: SSM.Target[];
  serviceRoleArn?: string;
  priority?: number;
  maxConcurrency?: string;
  maxErrors?: string;
  name?: string;
  description?: string;
  cutoffBehavior?: string;
  loggingInfo?: SSM.LoggingInfo;
};

type WindowData = {
  name: string;
  schedule: string;
  scheduleTimezone?: string;
  scheduleOffset?: number;
  duration: number;
  cutoff: number;
  allowUnassociatedTargets?: boolean;
  description?: string;
  startDate?: string;
  endDate?: string;
  tags?: SSM.Tag[];
  /** In the order of their ids, as are the tasks. */
  targets?: TargetData[];
  tasks?: TaskData[];
};

/** A window, under the id it had when saved. */
export const WINDOW = recordKind<WindowData>('maintenance-window');

/**
 * The one group every maintenance window of a region falls in. A write names a window by the id
 * the instance drew, which each load draws anew, so it cannot name the window's record; nor can
 * the window's name, which several windows may share. A write to any window therefore restores
 * them all (a region holds few). No parameter or document name holds a space, so this key names
 * nothing else.
 */
export const MAINTENANCE_WINDOWS = 'maintenance windows';

/** The target key under which a task names targets registered with its window. */
const WINDOW_TARGET_IDS = 'WindowTargetIds';

/** Windows read at once. */
const CONCURRENCY = 4;

/** The region's maintenance windows; none where the instance does not implement them (MiniStack). */
export async function windowIds(ssm: SSM.SSMClient): Promise<string[]> {
  const windows = await unlessUnimplemented(ssm, 'DescribeMaintenanceWindows', () =>
    collect(SSM.paginateDescribeMaintenanceWindows({ client: ssm }, {}), (page) => page.WindowIdentities),
  );
  return (windows ?? []).map((w) => w.WindowId!).sort();
}

/** The task types an ARN tells by its service; any other task runs a document. */
const TYPE_BY_SERVICE: Readonly<Record<string, string>> = { lambda: 'LAMBDA', states: 'STEP_FUNCTIONS' };

/**
 * A task's type. Moto answers it under another name than AWS, which the SDK drops: it is then
 * told by the ARN, a function's or a state machine's. Undefined for a document's task, which may
 * be a Run Command or an Automation task.
 */
function taskType(task: SSM.MaintenanceWindowTask): string | undefined {
  return task.Type ?? TYPE_BY_SERVICE[task.TaskArn!.match(/^arn:[^:]+:([^:]+):/)?.[1] ?? ''];
}

function targetData(t: SSM.MaintenanceWindowTarget): TargetData {
  return {
    id: t.WindowTargetId!,
    resourceType: t.ResourceType!,
    targets: t.Targets ?? [],
    // Moto answers an empty text whatever was registered.
    ownerInformation: t.OwnerInformation || undefined,
    name: t.Name || undefined,
    description: t.Description || undefined,
  };
}

/** A document's task of unknown type is taken for a Run Command task, the more common. */
function taskData(t: SSM.MaintenanceWindowTask): TaskData {
  return {
    taskArn: t.TaskArn!,
    type: taskType(t) ?? SSM.MaintenanceWindowTaskType.RunCommand,
    targets: nonEmpty(t.Targets),
    serviceRoleArn: t.ServiceRoleArn || undefined,
    priority: t.Priority,
    maxConcurrency: t.MaxConcurrency || undefined,
    maxErrors: t.MaxErrors || undefined,
    name: t.Name || undefined,
    description: t.Description || undefined,
    cutoffBehavior: t.CutoffBehavior,
    loggingInfo: t.LoggingInfo,
  };
}

/** What a load cannot give back of a window as it is. */
function caveat(tasks: readonly SSM.MaintenanceWindowTask[]): string {
  const notes = [
    "it comes back under an id the instance draws anew, as do its targets and tasks: tools that kept the ids, such as Terraform's state, see another window",
  ];
  if (tasks.length > 0) notes.push("its tasks' invocation parameters are not kept (moto answers no GetMaintenanceWindowTask)");
  if (tasks.some((t) => !taskType(t)))
    notes.push("the instance does not tell its tasks' types: a task that runs a document comes back as a Run Command task");
  return notes.join('; ');
}

/** A window with its targets, tasks and tags, and what a load cannot keep of it; undefined for one deleted since it was listed. */
async function captureWindow(ssm: SSM.SSMClient, WindowId: string): Promise<{ data: WindowData; caveat: string } | undefined> {
  const w = await unlessMissing(ssm.send(new SSM.GetMaintenanceWindowCommand({ WindowId })));
  if (!w) return undefined;
  const [targets, tasks, tags] = await Promise.all([
    collect(SSM.paginateDescribeMaintenanceWindowTargets({ client: ssm }, { WindowId }), (page) => page.Targets),
    collect(SSM.paginateDescribeMaintenanceWindowTasks({ client: ssm }, { WindowId }), (page) => page.Tasks),
    ssm.send(new SSM.ListTagsForResourceCommand({ ResourceType: 'MaintenanceWindow', ResourceId: WindowId })),
  ]);
  const data = {
    name: w.Name!,
    schedule: w.Schedule!,
    scheduleTimezone: w.ScheduleTimezone || undefined,
    scheduleOffset: w.ScheduleOffset,
    duration: w.Duration!,
    cutoff: w.Cutoff!,
    allowUnassociatedTargets: w.AllowUnassociatedTargets,
    description: w.Description || undefined,
    startDate: w.StartDate || undefined,
    endDate: w.EndDate || undefined,
    tags: sortedTags(tags.TagList, (t) => t.Key!),
    targets: targets.length > 0 ? sortBy(targets, (t) => t.WindowTargetId!).map(targetData) : undefined,
    tasks: tasks.length > 0 ? sortBy(tasks, (t) => t.WindowTaskId!).map(taskData) : undefined,
  };
  return { data, caveat: caveat(tasks) };
}

/** The region's windows, each with a warning that a load gives it another id. */
export async function* captureWindows(context: ServiceContext, ssm: SSM.SSMClient, region: string): AsyncGenerator<CapturedRecord> {
  const ids = await windowIds(ssm);
  const captured = mapOrdered(ids, CONCURRENCY, async (id) => ({ id, window: await captureWindow(ssm, id) }));
  for await (const { id, window } of captured) {
    if (!window) continue;
    context.warn(WINDOW.label(id), window.caveat);
    yield WINDOW.record(region, id, window.data);
  }
}

/** Deletes a window, with its targets and tasks, if it exists. */
export async function deleteWindow(ssm: SSM.SSMClient, WindowId: string): Promise<void> {
  await unlessMissing(ssm.send(new SSM.DeleteMaintenanceWindowCommand({ WindowId })));
}

async function registerTarget(ssm: SSM.SSMClient, WindowId: string, t: TargetData): Promise<string> {
  const registered = await ssm.send(
    new SSM.RegisterTargetWithMaintenanceWindowCommand({
      WindowId,
      ResourceType: t.resourceType as SSM.MaintenanceWindowResourceType,
      Targets: t.targets,
      OwnerInformation: t.ownerInformation,
      Name: t.name,
      Description: t.description,
    }),
  );
  return registered.WindowTargetId!;
}

/** A task's targets, those naming the window's targets by their saved ids made to name them by their new ones. */
function retarget(targets: SSM.Target[] | undefined, newIds: ReadonlyMap<string, string>): SSM.Target[] | undefined {
  return targets?.map((t) => (t.Key === WINDOW_TARGET_IDS ? { ...t, Values: t.Values?.map((id) => newIds.get(id) ?? id) } : t));
}

async function registerTask(ssm: SSM.SSMClient, WindowId: string, t: TaskData, newIds: ReadonlyMap<string, string>): Promise<void> {
  await ssm.send(
    new SSM.RegisterTaskWithMaintenanceWindowCommand({
      WindowId,
      TaskArn: t.taskArn,
      TaskType: t.type as SSM.MaintenanceWindowTaskType,
      Targets: retarget(t.targets, newIds),
      ServiceRoleArn: t.serviceRoleArn,
      Priority: t.priority,
      MaxConcurrency: t.maxConcurrency,
      MaxErrors: t.maxErrors,
      Name: t.name,
      Description: t.description,
      CutoffBehavior: t.cutoffBehavior as SSM.MaintenanceWindowTaskCutoffBehavior | undefined,
      LoggingInfo: t.loggingInfo,
    }),
  );
}

/**
 * Makes the window anew, then its targets, then its tasks, which name the targets by the ids the
 * instance gives them now. The window the record was saved from goes first when the instance
 * still has it (a load without a clear onto the instance saved from). A window cannot be given
 * an id, so one saved from elsewhere is added beside any window of the same name.
 */
export async function restoreWindow(ssm: SSM.SSMClient, savedId: string, w: WindowData): Promise<void> {
  await deleteWindow(ssm, savedId);
  const { WindowId } = await ssm.send(
    new SSM.CreateMaintenanceWindowCommand({
      Name: w.name,
      Schedule: w.schedule,
      ScheduleTimezone: w.scheduleTimezone,
      ScheduleOffset: w.scheduleOffset,
      Duration: w.duration,
      Cutoff: w.cutoff,
      // AWS requires it, and moto does not answer it: false, as AWS's console proposes, when unknown.
      AllowUnassociatedTargets: w.allowUnassociatedTargets ?? false,
      Description: w.description,
      StartDate: w.startDate,
      EndDate: w.endDate,
      Tags: w.tags,
    }),
  );
  const newIds = new Map<string, string>();
  for (const t of w.targets ?? []) newIds.set(t.id, await registerTarget(ssm, WindowId!, t));
  for (const t of w.tasks ?? []) await registerTask(ssm, WindowId!, t, newIds);
}
