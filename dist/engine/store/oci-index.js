import { ANNOTATION, OCI_INDEX } from '../pod/media-types.js';
import { isVersionText } from '../pod/ref.js';
export function emptyIndex() {
    return { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
}
/** The index entry that tags `manifest` as `name:version`. */
export function indexEntry(name, version, manifest) {
    return {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}),
        annotations: { ...manifest.annotations, [ANNOTATION.refName]: `${name}:${version}` },
    };
}
export function hasVersion(index, name, version) {
    return index.manifests.some((m) => m.annotations?.[ANNOTATION.refName] === `${name}:${version}`);
}
/** Entries tagged `name:version`; others (images of other tools in the same layout) are ignored. */
export function taggedVersions(index) {
    return index.manifests.flatMap((descriptor) => {
        const ref = descriptor.annotations?.[ANNOTATION.refName] ?? '';
        const colon = ref.lastIndexOf(':');
        if (colon < 1 || !isVersionText(ref.slice(colon + 1)))
            return [];
        return [{ name: ref.slice(0, colon), version: Number(ref.slice(colon + 1)), descriptor }];
    });
}
export function podNames(index) {
    return [...new Set(taggedVersions(index).map((v) => v.name))].sort();
}
export function versionsOf(index, name) {
    return taggedVersions(index)
        .filter((v) => v.name === name)
        .sort((a, b) => a.version - b.version);
}
/** Removes the entry tagged `name:version`; returns whether there was one. */
export function removeVersion(index, name, version) {
    const ref = `${name}:${version}`;
    const kept = index.manifests.filter((m) => m.annotations?.[ANNOTATION.refName] !== ref);
    const removed = kept.length !== index.manifests.length;
    index.manifests = kept;
    return removed;
}
