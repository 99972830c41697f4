import { sortBy } from './values.js';

/** A resource's tags sorted by key, so layers are stable; undefined when it has none. */
export function sortedTags<T>(tags: readonly T[] | undefined, keyOf: (tag: T) => string): T[] | undefined {
  return tags && tags.length > 0 ? sortBy(tags, keyOf) : undefined;
}

/** The two calls that change a resource's tags. */
export interface Tagging {
  /** Removes the tags of these keys. */
  untag(keys: string[]): Promise<unknown>;
  /** Sets the pod's tags (called only when it has some). */
  tag(): Promise<unknown>;
}

/**
 * Makes a resource's tags exactly the pod's: the keys it has that the pod lacks are removed,
 * then the pod's tags are set (which overwrites the values of keys both have).
 */
export async function replaceTags(current: Iterable<string>, wanted: Iterable<string>, tagging: Tagging): Promise<void> {
  const keep = new Set(wanted);
  const stale = [...current].filter((key) => !keep.has(key));
  if (stale.length > 0) await tagging.untag(stale);
  if (keep.size > 0) await tagging.tag();
}
