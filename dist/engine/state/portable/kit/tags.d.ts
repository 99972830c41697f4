/** A resource's tags sorted by key, so layers are stable; undefined when it has none. */
export declare function sortedTags<T>(tags: readonly T[] | undefined, keyOf: (tag: T) => string): T[] | undefined;
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
export declare function replaceTags(current: Iterable<string>, wanted: Iterable<string>, tagging: Tagging): Promise<void>;
