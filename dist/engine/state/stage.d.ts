import type { PodManifest } from '../pod/manifest.js';
import type { BlobReader } from '../store/store.js';
import type { RestoreLayer, RestorePlan } from './restore.js';
/**
 * Reads every layer a restore plan writes, all the way through, before the instance is
 * touched: each is decompressed within `LAYER_LIMITS`, each line parsed as a record, and each
 * payload a record names must be a blob of the manifest with the size the record says (or,
 * inline, decode to that size). A pod that fails any of this fails the load with nothing
 * cleared. It costs one more read of local, verified blobs; the restore reads them again
 * rather than holding a whole pod in memory.
 */
export declare function stageRestore(plan: RestorePlan, manifest: PodManifest, store: BlobReader, onLayer: (layer: RestoreLayer, records: number) => void): Promise<void>;
