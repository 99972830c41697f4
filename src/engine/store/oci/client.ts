import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../../errors.js';
import { Authenticator } from './auth.js';
import { timedFetch } from '../../util/http.js';
import { networkError } from './network.js';
import type { RegistryRemote } from './remote.js';

/** The token scope of the catalog API. */
export const CATALOG_SCOPE = 'registry:catalog:*';

/** The token scope for `actions` on one repository, or on several (a mount reads another). */
export function repositoryScope(repository: string, actions: string, from?: string): string {
  const scope = `repository:${repository}:${actions}`;
  return from ? `${scope} repository:${from}:pull` : scope;
}

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

/** Pauses before the retries of an idempotent request that met a 5xx or 429. */
const RETRY_DELAYS_MS = [100, 400, 1000];

/** Pages of a catalog or tag list hold this many names (distribution's default is 100). */
const PAGE_SIZE = 1000;

/**
 * HTTP to one registry: resolves paths, authenticates (see Authenticator), and turns answers
 * that are not successes into one-line StoreErrors naming the registry and the masked remote.
 */
export class RegistryClient {
  private readonly auth: Authenticator;

  constructor(
    readonly remote: RegistryRemote,
    /** The request timeout (see `timedFetch`). */
    readonly timeoutMs: number,
  ) {
    this.auth = new Authenticator(remote, timeoutMs);
  }

  /**
   * Sends `request`; after a 401 it authenticates and sends it once more (unless the body was a
   * stream). Idempotent requests are retried on 5xx and 429: distribution's filesystem storage
   * answers 500 while a concurrent push rewrites a link file that a read looks at.
   */
  async send(request: RegistryRequest): Promise<Response> {
    const retryable = request.retry ?? (request.method === 'GET' || request.method === 'HEAD');
    for (let attempt = 0; ; attempt++) {
      let response = await this.attempt(request);
      if (response.status === 401 && !(request.body instanceof ReadableStream)) {
        await response.body?.cancel();
        await this.auth.answer(response.headers.get('www-authenticate'), request.scope);
        response = await this.attempt(request);
      }
      const transient = response.status >= 500 || response.status === 429;
      if (!transient || !retryable || attempt >= RETRY_DELAYS_MS.length) return response;
      await response.body?.cancel();
      await sleep(RETRY_DELAYS_MS[attempt]!);
    }
  }

  /** `send`, then a StoreError unless the status is one of `ok`. */
  async expect(request: RegistryRequest, ok: readonly number[], what: string): Promise<Response> {
    const response = await this.send(request);
    if (!ok.includes(response.status)) throw await this.failure(response, what);
    return response;
  }

  private async attempt(request: RegistryRequest): Promise<Response> {
    const url = new URL(request.url, this.remote.origin);
    const headers: Record<string, string> = { ...request.headers };
    // Credentials go to the registry only: an upload's `Location` may name another origin
    // (storage a registry hands uploads to), which must not see them.
    const authorization = url.origin === this.remote.origin ? this.auth.header(request.scope) : undefined;
    if (authorization) headers.authorization = authorization;
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, redirect: 'follow' };
    if (request.body) {
      // A Buffer is a Uint8Array, which fetch sends as it is; the DOM typings (for the web page's check) name no Buffer.
      init.body = request.body as RequestInit['body'];
      // Streamed bodies must say so (fetch spec); undici then sends them as they are read.
      if (request.body instanceof ReadableStream) init.duplex = 'half';
    }
    try {
      return await timedFetch(url, init, this.timeoutMs, `registry ${this.remote.host} (${request.method} ${url.pathname})`);
    } catch (error) {
      throw networkError(`registry ${this.remote.host}`, this.remote.display, error);
    }
  }

  /** The StoreError for an unexpected answer to `what` ("push blob … to …"); consumes the body. */
  async failure(response: Response, what: string): Promise<StoreError> {
    if (response.status === 401) {
      await response.body?.cancel();
      return this.auth.refused(401);
    }
    const detail = await errorDetail(response);
    const { host, display } = this.remote;
    if (response.status === 403) return new StoreError(`Registry ${host} denied ${what} for ${display} (403${detail}).`);
    return new StoreError(`Registry ${host} could not ${what} for ${display} (${response.status}${detail}).`);
  }

  /**
   * The names of a paginated list (`/v2/_catalog`, `/v2/<repo>/tags/list`), following `Link`
   * headers; `onMissing` answers a 404 or 401 on the first page.
   */
  async list(
    path: string,
    key: 'repositories' | 'tags',
    scope: string,
    what: string,
    onMissing: (response: Response) => Promise<string[]>,
  ): Promise<string[]> {
    const names: string[] = [];
    let next: URL | undefined = new URL(path, this.remote.origin);
    next.searchParams.set('n', String(PAGE_SIZE));
    let first = true;
    while (next) {
      const response = await this.send({ method: 'GET', url: next, scope });
      if (first && (response.status === 404 || response.status === 401)) return onMissing(response);
      if (response.status !== 200) throw await this.failure(response, what);
      const page = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      const items = page[key];
      if (items !== null && items !== undefined && !Array.isArray(items)) {
        throw new StoreError(`Registry ${this.remote.host} sent a malformed answer to ${what} for ${this.remote.display}.`);
      }
      names.push(...((items ?? []) as unknown[]).filter((n): n is string => typeof n === 'string'));
      next = nextPage(response.headers.get('link'), next);
      first = false;
    }
    return names;
  }
}

/** The target of a `Link: <…>; rel="next"` header, resolved against the page it came with. */
function nextPage(link: string | null, current: URL): URL | undefined {
  const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
  return match ? new URL(match[1]!, current) : undefined;
}

/** `: CODE message` from an OCI error body (`{"errors":[{"code","message"}]}`), or nothing. */
async function errorDetail(response: Response): Promise<string> {
  if (response.headers.get('content-length') === '0' || !response.body) return '';
  const text = await response.text().catch(() => '');
  try {
    const first = (JSON.parse(text) as { errors?: { code?: string; message?: string }[] }).errors?.[0];
    if (first) return `: ${[first.code, first.message].filter(Boolean).join(' ')}`;
  } catch {
    // Not an OCI error body: a proxy's HTML page says nothing worth a line.
  }
  return '';
}
