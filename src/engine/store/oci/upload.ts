import { pipeline, Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { StoreError } from '../../errors.js';
import { VerifyingStream } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import { repositoryScope, type RegistryClient } from './client.js';

/** Blobs up to this size go in one PUT; larger ones in PATCHes of this size, one in memory at a time. */
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

/**
 * Uploads `content` as `descriptor` to `repository` (OCI distribution spec, "pushing blobs"),
 * streaming it through a VerifyingStream: a blob that does not match its descriptor is never
 * committed, and its upload session is deleted. `session` is an upload already started (a mount
 * the registry answered with 202); otherwise one is started here.
 */
export async function uploadBlob(
  client: RegistryClient,
  repository: string,
  descriptor: Descriptor,
  content: Readable,
  options: { chunkSize: number; session?: URL },
): Promise<void> {
  const scope = repositoryScope(repository, 'pull,push');
  const what = `push blob ${descriptor.digest} to ${repository}`;
  let session: URL;
  try {
    session = options.session ?? (await startUpload(client, repository, what));
  } catch (error) {
    content.destroy();
    throw error;
  }
  try {
    session =
      descriptor.size <= options.chunkSize
        ? await putWhole(client, session, scope, what, descriptor, content)
        : await patchChunks(client, session, scope, what, descriptor, content, options.chunkSize);
  } catch (error) {
    // Best effort: an abandoned session would otherwise linger until the registry purges uploads.
    await client.send({ method: 'DELETE', url: session, scope }).then(
      (r) => r.body?.cancel(),
      () => undefined,
    );
    throw error;
  }
}

async function startUpload(client: RegistryClient, repository: string, what: string): Promise<URL> {
  const response = await client.expect(
    { method: 'POST', url: `/v2/${repository}/blobs/uploads/`, scope: repositoryScope(repository, 'pull,push') },
    [202],
    what,
  );
  await response.body?.cancel();
  return location(client, response, what);
}

/** The upload URL a registry answers with; each PATCH may move it. */
export function location(client: RegistryClient, response: Response, what: string): URL {
  const header = response.headers.get('location');
  if (!header) {
    throw new StoreError(`Registry ${client.remote.host} sent no upload location to ${what} for ${client.remote.display}.`);
  }
  return new URL(header, client.remote.origin);
}

function withDigest(session: URL, descriptor: Descriptor): URL {
  const url = new URL(session);
  url.searchParams.set('digest', descriptor.digest);
  return url;
}

/** A monolithic upload: the whole blob as the body of the closing PUT. */
async function putWhole(client: RegistryClient, session: URL, scope: string, what: string, descriptor: Descriptor, content: Readable): Promise<URL> {
  let mismatch: unknown;
  const verifying = pipeline(content, new VerifyingStream(descriptor), () => undefined);
  verifying.once('error', (error) => (mismatch ??= error));
  let response: Response;
  try {
    response = await client.send({
      method: 'PUT',
      url: withDigest(session, descriptor),
      scope,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
      body: Readable.toWeb(verifying) as ReadableStream<Uint8Array>,
    });
  } catch (error) {
    // The body failed its check: fetch reports only that the request broke off.
    throw mismatch ?? error;
  }
  if (mismatch) {
    await response.body?.cancel();
    throw mismatch;
  }
  if (response.status !== 201) throw await client.failure(response, what);
  await response.body?.cancel();
  return session;
}

/** A chunked upload: PATCHes of `chunkSize` bytes, then an empty PUT once the content checked out. */
async function patchChunks(
  client: RegistryClient,
  session: URL,
  scope: string,
  what: string,
  descriptor: Descriptor,
  content: Readable,
  chunkSize: number,
): Promise<URL> {
  let offset = 0;
  const send = async (chunk: Buffer) => {
    const response = await client.send({
      method: 'PATCH',
      url: session,
      scope,
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `${offset}-${offset + chunk.length - 1}`,
        'content-length': String(chunk.length),
      },
      body: chunk,
    });
    if (response.status !== 202) throw await client.failure(response, what);
    await response.body?.cancel();
    session = location(client, response, what);
    offset += chunk.length;
  };
  await pipelineAsync(content, new VerifyingStream(descriptor), async (source: AsyncIterable<Buffer>) => {
    let pending: Buffer[] = [];
    let pendingSize = 0;
    for await (const piece of source) {
      pending.push(piece);
      pendingSize += piece.length;
      while (pendingSize >= chunkSize) {
        const joined = Buffer.concat(pending, pendingSize);
        await send(joined.subarray(0, chunkSize));
        pending = [joined.subarray(chunkSize)];
        pendingSize -= chunkSize;
      }
    }
    // The loop ends only once VerifyingStream has checked the digest, so the tail is good content.
    if (pendingSize > 0) await send(Buffer.concat(pending, pendingSize));
  });
  const response = await client.send({
    method: 'PUT',
    url: withDigest(session, descriptor),
    scope,
    headers: { 'content-length': '0' },
  });
  if (response.status !== 201) throw await client.failure(response, what);
  await response.body?.cancel();
  return session;
}
