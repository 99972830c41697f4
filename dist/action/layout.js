import { r as isVersionText } from "./ref.js";
import { h as hexOf, i as OCI_INDEX, t as ANNOTATION } from "./media-types.js";
// src/engine/store/oci-index.ts
function emptyIndex() {
	return {
		schemaVersion: 2,
		mediaType: OCI_INDEX,
		manifests: []
	};
}
/** The index entry that tags `manifest` as `name:version`. */
function indexEntry(name, version, manifest) {
	return {
		mediaType: manifest.mediaType,
		digest: manifest.digest,
		size: manifest.size,
		...manifest.artifactType ? { artifactType: manifest.artifactType } : {},
		annotations: {
			...manifest.annotations,
			[ANNOTATION.refName]: `${name}:${version}`
		}
	};
}
function hasVersion(index, name, version) {
	return index.manifests.some((m) => m.annotations?.[ANNOTATION.refName] === `${name}:${version}`);
}
/** Entries tagged `name:version`; others (images of other tools in the same layout) are ignored. */
function taggedVersions(index) {
	return index.manifests.flatMap((descriptor) => {
		const ref = descriptor.annotations?.[ANNOTATION.refName] ?? "";
		const colon = ref.lastIndexOf(":");
		if (colon < 1 || !isVersionText(ref.slice(colon + 1))) return [];
		return [{
			name: ref.slice(0, colon),
			version: Number(ref.slice(colon + 1)),
			descriptor
		}];
	});
}
function podNames(index) {
	return [...new Set(taggedVersions(index).map((v) => v.name))].sort();
}
function versionsOf(index, name) {
	return taggedVersions(index).filter((v) => v.name === name).sort((a, b) => a.version - b.version);
}
/** Removes the entry tagged `name:version`; returns whether there was one. */
function removeVersion(index, name, version) {
	const ref = `${name}:${version}`;
	const kept = index.manifests.filter((m) => m.annotations?.[ANNOTATION.refName] !== ref);
	const removed = kept.length !== index.manifests.length;
	index.manifests = kept;
	return removed;
}
// src/engine/store/single-file/layout.ts
/** Entry names of a single-file pod: a zip of an OCI image layout. */
const LAYOUT_FILE = "oci-layout";
const INDEX_FILE = "index.json";
function blobEntry(digest) {
	return `blobs/sha256/${hexOf(digest)}`;
}
export { hasVersion as a, removeVersion as c, emptyIndex as i, versionsOf as l, LAYOUT_FILE as n, indexEntry as o, blobEntry as r, podNames as s, INDEX_FILE as t };
