import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { buffer } from 'node:stream/consumers';

/**
 * A GitHub Actions cache service (v2) for tests, speaking what `@actions/cache` 6 sends when
 * `ACTIONS_CACHE_SERVICE_V2` is set, as a runner sets it:
 *
 * - Twirp JSON at `ACTIONS_RESULTS_URL`: `POST /twirp/github.actions.results.api.v1.CacheService/
 *   {CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL}` with snake_case
 *   fields, a bearer token, and Twirp errors (`{code, msg}`) on refusal;
 * - Azure Blob Storage at the signed URLs those calls return, as `@azure/storage-blob` uses it:
 *   `PUT` with `x-ms-blob-type: BlockBlob` (or `?comp=block` and `?comp=blocklist` above its
 *   single-shot size) to upload; `HEAD` (getProperties), then `GET` with `x-ms-range` to download.
 *
 * The signed URLs name `*.blob.core.windows.net`, as the real ones do, so `@actions/cache`
 * downloads with the Azure SDK as on a runner; the jobs reach them through this server as
 * their HTTP proxy (`HTTP_PROXY`), the only way to route that host here without DNS.
 *
 * Entries are scoped as the service scopes them, from the token's `ac` claim: a job writes to
 * its first writable scope (its branch) and reads its scopes in order (its branch, then the
 * default branch). A key is matched exactly, then as a prefix, then each restore key as a
 * prefix, newest first, and only with the same version. An entry is immutable: a second
 * `CreateCacheEntry` for a key and version in a scope is refused.
 */
export interface CacheServer {
  /** The environment a job on `ref` gets from the runner; `readRefs` are the other scopes it may read. */
  jobEnv(ref: string, readRefs?: readonly string[]): NodeJS.ProcessEnv;
  /** Finalized entries, oldest first. */
  readonly entries: readonly CacheEntry[];
  /** One line per request: the Twirp method and key, or the blob method, entry id and its `comp`, range or blob type. */
  readonly requests: string[];
  stop(): Promise<void>;
}

export interface CacheEntry {
  readonly id: number;
  readonly scope: string;
  readonly key: string;
  readonly version: string;
  readonly created: number;
  readonly sig: string;
  data?: Buffer;
  blocks: Map<string, Buffer>;
  finalized: boolean;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_HOST = 'podscache.blob.core.windows.net';
const READ = 1;
const WRITE = 2;

interface Scope {
  readonly Scope: string;
  readonly Permission: number;
}

function twirpError(response: ServerResponse, status: number, code: string, msg: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
}

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The scopes of a runtime token: its `ac` claim, a JSON list of `{Scope, Permission}`. */
function scopesOf(request: IncomingMessage): Scope[] | undefined {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    return JSON.parse(JSON.parse(Buffer.from(payload, 'base64url').toString()).ac) as Scope[];
  } catch {
    return undefined;
  }
}

/** Azure's response headers for a blob write. */
function blobWritten(response: ServerResponse, content?: Buffer): void {
  response
    .writeHead(201, {
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-11-05',
      'x-ms-request-server-encrypted': 'true',
      ...(content ? { 'content-md5': createHash('md5').update(content).digest('base64') } : {}),
    })
    .end();
}

