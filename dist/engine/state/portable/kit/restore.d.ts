import { type PodRecord, type ServiceContext } from '../../module.js';
import type { RecordData, RecordKind } from './records.js';
/**
 * Runs the restore of one resource: reported restored when `work` succeeds, failed (with the
 * instance's error) when it throws, under the same label either way. Says whether it succeeded;
 * a failure never ends the load.
 */
export declare function attempt(context: ServiceContext, label: string, work: () => Promise<unknown>): Promise<boolean>;
/** Tasks run side by side, at most `limit` at a time; `add` waits for room. */
export declare class TaskPool {
    private readonly limit;
    private readonly running;
    constructor(limit: number);
    add(task: () => Promise<void>): Promise<void>;
    /** Waits for every task added so far. */
    drain(): Promise<void>;
}
/**
 * Runs a step of a resource's restore whose failure is the resource's but ends nothing (a
 * setting applied after the resource's contents): reported as a failure, never as restored.
 */
export declare function reportFailure(context: ServiceContext, label: string, work: () => Promise<unknown>): Promise<void>;
/**
 * Restores a container whose creation and configuration fail apart (an event bus, a log group):
 * `create` makes it exist, `configure` brings its settings to the pod's. A setting the instance
 * refuses is reported, and what lives in the container still goes in; only a failed `create`
 * throws (and so skips its contents, under `restoreContainers`).
 */
export declare function createThenConfigure(context: ServiceContext, label: string, create: () => Promise<void>, configure: () => Promise<unknown>): Promise<void>;
/** The steps of restoring a resource that takes a while to become usable (see `ensureThenConfigure`). */
export type Ensure<T> = {
    /** The resource as the instance has it; undefined when it does not exist. */
    describe(): Promise<T | undefined>;
    create(): Promise<unknown>;
    /** Waits until it can be changed (ACTIVE), and says how it is then. */
    ready(): Promise<T>;
    /** Brings its settings to the pod's, from how it is now; `existed` when this restore did not create it. */
    configure(current: T, existed: boolean): Promise<unknown>;
};
/**
 * Restores a resource that takes a while to become usable (a table, a stream): created when it
 * is missing, waited for, then configured. A setting the instance refuses is reported under
 * `label`, and the resource's contents still go in. Says whether it existed already.
 */
export declare function ensureThenConfigure<T>(context: ServiceContext, label: string, steps: Ensure<T>): Promise<boolean>;
/** How one kind of record is restored (see `on`). */
export interface Handler {
    readonly kind: Pick<RecordKind<RecordData>, 'type' | 'label'>;
    restore(record: PodRecord): Promise<unknown>;
}
/** Restores records of `kind` with `restore`, which gets their data as the module wrote it. */
export declare function on<D extends RecordData>(kind: RecordKind<D>, restore: (data: D, record: PodRecord) => Promise<unknown>): Handler;
/**
 * Restores each record with the handler of its kind, `concurrency` at a time (1: in the pod's
 * order), each reported restored or failed once, under its kind's label.
 */
export declare function restoreRecords(context: ServiceContext, records: AsyncIterable<PodRecord>, concurrency: number, ...handlers: Handler[]): Promise<void>;
/**
 * How a module restores records that come as containers, each followed by the records that live
 * in it: a bucket and its objects, a topic and its subscriptions, a queue and its messages.
 */
export interface Containers<C, P extends RecordData, Q extends RecordData> {
    readonly container: RecordKind<P>;
    /** The kinds of record that live in a container (all of one data shape). */
    readonly content: RecordKind<Q> | readonly RecordKind<Q>[];
    /** The id of the container record a content record lives in. */
    containerOf(content: Q): string;
    /**
     * Makes the container exist as the pod has it, and returns what its contents need (an ARN, a
     * URL). When it throws, the failure is reported and its contents are skipped.
     */
    restoreContainer(data: P, record: PodRecord): Promise<C>;
    /**
     * Restores one content record, given its container's value: undefined when the records hold no
     * container for it (a load limited to single objects of a bucket that stays as it is).
     */
    restoreContent(data: Q, container: C | undefined, record: PodRecord): Promise<void>;
    /** Content records restored at once; 1 keeps the pod's order. */
    readonly concurrency: number;
    /** Records of other kinds that stand on their own (a log resource policy), each restored where it comes. */
    readonly standalone?: readonly Handler[];
    /**
     * When set, `restoreContent` only takes a record in (into a batch, typically) and reports it
     * itself; `finish` then completes the contents taken in, after the last one of a container
     * (undefined for contents that came without theirs). Contents must then follow their
     * container: one that comes after another container started is reported.
     */
    finish?(container: C | undefined): Promise<void>;
}
/**
 * Restores containers and their contents in the pod's order. A container's contents finish
 * before the next container starts, so a failure stays with its own.
 */
export declare function restoreContainers<C, P extends RecordData, Q extends RecordData>(context: ServiceContext, records: AsyncIterable<PodRecord>, plan: Containers<C, P, Q>): Promise<void>;
