import { StoreError } from '../../errors.js';
import type { RegistryRemote } from './remote.js';
/** The token scope of the catalog API. */
export declare const CATALOG_SCOPE = "registry:catalog:*";
/** The token scope for `actions` on one repository, or on several (a mount reads another). */
export declare function repositoryScope(repository: string, actions: string, from?: string): string;
export interface RegistryRequest {
    readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    /** A path under the registry (`/v2/…`) or an absolute URL (an upload's `Location`). */
    readonly url: string | URL;
    /** The token scope the request needs, as the cache key of its token. */
    readonly scope: string;
    readonly headers?: Readonly<Record<string, string>>;
    /** A Buffer can be sent again after an authentication challenge; a stream cannot. */
    readonly body?: Buffer | ReadableStream<Uint8Array>;
    /** Whether a 5xx or 429 is sent again; by default GET and HEAD are, as requests that change nothing. */
    readonly retry?: boolean;
}
/**
 * HTTP to one registry: resolves paths, authenticates (see Authenticator), and turns answers
 * that are not successes into one-line StoreErrors naming the registry and the masked remote.
 */
export declare class RegistryClient {
    readonly remote: RegistryRemote;
    /** The request timeout (see `timedFetch`). */
    readonly timeoutMs: number;
    private readonly auth;
    constructor(remote: RegistryRemote, 
    /** The request timeout (see `timedFetch`). */
    timeoutMs: number);
    /**
     * Sends `request`; after a 401 it authenticates and sends it once more (unless the body was a
     * stream). Idempotent requests are retried on 5xx and 429: distribution's filesystem storage
     * answers 500 while a concurrent push rewrites a link file that a read looks at.
     */
    send(request: RegistryRequest): Promise<Response>;
    /** `send`, then a StoreError unless the status is one of `ok`. */
    expect(request: RegistryRequest, ok: readonly number[], what: string): Promise<Response>;
    private attempt;
    /** The StoreError for an unexpected answer to `what` ("push blob … to …"); consumes the body. */
    failure(response: Response, what: string): Promise<StoreError>;
    /**
     * The names of a paginated list (`/v2/_catalog`, `/v2/<repo>/tags/list`), following `Link`
     * headers; `onMissing` answers a 404 or 401 on the first page.
     */
    list(path: string, key: 'repositories' | 'tags', scope: string, what: string, onMissing: (response: Response) => Promise<string[]>): Promise<string[]>;
}
