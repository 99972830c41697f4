import { forEachLimit } from '../../../util/concurrency.js';
import { labelOf } from '../../module.js';
/**
 * Runs the restore of one resource: reported restored when `work` succeeds, failed (with the
 * instance's error) when it throws, under the same label either way. Says whether it succeeded;
 * a failure never ends the load.
 */
export async function attempt(context, label, work) {
    try {
        await work();
        context.progress(label);
        return true;
    }
    catch (error) {
        context.fail(label, error);
        return false;
    }
}
/** Tasks run side by side, at most `limit` at a time; `add` waits for room. */
export class TaskPool {
    limit;
    running = new Set();
    constructor(limit) {
        this.limit = limit;
    }
    async add(task) {
        const run = task().finally(() => this.running.delete(run));
        this.running.add(run);
        if (this.running.size >= this.limit)
            await Promise.race(this.running);
    }
    /** Waits for every task added so far. */
    async drain() {
        await Promise.all(this.running);
    }
}
/**
 * Runs a step of a resource's restore whose failure is the resource's but ends nothing (a
 * setting applied after the resource's contents): reported as a failure, never as restored.
 */
export async function reportFailure(context, label, work) {
    try {
        await work();
    }
    catch (error) {
        context.fail(label, error);
    }
}
/**
 * Restores a container whose creation and configuration fail apart (an event bus, a log group):
 * `create` makes it exist, `configure` brings its settings to the pod's. A setting the instance
 * refuses is reported, and what lives in the container still goes in; only a failed `create`
 * throws (and so skips its contents, under `restoreContainers`).
 */
export async function createThenConfigure(context, label, create, configure) {
    await create();
    await reportFailure(context, label, configure);
}
/**
 * Restores a resource that takes a while to become usable (a table, a stream): created when it
 * is missing, waited for, then configured. A setting the instance refuses is reported under
 * `label`, and the resource's contents still go in. Says whether it existed already.
 */
export async function ensureThenConfigure(context, label, steps) {
    const existed = (await steps.describe()) !== undefined;
    if (!existed)
        await steps.create();
    const current = await steps.ready();
    await reportFailure(context, label, () => steps.configure(current, existed));
    return existed;
}
/** Restores records of `kind` with `restore`, which gets their data as the module wrote it. */
export function on(kind, restore) {
    return { kind, restore: (record) => restore(kind.data(record), record) };
}
function unknownType(record) {
    return new Error(`The pod holds a record of type "${record.type}", which this module does not restore.`);
}
/**
 * Restores each record with the handler of its kind, `concurrency` at a time (1: in the pod's
 * order), each reported restored or failed once, under its kind's label.
 */
export async function restoreRecords(context, records, concurrency, ...handlers) {
    const byType = new Map(handlers.map((h) => [h.kind.type, h]));
    await forEachLimit(records, concurrency, async (record) => {
        const handler = byType.get(record.type);
        if (!handler)
            context.fail(labelOf(record), unknownType(record));
        else
            await attempt(context, handler.kind.label(record.id), () => handler.restore(record));
    });
}
/**
 * Restores containers and their contents in the pod's order. A container's contents finish
 * before the next container starts, so a failure stays with its own.
 */
export async function restoreContainers(context, records, plan) {
    const restored = new Map();
    const failed = new Set();
    const pool = new TaskPool(plan.concurrency);
    const contentKinds = Array.isArray(plan.content) ? plan.content : [plan.content];
    // The container whose contents come now, and whether any were taken in since the last finish.
    let open;
    let taken = false;
    const close = async () => {
        await pool.drain();
        if (plan.finish && (open || taken))
            await plan.finish(open?.value);
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
            if (!done)
                failed.add(record.id);
            continue;
        }
        const kind = contentKinds.find((k) => k.is(record));
        if (!kind) {
            const handler = plan.standalone?.find((h) => h.kind.type === record.type);
            if (handler)
                await attempt(context, handler.kind.label(record.id), () => handler.restore(record));
            else
                context.fail(labelOf(record), unknownType(record));
            continue;
        }
        const data = kind.data(record);
        const container = plan.containerOf(data);
        if (failed.has(container))
            continue;
        const value = restored.get(container);
        const label = kind.label(record.id);
        if (!plan.finish) {
            await pool.add(async () => void (await attempt(context, label, () => plan.restoreContent(data, value, record))));
        }
        else if (restored.has(container) && open?.id !== container) {
            context.fail(label, new Error(`It is not among the records that follow ${plan.container.label(container)} in the pod.`));
        }
        else {
            taken = true;
            await plan.restoreContent(data, value, record);
        }
    }
    await close();
}
