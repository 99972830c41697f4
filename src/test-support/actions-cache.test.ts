import { BlockBlobClient } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from './actions-cache.js';

let server: CacheServer;
beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(() => server.stop());

/** A Twirp call as `@actions/cache` makes it: JSON with snake_case fields and the runtime token. */
async function twirp(method: string, body: unknown, env: NodeJS.ProcessEnv): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.CacheService/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The Azure SDK as `@actions/cache` builds it, sent through the server as the job's proxy. */
function blobClient(url: string, env: NodeJS.ProcessEnv): BlockBlobClient {
  const proxy = new URL(env.HTTP_PROXY!);
  return new BlockBlobClient(url, undefined, { proxyOptions: { host: `http://${proxy.hostname}`, port: Number(proxy.port) } });
}

// The end-to-end tests cover the single-shot upload and the ranged download through
// `@actions/cache`; this covers what only archives above its 128 MiB single-shot size send.
describe('the test cache service', () => {
  it('takes an upload in blocks and a block list, as the Azure SDK sends a large archive', async () => {
    const env = server.jobEnv('refs/heads/main');
    const created = await twirp('CreateCacheEntry', { key: 'big', version: 'v1' }, env);
    const data = randomBytes(3000);
    await blobClient(created.json.signed_upload_url as string, env).uploadData(data, { blockSize: 1024, maxSingleShotSize: 1024 });
    expect(server.requests.filter((r) => / block(list)?$/.test(r))).toHaveLength(4);
    const finalized = await twirp('FinalizeCacheEntryUpload', { key: 'big', version: 'v1', size_bytes: '3000' }, env);
    expect(finalized.json).toEqual({ ok: true, entry_id: expect.any(String) });
    const found = await twirp('GetCacheEntryDownloadURL', { key: 'bi', version: 'v1' }, env);
    expect(found.json.matched_key).toBe('big');
    expect((await blobClient(found.json.signed_download_url as string, env).downloadToBuffer(0, undefined, { blockSize: 1000 })).equals(data)).toBe(
      true,
    );
  });

  it('refuses a second entry with the same key and version in a scope, as the service does', async () => {
    const env = server.jobEnv('refs/heads/other');
    expect((await twirp('CreateCacheEntry', { key: 'once', version: 'v1' }, env)).status).toBe(200);
    expect(await twirp('CreateCacheEntry', { key: 'once', version: 'v1' }, env)).toEqual({
      status: 409,
      json: { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' },
    });
  });
});
