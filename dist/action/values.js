import { M as sortKeys } from "./util.js";
import { t as forEachLimit } from "./concurrency.js";
import { g as labelOf } from "./kit.js";
import { Readable } from "node:stream";
// src/engine/state/portable/kit/records.ts
/**
* A kind of record, named `noun` in reports (by default its type, dashes as spaces). The pod
* holds what `record` wrote, so `data` reads it back as the same shape: the one place a
* record's data is given its type.
*/
function recordKind(type, noun = type.replaceAll("-", " ")) {
	return {
		type,
		label: (id) => `${noun} ${id}`,
		record: (region, id, data, extras) => ({
			region,
			type,
			id,
			data,
			...extras
		}),
		is: (record) => record.type === type,
		data: (record) => record.data
	};
}
/** A payload a module has read whole already (a small object body, a code package, a stream's events). */
function payloadOf(bytes) {
	return {
		size: bytes.length,
		open: async () => Readable.from([bytes])
	};
}
// src/engine/state/portable/kit/restore.ts
/**
* Runs the restore of one resource: reported restored when `work` succeeds, failed (with the
* instance's error) when it throws, under the same label either way. Says whether it succeeded;
* a failure never ends the load.
*/
async function attempt(context, label, work) {
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
var TaskPool = class {
	limit;
	running = /* @__PURE__ */ new Set();
	constructor(limit) {
		this.limit = limit;
	}
	async add(task) {
		const run = task().finally(() => this.running.delete(run));
		this.running.add(run);
		if (this.running.size >= this.limit) await Promise.race(this.running);
	}
	/** Waits for every task added so far. */
	async drain() {
		await Promise.all(this.running);
	}
};
/**
* Runs a step of a resource's restore whose failure is the resource's but ends nothing (a
* setting applied after the resource's contents): reported as a failure, never as restored.
*/
async function reportFailure(context, label, work) {
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
async function createThenConfigure(context, label, create, configure) {
	await create();
	await reportFailure(context, label, configure);
}
/**
* Restores a resource that takes a while to become usable (a table, a stream): created when it
* is missing, waited for, then configured. A setting the instance refuses is reported under
* `label`, and the resource's contents still go in. Says whether it existed already.
*/
async function ensureThenConfigure(context, label, steps) {
	const existed = await steps.describe() !== void 0;
	if (!existed) await steps.create();
	const current = await steps.ready();
	await reportFailure(context, label, () => steps.configure(current, existed));
	return existed;
}
/** Restores records of `kind` with `restore`, which gets their data as the module wrote it. */
function on(kind, restore) {
	return {
		kind,
		restore: (record) => restore(kind.data(record), record)
	};
}
function unknownType(record) {
	return /* @__PURE__ */ new Error(`The pod holds a record of type "${record.type}", which this module does not restore.`);
}
/**
* Restores each record with the handler of its kind, `concurrency` at a time (1: in the pod's
* order), each reported restored or failed once, under its kind's label.
*/
async function restoreRecords(context, records, concurrency, ...handlers) {
	const byType = new Map(handlers.map((h) => [h.kind.type, h]));
	await forEachLimit(records, concurrency, async (record) => {
		const handler = byType.get(record.type);
		if (!handler) context.fail(labelOf(record), unknownType(record));
		else await attempt(context, handler.kind.label(record.id), () => handler.restore(record));
	});
}
/**
* Restores containers and their contents in the pod's order. A container's contents finish
* before the next container starts, so a failure stays with its own.
*/
async function restoreContainers(context, records, plan) {
	const restored = /* @__PURE__ */ new Map();
	const failed = /* @__PURE__ */ new Set();
	const pool = new TaskPool(plan.concurrency);
	const contentKinds = Array.isArray(plan.content) ? plan.content : [plan.content];
	let open;
	let taken = false;
	const close = async () => {
		await pool.drain();
		if (plan.finish && (open || taken)) await plan.finish(open?.value);
		open = void 0;
		taken = false;
	};
	for await (const record of records) {
		if (plan.container.is(record)) {
			await close();
			const data = plan.container.data(record);
			if (!await attempt(context, plan.container.label(record.id), async () => {
				open = {
					id: record.id,
					value: await plan.restoreContainer(data, record)
				};
				restored.set(record.id, open.value);
			})) failed.add(record.id);
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
		if (!plan.finish) await pool.add(async () => void await attempt(context, label, () => plan.restoreContent(data, value, record)));
		else if (restored.has(container) && open?.id !== container) context.fail(label, /* @__PURE__ */ new Error(`It is not among the records that follow ${plan.container.label(container)} in the pod.`));
		else {
			taken = true;
			await plan.restoreContent(data, value, record);
		}
	}
	await close();
}
// src/engine/state/portable/kit/values.ts
/** Orders strings by code unit, as the pod's sorted layers are ordered (not by locale). */
function compare(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
/** A copy of `items` sorted by the text `key` gives each. */
function sortBy(items, key) {
	return [...items].sort((a, b) => compare(key(a), key(b)));
}
/** Undefined for an empty list, so an unset list and an empty one are stored alike. */
function nonEmpty(items) {
	return items && items.length > 0 ? [...items] : void 0;
}
/** A copy of a map with its keys sorted; undefined when it is empty. */
function sortedRecord(record) {
	if (!record || Object.keys(record).length === 0) return void 0;
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}
/** A JSON document (a policy) in one spelling, so two emulators' spellings of it compare equal; other text as it is. */
function canonicalDocument(text) {
	if (!text) return void 0;
	try {
		return JSON.stringify(sortKeys(JSON.parse(text)));
	} catch {
		return text;
	}
}
/** `items` cut into lists of at most `size`, for the APIs that take a batch. */
function chunks(items, size) {
	const out = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
export { sortBy as a, attempt as c, on as d, reportFailure as f, recordKind as g, payloadOf as h, nonEmpty as i, createThenConfigure as l, restoreRecords as m, chunks as n, sortedRecord as o, restoreContainers as p, compare as r, TaskPool as s, canonicalDocument as t, ensureThenConfigure as u };
