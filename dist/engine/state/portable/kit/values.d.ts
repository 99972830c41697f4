import { sortKeys } from '../../../util/sort-keys.js';
export { sortKeys };
/** Orders strings by code unit, as the pod's sorted layers are ordered (not by locale). */
export declare function compare(a: string, b: string): number;
/** A copy of `items` sorted by the text `key` gives each. */
export declare function sortBy<T>(items: Iterable<T>, key: (item: T) => string): T[];
/** Undefined for an empty list, so an unset list and an empty one are stored alike. */
export declare function nonEmpty<T>(items: readonly T[] | undefined): T[] | undefined;
/** A copy of a map with its keys sorted; undefined when it is empty. */
export declare function sortedRecord<V>(record: Readonly<Record<string, V>> | undefined): Record<string, V> | undefined;
/** A JSON document (a policy) in one spelling, so two emulators' spellings of it compare equal; other text as it is. */
export declare function canonicalDocument(text: string | undefined): string | undefined;
/** `items` cut into lists of at most `size`, for the APIs that take a batch. */
export declare function chunks<T>(items: readonly T[], size: number): T[][];
