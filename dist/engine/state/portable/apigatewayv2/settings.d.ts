/** What a record keeps of an object the instance answers: `T` without the fields it sets itself. */
export type Settings<T, Volatile extends keyof T> = Omit<T, Volatile>;
/**
 * `object` without its `volatile` fields (ids the instance draws, dates, endpoints, statuses)
 * and its empty ones, keys sorted at every depth, so unchanged state gives identical records.
 */
export declare function settingsOf<T extends object, K extends keyof T>(object: T, volatile: readonly K[]): Settings<T, K>;
/** One page of an API Gateway v2 listing. */
type Page<T> = {
    Items?: T[];
    NextToken?: string;
};
/** Every item of an API Gateway v2 listing (the SDK has no paginators for them): `fetch` asks for the page after a token. */
export declare function listAll<T>(fetch: (NextToken: string | undefined) => Promise<Page<T>>): Promise<T[]>;
/** The most items a page of a listing holds. */
export declare const PAGE = "500";
export {};
