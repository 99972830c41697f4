/** Every item of a paginated listing: the pages of an SDK paginator, each page's items picked out. */
export declare function collect<P, T>(pages: AsyncIterable<P>, items: (page: P) => readonly T[] | undefined): Promise<T[]>;
/**
 * The pages of a listing the SDK has no paginator for: `fetch` asks for the page after `token`
 * (undefined for the first) and `next` reads the token of the following one from an answer.
 */
export declare function pagesOf<P>(fetch: (token: string | undefined) => Promise<P>, next: (page: P) => string | undefined): AsyncGenerator<P>;
