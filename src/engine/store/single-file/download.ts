import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError, StoreError } from '../../errors.js';
import { privateTempDir } from '../../util/private-temp.js';

/**
 * Streams a single-file pod from an http(s) URL into a temp file (a zip is read from its end,
 * so it needs the whole file); `dispose` removes it. Content is verified blob by blob later.
 */
export async function download(url: string, display: string): Promise<{ path: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(privateTempDir(), 'download-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'follow' });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new StoreError(`Cannot reach ${display} (${cause?.code ?? cause?.message ?? (error as Error).message}).`, { cause: error });
    }
    if (response.status === 404) throw new NotFoundError(`No pod file at ${display} (404).`);
    if (!response.ok || !response.body) throw new StoreError(`Downloading ${display} failed: ${response.status} ${response.statusText}.`);
    const path = join(dir, 'pod.zip');
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(path));
    return { path, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
