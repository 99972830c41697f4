import { join } from 'node:path';
import { resolveVersion } from '../engine/catalog.js';
import { parseRef } from '../engine/pod/ref.js';
import { decodeRecords, RecordLayerWriter, type StoredRecord } from '../engine/pod/records.js';
import {
  encodeConfig,
  encodeManifest,
  stateLayers,
  type Descriptor,
  type PodConfig,
  type PodManifest,
  type StateLayer,
} from '../engine/pod/manifest.js';
import { publish, pushBytes } from '../engine/copy.js';
import { ANNOTATION } from '../engine/pod/media-types.js';
import { fetchVerified, readConfig, readManifest } from '../engine/store/content.js';
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
  await republish(home, from, to, async (store, manifest) => {
    const layers: Descriptor[] = [];
    for (const layer of manifest.layers) {
      const state = stateLayers({ ...manifest, layers: [layer] })[0];
      layers.push(state ? await change(store, layer, state) : layer);
    }
    return { config: manifest.config, layers };
  });
}

/**
 * Writes a new pod `to` with the layers of `from` and the config `change` makes of its config,
 * stored with its true digest: a pod from another instance, or in another format, than any at hand.
 */
export async function rewriteConfig(home: string, from: string, to: string, change: (config: PodConfig) => PodConfig): Promise<void> {
  await republish(home, from, to, async (store, manifest) => {
    const config = encodeConfig(change(await readConfig(store, manifest)));
    await pushBytes(store, config.descriptor, config.bytes);
    return { config: config.descriptor, layers: manifest.layers };
  });
}

/** Publishes as the next version of `to` the config and layers `change` makes of the manifest of `from`. */
async function republish(
  home: string,
  from: string,
  to: string,
  change: (store: FileStore, manifest: PodManifest) => Promise<Pick<PodManifest, 'config' | 'layers'>>,
): Promise<void> {
  const store = await FileStore.open(join(home, 'store'), { create: false });
  try {
    const version = await resolveVersion(store, parseRef(from));
    const { config, layers } = await change(store, await readManifest(store, version.descriptor));
    const encoded = encodeManifest(config, layers, { created: new Date().toISOString(), message: `rewritten from ${from}` });
    await pushBytes(store, encoded.descriptor, encoded.bytes);
    await publish(store, to, encoded.descriptor);
  } finally {
    await store.close();
  }
}
