import { join } from 'node:path';
import { resolveVersion } from '../engine/catalog.js';
import { parseRef } from '../engine/pod/ref.js';
import { decodeRecords, RecordLayerWriter, type StoredRecord } from '../engine/pod/records.js';
import { encodeManifest, stateLayers, type Descriptor, type StateLayer } from '../engine/pod/manifest.js';
import { publish, pushBytes } from '../engine/copy.js';
import { ANNOTATION } from '../engine/pod/media-types.js';
import { fetchVerified, readManifest } from '../engine/store/content.js';
import { FileStore } from '../engine/store/file/file-store.js';

/** Every record of a pod version in a home's local store, by service, regions in order. */
export async function podRecords(home: string, ref: string): Promise<Record<string, StoredRecord[]>> {
  const store = await FileStore.open(join(home, 'store'), { create: false });
  const version = await resolveVersion(store, parseRef(ref));
  const manifest = await readManifest(store, version.descriptor);
  const byService: Record<string, StoredRecord[]> = {};
  for (const layer of stateLayers(manifest)) {
    const records = (byService[layer.service] ??= []);
    for await (const record of decodeRecords(await fetchVerified(store, layer.descriptor), layer.service)) {
      records.push(record);
    }
  }
  return byService;
}

/**
 * Writes a new pod `to` holding the records of `from` as `change` makes them, with layers
 * encoded as a save encodes them: for tests that need a pod an instance would never produce.
 */
export async function rewritePod(
  home: string,
  from: string,
  to: string,
  change: (record: StoredRecord, service: string) => StoredRecord,
): Promise<void> {
  await rewriteLayers(home, from, to, async (store, layer, state) => {
    const writer = new RecordLayerWriter((content) => store.ingest(content));
    for await (const record of decodeRecords(await fetchVerified(store, layer), state.service)) {
      await writer.write(change(record, state.service));
    }
    const { stored, recordsDigest } = await writer.finish();
    const annotations = { ...layer.annotations, [ANNOTATION.recordsDigest]: recordsDigest };
    return { ...layer, digest: stored!.digest, size: stored!.size, annotations };
  });
}

/**
 * Writes a new pod `to` whose state layers are what `change` makes of those of `from` (the
 * same descriptor keeps a layer): blobs stored with their true digests, however they are made.
 */
export async function rewriteLayers(
  home: string,
  from: string,
  to: string,
  change: (store: FileStore, layer: Descriptor, state: StateLayer) => Promise<Descriptor>,
): Promise<void> {
  const store = await FileStore.open(join(home, 'store'), { create: false });
  const version = await resolveVersion(store, parseRef(from));
  const manifest = await readManifest(store, version.descriptor);
  const layers: Descriptor[] = [];
  for (const layer of manifest.layers) {
    const state = stateLayers({ ...manifest, layers: [layer] })[0];
    layers.push(state ? await change(store, layer, state) : layer);
  }
  const encoded = encodeManifest(manifest.config, layers, { created: new Date().toISOString(), message: `rewritten from ${from}` });
  await pushBytes(store, encoded.descriptor, encoded.bytes);
  await publish(store, to, encoded.descriptor);
  await store.close();
}
