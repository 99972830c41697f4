// src/engine/state/portable/kit/ids.ts
/**
* The ids a restore got from the instance, by the ids the pod has: what later records of the
* same restore name (a plan's API, a record set's health check) is looked up here.
*/
var IdMap = class {
	ids = /* @__PURE__ */ new Map();
	set(from, to) {
		this.ids.set(from, to);
	}
	/** The new id of `id`; `id` itself when the instance kept it, or it is not one of the pod's. */
	of = (id) => id === void 0 ? id : this.ids.get(id) ?? id;
};
/**
* LocalStack keeps a DynamoDB table's stream as a Kinesis stream of this name: the table's, not
* the user's. The Kinesis module leaves such streams out, and the DynamoDB module restores them
* with their tables.
*/
const TABLE_STREAM_PREFIX = "__ddb_stream_";
export { TABLE_STREAM_PREFIX as n, IdMap as t };
