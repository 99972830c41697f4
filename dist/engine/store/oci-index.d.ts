import type { Descriptor } from '../pod/manifest.js';
import { OCI_INDEX } from '../pod/media-types.js';
import type { TaggedVersion } from './store.js';
/** The `index.json` of an OCI image layout, as the file store and single-file pods keep it. */
export interface OciIndex {
    schemaVersion: 2;
    mediaType: typeof OCI_INDEX;
    manifests: Descriptor[];
}
export declare function emptyIndex(): OciIndex;
/** The index entry that tags `manifest` as `name:version`. */
export declare function indexEntry(name: string, version: number, manifest: Descriptor): Descriptor;
export declare function hasVersion(index: OciIndex, name: string, version: number): boolean;
/** Entries tagged `name:version`; others (images of other tools in the same layout) are ignored. */
export declare function taggedVersions(index: OciIndex): TaggedVersion[];
export declare function podNames(index: OciIndex): string[];
export declare function versionsOf(index: OciIndex, name: string): TaggedVersion[];
/** Removes the entry tagged `name:version`; returns whether there was one. */
export declare function removeVersion(index: OciIndex, name: string, version: number): boolean;
