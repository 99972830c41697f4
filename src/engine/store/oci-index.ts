import type { Descriptor } from '../pod/manifest.js';
import { ANNOTATION, OCI_INDEX } from '../pod/media-types.js';
import { isVersionText } from '../pod/ref.js';
import type { TaggedVersion } from './store.js';

/** The `index.json` of an OCI image layout, as the file store and single-file pods keep it. */
export interface OciIndex {
  schemaVersion: 2;
  mediaType: typeof OCI_INDEX;
  manifests: Descriptor[];
}

export function emptyIndex(): OciIndex {
  return { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
}

/** The index entry that tags `manifest` as `name:version`. */
export function indexEntry(name: string, version: number, manifest: Descriptor): Descriptor {
  return {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.size,
    ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}),
    annotations: { ...manifest.annotations, [ANNOTATION.refName]: `${name}:${version}` },
  };
}

export function hasVersion(index: OciIndex, name: string, version: number): boolean {
  return index.manifests.some((m) => m.annotations?.[ANNOTATION.refName] === `${name}:${version}`);
}

/** Entries tagged `name:version`; others (images of other tools in the same layout) are ignored. */
export function taggedVersions(index: OciIndex): TaggedVersion[] {
  return index.manifests.flatMap((descriptor) => {
    const ref = descriptor.annotations?.[ANNOTATION.refName] ?? '';
    const colon = ref.lastIndexOf(':');
    if (colon < 1 || !isVersionText(ref.slice(colon + 1))) return [];
    return [{ name: ref.slice(0, colon), version: Number(ref.slice(colon + 1)), descriptor }];
  });
}

export function podNames(index: OciIndex): string[] {
  return [...new Set(taggedVersions(index).map((v) => v.name))].sort();
}

export function versionsOf(index: OciIndex, name: string): TaggedVersion[] {
  return taggedVersions(index)
    .filter((v) => v.name === name)
    .sort((a, b) => a.version - b.version);
}

/** Removes the entry tagged `name:version`; returns whether there was one. */
export function removeVersion(index: OciIndex, name: string, version: number): boolean {
  const ref = `${name}:${version}`;
  const kept = index.manifests.filter((m) => m.annotations?.[ANNOTATION.refName] !== ref);
  const removed = kept.length !== index.manifests.length;
  index.manifests = kept;
  return removed;
}
