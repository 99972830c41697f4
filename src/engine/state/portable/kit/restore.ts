import { forEachLimit } from '../../../util/concurrency.js';
import { labelOf, type PodRecord, type ServiceContext } from '../../module.js';

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

/** Restores each record with `restoreOne`, `concurrency` at a time (1: in the pod's order). */
export async function restoreEach(
  context: ServiceContext,
  records: AsyncIterable<PodRecord>,
  concurrency: number,
  restoreOne: (record: PodRecord) => Promise<unknown>,
): Promise<void> {
  await forEachLimit(records, concurrency, async (record) => {
    await attempt(context, labelOf(record), () => restoreOne(record));
  });
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
 * How a module restores records that come as containers, each followed by what lives in it: a
 * bucket and its objects, a topic and its subscriptions, a queue and its messages.
 */
export interface Nesting<C> {
  /** Whether a record is a container (else it lives in one). */
  isContainer(record: PodRecord): boolean;
  /** The id of the container record a content record lives in. */
  containerOf(record: PodRecord): string;
  /**
   * Makes the container exist as the pod has it, and returns what its contents need (an ARN, a
   * URL). When it throws, the failure is reported and its contents are skipped.
   */
  container(record: PodRecord): Promise<C>;
  /**
   * Restores one content record, given its container's value: undefined when the records hold no
   * container for it (a load limited to single objects of a bucket that stays as it is).
   */
  content(record: PodRecord, container: C | undefined): Promise<void>;
  /** Content records restored at once; 1 keeps the pod's order. */
  readonly concurrency: number;
  /**
   * When set, `content` only takes a record in (into a batch, typically) and reports it itself;
   * `finish` then completes a container's contents, after its last one.
   */
  finish?(container: C): Promise<void>;
}

/**
 * Restores containers and their contents in the pod's order. A container's contents finish
 * before the next container starts, so a failure stays with its own.
 */
export async function restoreNested<C>(context: ServiceContext, records: AsyncIterable<PodRecord>, nesting: Nesting<C>): Promise<void> {
  const restored = new Map<string, C>();
  const failed = new Set<string>();
  const pool = new TaskPool(nesting.concurrency);
  let open: C | undefined;
  const close = async () => {
    await pool.drain();
    if (open !== undefined && nesting.finish) await nesting.finish(open);
    open = undefined;
  };
  for await (const record of records) {
    if (nesting.isContainer(record)) {
      await close();
      let value: C | undefined;
      if (await attempt(context, labelOf(record), async () => (value = await nesting.container(record)))) {
        restored.set(record.id, value as C);
        open = value;
      } else {
        failed.add(record.id);
      }
      continue;
    }
    const container = nesting.containerOf(record);
    if (failed.has(container)) continue;
    const value = restored.get(container);
    if (nesting.finish) await nesting.content(record, value);
    else await pool.add(() => attempt(context, labelOf(record), () => nesting.content(record, value)).then(() => undefined));
  }
  await close();
}

/**
 * Restores a container whose creation and configuration fail apart (an event bus, a log group):
 * `create` makes it exist, `configure` brings its settings to the pod's. A setting the instance
 * refuses is reported, and what lives in the container still goes in; only a failed `create`
 * throws (and so skips its contents, under `restoreNested`).
 */
export async function createThenConfigure(
  context: ServiceContext,
  label: string,
  create: () => Promise<void>,
  configure: () => Promise<void>,
): Promise<void> {
  await create();
  try {
    await configure();
  } catch (error) {
    context.fail(label, error);
  }
}
