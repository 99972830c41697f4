import { resolveVersion } from './catalog.js';
import type { PodLocation } from './location.js';
import { openRemoteForRead } from './open-store.js';
import type { PodsOptions } from './options.js';
import type { ReadableStore, TaggedVersion } from './store/store.js';
import { requestTimeoutMs } from './util/request-timeout.js';

/**
 * Opens the store a location reads from; the caller closes it. The zip and HTTP libraries load
 * only for the locations that need them: listing a remote should not pay for them at start-up.
 */
export async function openSource(pod: PodLocation, options: Pick<PodsOptions, 'remote' | 'env'>): Promise<ReadableStore> {
  if (pod.kind === 'ref') return openRemoteForRead(options.remote, options.env);
  const { ZipReader } = await import('./store/single-file/zip-reader.js');
  if (pod.kind === 'file') return ZipReader.open(pod.path, `file://${pod.path}`);
  const { download } = await import('./store/single-file/download.js');
  const file = await download(pod.url, pod.display, requestTimeoutMs(options.env));
  return ZipReader.open(file.path, pod.display, file.dispose);
}

/** The version a location names in its store. */
export async function locate(pod: PodLocation, store: ReadableStore): Promise<TaggedVersion> {
  if (pod.kind === 'ref') return resolveVersion(store, pod.ref);
  const [name] = await store.listPods();
  return resolveVersion(store, { name: name ?? pod.name, version: 'latest' });
}
