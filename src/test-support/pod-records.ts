import { join } from 'node:path';
import { resolveVersion } from '../engine/catalog.js';
import { parseRef } from '../engine/pod/ref.js';
import { decodeRecords, type StoredRecord } from '../engine/pod/records.js';
import { stateLayers } from '../engine/pod/manifest.js';
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
