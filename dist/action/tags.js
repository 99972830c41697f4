import { a as sortBy } from "./values.js";
// src/engine/state/portable/kit/tags.ts
/** A resource's tags sorted by key, so layers are stable; undefined when it has none. */
function sortedTags(tags, keyOf) {
	return tags && tags.length > 0 ? sortBy(tags, keyOf) : void 0;
}
/**
* Makes a resource's tags exactly the pod's: the keys it has that the pod lacks are removed,
* then the pod's tags are set (which overwrites the values of keys both have).
*/
async function replaceTags(current, wanted, tagging) {
	const keep = new Set(wanted);
	const stale = [...current].filter((key) => !keep.has(key));
	if (stale.length > 0) await tagging.untag(stale);
	if (keep.size > 0) await tagging.tag();
}
export { sortedTags as n, replaceTags as t };
