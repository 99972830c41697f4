/**
 * Maintenance windows with their targets and tasks: listed, read, and made anew at restore, under
 * the ids the instance draws.
 */
import * as SSM from '@aws-sdk/client-ssm';
import type { CapturedRecord, ServiceContext } from '../../module.js';
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
export declare const WINDOW: import("../kit/records.js").RecordKind<WindowData>;
/**
 * The one group every maintenance window of a region falls in. A write names a window by the id
 * the instance drew, which each load draws anew, so it cannot name the window's record; nor can
 * the window's name, which several windows may share. A write to any window therefore restores
 * them all (a region holds few). No parameter or document name holds a space, so this key names
 * nothing else.
 */
export declare const MAINTENANCE_WINDOWS = "maintenance windows";
/** The region's maintenance windows; none where the instance does not implement them (MiniStack). */
export declare function windowIds(ssm: SSM.SSMClient): Promise<string[]>;
/** The region's windows, each with a warning that a load gives it another id. */
export declare function captureWindows(context: ServiceContext, ssm: SSM.SSMClient, region: string): AsyncGenerator<CapturedRecord>;
/** Deletes a window, with its targets and tasks, if it exists. */
export declare function deleteWindow(ssm: SSM.SSMClient, WindowId: string): Promise<void>;
/**
 * Makes the window anew, then its targets, then its tasks, which name the targets by the ids the
 * instance gives them now. The window the record was saved from goes first when the instance
 * still has it (a load without a clear onto the instance saved from). A window cannot be given
 * an id, so one saved from elsewhere is added beside any window of the same name.
 */
export declare function restoreWindow(ssm: SSM.SSMClient, savedId: string, w: WindowData): Promise<void>;
export {};
