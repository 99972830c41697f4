/**
 * A value with the keys of its objects sorted at every depth, and undefined members left out:
 * the one order for canonical JSON, and for maps (metric dimensions, input paths) that
 * instances answer in any order.
 */
export declare function sortKeys<T>(value: T): T;