/** Starts the service on a free loopback port. */
export async function startCacheServer(): Promise<CacheServer> {
  const all: CacheEntry[] = [];
  const requests: string[] = [];
  let nextId = 1;

  const twirp = async (method: string, request: IncomingMessage, response: ServerResponse) => {
    const scopes = scopesOf(request);
    if (!scopes) return twirpError(response, 401, 'unauthenticated', 'missing or malformed runtime token');
    const body = JSON.parse((await buffer(request)).toString() || '{}') as Record<string, unknown>;
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    requests.push(`${method} ${key}`);
    if (!key || !version) return twirpError(response, 400, 'invalid_argument', 'key and version are required');
    if (method === 'CreateCacheEntry') {
      const scope = scopes.find((s) => s.Permission & WRITE)?.Scope;
      if (!scope) return twirpError(response, 403, 'permission_denied', 'cache write denied: the token has no writable scope');
      if (all.some((e) => e.scope === scope && e.key === key && e.version === version)) {
        return twirpError(response, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: CacheEntry = {
        id: nextId++,
        scope,
        key,
        version,
        created: Date.now() + all.length,
        sig: randomBytes(16).toString('base64url'),
        blocks: new Map(),
        finalized: false,
      };
      all.push(entry);
      return json(response, { ok: true, signed_upload_url: blobUrl(entry) });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = all.find((e) => !e.finalized && e.key === key && e.version === version && scopes.some((s) => s.Scope === e.scope));
      if (!entry?.data) return twirpError(response, 404, 'not_found', 'no uploaded cache entry for this key and version');
      if (String(entry.data.length) !== String(body.size_bytes)) {
        return twirpError(
          response,
          400,
          'invalid_argument',
          `size_bytes ${String(body.size_bytes)} differs from the ${entry.data.length} bytes uploaded`,
        );
      }
      entry.finalized = true;
      return json(response, { ok: true, entry_id: String(entry.id) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = (body.restore_keys as string[] | undefined) ?? [];
      for (const scope of scopes.filter((s) => s.Permission & READ)) {
        const candidates = all.filter((e) => e.finalized && e.scope === scope.Scope && e.version === version).sort((a, b) => b.created - a.created);
        const match =
          candidates.find((e) => e.key === key) ??
          candidates.find((e) => e.key.startsWith(key)) ??
          restoreKeys.map((prefix) => candidates.find((e) => e.key.startsWith(prefix))).find(Boolean);
        if (match) return json(response, { ok: true, signed_download_url: blobUrl(match), matched_key: match.key });
      }
      return json(response, { ok: false });
    }
    return twirpError(response, 404, 'bad_route', `no method ${method}`);
  };

  const blob = async (url: URL, request: IncomingMessage, response: ServerResponse) => {
    const id = Number(url.pathname.split('/').at(-1));
    const entry = all.find((e) => e.id === id);
    const detail = url.searchParams.get('comp') ?? request.headers['x-ms-range'] ?? request.headers['x-ms-blob-type'] ?? '';
    requests.push(`${request.method} blob ${id} ${String(detail)}`.trimEnd());
    if (!entry || url.searchParams.get('sig') !== entry.sig) {
      response.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' }).end();
      return;
    }
    if (request.method === 'PUT') {
      if (entry.finalized) {
        response.writeHead(409, { 'x-ms-error-code': 'BlobImmutable' }).end();
        return;
      }
      const content = await buffer(request);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') entry.blocks.set(url.searchParams.get('blockid')!, content);
      else if (comp === 'blocklist') {
        const ids = [...content.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((m) => m[1]!);
        entry.data = Buffer.concat(ids.map((blockId) => entry.blocks.get(blockId)!));
      } else if (request.headers['x-ms-blob-type'] === 'BlockBlob') entry.data = content;
      else {
        response.writeHead(400, { 'x-ms-error-code': 'MissingRequiredHeader' }).end();
        return;
      }
      return blobWritten(response, comp === 'blocklist' ? undefined : content);
    }
    if (!entry.finalized || !entry.data) {
      response.writeHead(404, { 'x-ms-error-code': 'BlobNotFound' }).end();
      return;
    }
    const data = entry.data;
    const headers = {
      etag: `"0x${entry.id.toString(16).padStart(16, '0')}"`,
      'last-modified': new Date(entry.created).toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'accept-ranges': 'bytes',
      'content-type': 'application/octet-stream',
      'x-ms-version': '2025-11-05',
    };
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(request.headers['x-ms-range'] ?? request.headers.range ?? ''));
    if (request.method === 'HEAD') {
      response.writeHead(200, { ...headers, 'content-length': data.length }).end();
    } else if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
      response
        .writeHead(206, { ...headers, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${data.length}` })
        .end(data.subarray(start, end + 1));
    } else {
      response.writeHead(200, { ...headers, 'content-length': data.length }).end(data);
    }
  };

  const server = createServer((request, response) => {
    // A proxied request names its absolute URL; a direct one its path.
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const handle =
      url.hostname === BLOB_HOST
        ? blob(url, request, response)
        : url.pathname.startsWith(SERVICE) && request.method === 'POST'
          ? twirp(url.pathname.slice(SERVICE.length), request, response)
          : Promise.resolve(twirpError(response, 404, 'bad_route', `no route ${request.method} ${url.pathname}`));
    handle.catch((error: unknown) => {
      if (!response.headersSent) twirpError(response, 500, 'internal', String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  function blobUrl(entry: CacheEntry): string {
    return `http://${BLOB_HOST}/actions-cache/${entry.id}?sv=2025-11-05&sr=b&sp=rw&se=2099-01-01T00%3A00%3A00Z&sig=${entry.sig}`;
  }

  return {
    jobEnv(ref, readRefs = []) {
      const ac = JSON.stringify([{ Scope: ref, Permission: READ | WRITE }, ...readRefs.map((r) => ({ Scope: r, Permission: READ }))]);
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return {
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: `${base}/`,
        ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none', typ: 'JWT' })}.${part({ ac })}.unsigned`,
        GITHUB_REF: ref,
        HTTP_PROXY: base,
        NO_PROXY: '127.0.0.1,localhost',
      };
    },
    get entries() {
      return all.filter((e) => e.finalized);
    },
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
