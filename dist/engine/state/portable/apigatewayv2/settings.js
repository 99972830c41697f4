import { collect, pagesOf, sortKeys } from '../kit/index.js';
/** An empty value ('' , [], {}): emulators answer one where AWS leaves the field out. */
function isEmpty(value) {
    if (value === undefined || value === null || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return typeof value === 'object' && !(value instanceof Date) && Object.keys(value).length === 0;
}
/**
 * `object` without its `volatile` fields (ids the instance draws, dates, endpoints, statuses)
 * and its empty ones, keys sorted at every depth, so unchanged state gives identical records.
 */
export function settingsOf(object, volatile) {
    const skip = new Set(volatile);
    const kept = Object.entries(object).filter(([key, value]) => !skip.has(key) && key !== '$metadata' && !isEmpty(value));
    return sortKeys(Object.fromEntries(kept));
}
/** Every item of an API Gateway v2 listing (the SDK has no paginators for them): `fetch` asks for the page after a token. */
export function listAll(fetch) {
    return collect(pagesOf(fetch, (page) => page.NextToken), (page) => page.Items);
}
/** The most items a page of a listing holds. */
export const PAGE = '500';
