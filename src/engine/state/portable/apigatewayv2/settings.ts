import { collect, pagesOf, sortKeys } from '../kit/index.js';

/** What a record keeps of an object the instance answers: `T` without the fields it sets itself. */
export type Settings<T, Volatile extends keyof T> = Omit<T, Volatile>;

/** An empty value ('' , [], {}): emulators answer one where AWS leaves the field out. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && !(value instanceof Date) && Object.keys(value).length === 0;
}

/**
 * `object` without its `volatile` fields (ids the instance draws, dates, endpoints, statuses)
 * and its empty ones, keys sorted at every depth, so unchanged state gives identical records.
 */
export function settingsOf<T extends object, K extends keyof T>(object: T, volatile: readonly K[]): Settings<T, K> {
  const skip = new Set<PropertyKey>(volatile);
  const kept = Object.entries(object).filter(([key, value]) => !skip.has(key) && key !== '$metadata' && !isEmpty(value));
  return sortKeys(Object.fromEntries(kept)) as Settings<T, K>;
}

/** One page of an API Gateway v2 listing. */
type Page<T> = { Items?: T[]; NextToken?: string };

/** Every item of an API Gateway v2 listing (the SDK has no paginators for them): `fetch` asks for the page after a token. */
export function listAll<T>(fetch: (NextToken: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  return collect(
    pagesOf(fetch, (page) => page.NextToken),
    (page) => page.Items,
  );
}

/** The most items a page of a listing holds. */
export const PAGE = '500';
