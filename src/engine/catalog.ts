import { encryptionOf } from './pod/encryption-info.js';
import { NotFoundError } from './errors.js';
import type { PodVersionInfo } from './pod/manifest.js';
import { ANNOTATION } from './pod/media-types.js';
import type { PodRef } from './pod/ref.js';
import { readConfig, readManifest } from './store/content.js';
import { podView, type ReadableStore, type TaggedVersion } from './store/store.js';

/** The version a ref names; a NotFoundError that says what exists on a miss. */
export async function resolveVersion(store: ReadableStore, ref: PodRef): Promise<TaggedVersion> {
  const versions = await store.listVersions(ref.name);
  if (versions.length === 0) {
    throw new NotFoundError(`Pod "${ref.name}" does not exist in ${store.display}. See what does: localstack-pods list`);
  }
  if (ref.version === 'latest') return versions.at(-1)!;
  const found = versions.find((v) => v.version === ref.version);
  if (!found) {
    throw new NotFoundError(
      `Pod "${ref.name}" has no version ${ref.version} in ${store.display}; it has ${versions.map((v) => v.version).join(', ')}.`,
    );
  }
  return found;
}

/** A version with what its manifest and config say. */
export async function describeVersion(store: ReadableStore, tagged: TaggedVersion): Promise<PodVersionInfo> {
  const pod = podView(store, tagged.name);
  const manifest = await readManifest(pod, tagged.descriptor);
  const config = await readConfig(pod, manifest);
  return {
    name: tagged.name,
    version: tagged.version,
    digest: tagged.descriptor.digest,
    created: manifest.annotations[ANNOTATION.created] ?? '',
    message: manifest.annotations[ANNOTATION.description] ?? '',
    config,
    size: [manifest.config, ...manifest.layers].reduce((sum, d) => sum + d.size, tagged.descriptor.size),
    ...(encryptionOf(manifest) ? { encryptedFor: encryptionOf(manifest)!.to } : {}),
  };
}
