import { s as TaskPool } from "./values.js";
import { r as sleep, t as backoff } from "./wait.js";
// src/engine/state/portable/kit/batches.ts
/**
* Entries gathered into batches as full as a batch API takes them, in the order they are added.
* A batch goes out when the next entry would not fit in it, or belongs to another target (a
* table, a stream). `send` reports each entry itself: it must not throw.
*/
var Batches = class {
	limits;
	send;
	batch = [];
	bytes = 0;
	target;
	pool;
	constructor(limits, send) {
		this.limits = limits;
		this.send = send;
		this.pool = new TaskPool(limits.inFlight ?? 1);
	}
	/** Takes an entry in, of `bytes` and for `target`; the batch gathered so far goes out first when it would not fit. */
	async add(entry, bytes = 0, target) {
		if (this.batch.length >= this.limits.entries || this.limits.bytes !== void 0 && this.bytes + bytes > this.limits.bytes || target !== this.target) await this.dispatch();
		this.target = target;
		this.batch.push(entry);
		this.bytes += bytes;
	}
	/** Sends the batch gathered so far, and waits for every batch in flight. */
	async flush() {
		await this.dispatch();
		await this.pool.drain();
	}
	async dispatch() {
		if (this.batch.length === 0) return;
		const [batch, target] = [this.batch, this.target];
		this.batch = [];
		this.bytes = 0;
		await this.pool.add(() => this.send(batch, target));
	}
};
/** Rounds of sending again what a batch call left undone before giving up on it. */
const MAX_ROUNDS = 10;
/**
* Sends `pending` with `send`, which answers the part the service left undone (unprocessed
* items, records turned away while a shard is busy), and sends that again with backoff until
* nothing is left. After MAX_ROUNDS retries it fails with `left`'s message.
*/
async function sendUntilDone(pending, send, left) {
	for (let round = 0; pending.length > 0; round += 1) {
		if (round > MAX_ROUNDS) throw new Error(left(pending.length));
		if (round > 0) await sleep(backoff(round));
		pending = await send(pending);
	}
}
export { sendUntilDone as n, Batches as t };
