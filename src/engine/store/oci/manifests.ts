import { Buffer } from 'node:buffer';
import { StoreError } from '../../errors.js';
import { digestOf, isDigest, type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../pod/media-types.js';
import type { RegistryClient } from './client.js';

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/** Media types a registry keeps under `/manifests/` rather than `/blobs/`. */
const MANIFEST_TYPES: ReadonlySet<string> = new Set([OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST]);

/** Without an Accept naming OCI types, registries may convert or refuse the manifest. */
export const MANIFEST_ACCEPT = [...MANIFEST_TYPES].join(', ');

/** distribution refuses manifests over 4 MiB; a pod's is a few kilobytes. */
export const MAX_MANIFEST_SIZE = 4 * 1024 * 1024;

export function isManifestType(mediaType: string): boolean {
  return MANIFEST_TYPES.has(mediaType);
}

/** The blobs a manifest references (config and layers); none for content that does not parse. */
export function blobsOf(bytes: Uint8Array): Descriptor[] {
  try {
    const manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as { config?: Descriptor; layers?: Descriptor[] };
    return [manifest.config, ...(Array.isArray(manifest.layers) ? manifest.layers : [])].filter(
      (d): d is Descriptor => !!d && typeof d.digest === 'string' && isDigest(d.digest),
    );
  } catch {
    return [];
  }
}

/**
 * The descriptor of the manifest `reference` (a tag or digest) names in `repository`; undefined
 * when there is none. A HEAD suffices where the registry sends `Docker-Content-Digest`, as
 * distribution, Docker Hub, GHCR and ECR do; otherwise the manifest is read and hashed.
 */
export async function describeManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
  scope: string,
): Promise<Descriptor | undefined> {
  const request = { url: `/v2/${repository}/manifests/${reference}`, scope, headers: { accept: MANIFEST_ACCEPT } };
  const what = `read the manifest ${repository}:${reference}`;
  const head = await client.send({ method: 'HEAD', ...request });
  if (head.status === 404) return undefined;
  if (head.status !== 200) throw await client.failure(head, what);
  const mediaType = (head.headers.get('content-type') ?? OCI_MANIFEST).split(';')[0]!.trim();
  const digest = head.headers.get('docker-content-digest');
  const size = Number(head.headers.get('content-length'));
  if (digest && isDigest(digest) && Number.isSafeInteger(size) && size > 0) return { mediaType, digest, size };
  const bytes = await readManifestBytes(client, repository, reference, scope);
  return bytes && { mediaType, digest: digestOf(bytes), size: bytes.length };
}

/** The bytes of a manifest, exactly as stored (digests are over them); undefined on a 404. */
export async function readManifestBytes(client: RegistryClient, repository: string, reference: string, scope: string): Promise<Buffer | undefined> {
  const response = await client.send({
    method: 'GET',
    url: `/v2/${repository}/manifests/${reference}`,
    scope,
    headers: { accept: MANIFEST_ACCEPT },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.status !== 200) throw await client.failure(response, `read the manifest ${repository}:${reference}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_MANIFEST_SIZE) {
    throw new StoreError(
      `Registry ${client.remote.host} sent a manifest of ${bytes.length} bytes for ${repository}:${reference} (${client.remote.display}); a manifest is at most ${MAX_MANIFEST_SIZE}.`,
    );
  }
  return bytes;
}

/** The tag a staged manifest carries, so garbage collection can find it (`sha256-<hex>`, as cosign names its tags). */
export function stagedTag(digest: Digest): string {
  return digest.replace(':', '-');
}
