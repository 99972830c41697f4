import { sortBy } from './values.js';
/** A resource's tags sorted by key, so layers are stable; undefined when it has none. */
export function sortedTags(tags, keyOf) {
    return tags && tags.length > 0 ? sortBy(tags, keyOf) : undefined;
}
/**
 * Makes a resource's tags exactly the pod's: the keys it has that the pod lacks are removed,
 * then the pod's tags are set (which overwrites the values of keys both have).
 */
export async function replaceTags(current, wanted, tagging) {
    const keep = new Set(wanted);
    const stale = [...current].filter((key) => !keep.has(key));
    if (stale.length > 0)
        await tagging.untag(stale);
    if (keep.size > 0)
        await tagging.tag();
}
