import { forEachLimit } from '../../../util/concurrency.js';
import { labelOf, type PodRecord, type ServiceContext } from '../../module.js';
import type { RecordData, RecordKind } from './records.js';

/**
 * Runs the restore of one resource: reported restored when `work` succeeds, failed (with the
 * instance's error) when it throws, under the same label either way. Says whether it succeeded;
 * a failure never ends the load.
 */
export async function attempt(context: ServiceContext, label: string, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    context.progress(label);
    return true;
  } catch (error) {
    context.fail(label, error);
    return false;
  }
}

/** Tasks run side by side, at most `limit` at a time; `add` waits for room. */
export class TaskPool {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly limit: number) {}

  async add(task: () => Promise<void>): Promise<void> {
    const run: Promise<void> = task().finally(() => this.running.delete(run));
    this.running.add(run);
    if (this.running.size >= this.limit) await Promise.race(this.running);
  }

  /** Waits for every task added so far. */
  async drain(): Promise<void> {
    await Promise.all(this.running);
  }
}

/**
 * Runs a step of a resource's restore whose failure is the resource's but ends nothing (a
 * setting applied after the resource's contents): reported as a failure, never as restored.
 */
export async function reportFailure(context: ServiceContext, label: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    context.fail(label, error);
  }
}

/**
 * Restores a container whose creation and configuration fail apart (an event bus, a log group):
 * `create` makes it exist, `configure` brings its settings to the pod's. A setting the instance
 * refuses is reported, and what lives in the container still goes in; only a failed `create`
 * throws (and so skips its contents, under `restoreContainers`).
 */
export async function createThenConfigure(
  context: ServiceContext,
  label: string,
  create: () => Promise<void>,
  configure: () => Promise<unknown>,
): Promise<void> {
  await create();
  await reportFailure(context, label, configure);
}

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
export async function ensureThenConfigure<T>(context: ServiceContext, label: string, steps: Ensure<T>): Promise<boolean> {
  const existed = (await steps.describe()) !== undefined;
  if (!existed) await steps.create();
  const current = await steps.ready();
  await reportFailure(context, label, () => steps.configure(current, existed));
  return existed;
}

/** How one kind of record is restored (see `on`). */
export interface Handler {
  readonly kind: Pick<RecordKind<RecordData>, 'type' | 'label'>;
  restore(record: PodRecord): Promise<unknown>;
}

/** Restores records of `kind` with `restore`, which gets their data as the module wrote it. */
export function on<D extends RecordData>(kind: RecordKind<D>, restore: (data: D, record: PodRecord) => Promise<unknown>): Handler {
  return { kind, restore: (record) => restore(kind.data(record), record) };
}

function unknownType(record: PodRecord): Error {
  return new Error(`The pod holds a record of type "${record.type}", which this module does not restore.`);
}

/**
 * Restores each record with the handler of its kind, `concurrency` at a time (1: in the pod's
 * order), each reported restored or failed once, under its kind's label.
 */
export async function restoreRecords(
  context: ServiceContext,
  records: AsyncIterable<PodRecord>,
  concurrency: number,
  ...handlers: Handler[]
): Promise<void> {
  const byType = new Map(handlers.map((h) => [h.kind.type, h]));
  await forEachLimit(records, concurrency, async (record) => {
    const handler = byType.get(record.type);
    if (!handler) context.fail(labelOf(record), unknownType(record));
    else await attempt(context, handler.kind.label(record.id), () => handler.restore(record));
  });
}

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
export async function restoreContainers<C, P extends RecordData, Q extends RecordData>(
  context: ServiceContext,
  records: AsyncIterable<PodRecord>,
  plan: Containers<C, P, Q>,
): Promise<void> {
  const restored = new Map<string, C>();
  const failed = new Set<string>();
  const pool = new TaskPool(plan.concurrency);
  const contentKinds: readonly RecordKind<Q>[] = Array.isArray(plan.content) ? plan.content : [plan.content as RecordKind<Q>];
  // The container whose contents come now, and whether any were taken in since the last finish.
  let open: { id: string; value: C } | undefined;
  let taken = false;
  const close = async () => {
    await pool.drain();
    if (plan.finish && (open || taken)) await plan.finish(open?.value);
    open = undefined;
    taken = false;
  };
  for await (const record of records) {
    if (plan.container.is(record)) {
      await close();
      const data = plan.container.data(record);
      const done = await attempt(context, plan.container.label(record.id), async () => {
        open = { id: record.id, value: await plan.restoreContainer(data, record) };
        restored.set(record.id, open.value);
      });
      if (!done) failed.add(record.id);
      continue;
    }
    const kind = contentKinds.find((k) => k.is(record));
    if (!kind) {
      const handler = plan.standalone?.find((h) => h.kind.type === record.type);
      if (handler) await attempt(context, handler.kind.label(record.id), () => handler.restore(record));
      else context.fail(labelOf(record), unknownType(record));
      continue;
    }
    const data = kind.data(record);
    const container = plan.containerOf(data);
    if (failed.has(container)) continue;
    const value = restored.get(container);
    const label = kind.label(record.id);
    if (!plan.finish) {
      await pool.add(async () => void (await attempt(context, label, () => plan.restoreContent(data, value, record))));
    } else if (restored.has(container) && open?.id !== container) {
      context.fail(label, new Error(`It is not among the records that follow ${plan.container.label(container)} in the pod.`));
    } else {
      taken = true;
      await plan.restoreContent(data, value, record);
    }
  }
  await close();
}
