import { Buffer } from 'node:buffer';
import { type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import type { RegistryClient } from './client.js';
/** Without an Accept naming OCI types, registries may convert or refuse the manifest. */
export declare const MANIFEST_ACCEPT: string;
/** distribution refuses manifests over 4 MiB; a pod's is a few kilobytes. */
export declare const MAX_MANIFEST_SIZE: number;
export declare function isManifestType(mediaType: string): boolean;
/** The blobs a manifest references (config and layers); none for content that does not parse. */
export declare function blobsOf(bytes: Uint8Array): Descriptor[];
/**
 * The descriptor of the manifest `reference` (a tag or digest) names in `repository`; undefined
 * when there is none. A HEAD suffices where the registry sends `Docker-Content-Digest`, as
 * distribution, Docker Hub, GHCR and ECR do; otherwise the manifest is read and hashed.
 */
export declare function describeManifest(client: RegistryClient, repository: string, reference: string, scope: string): Promise<Descriptor | undefined>;
/** The bytes of a manifest, exactly as stored (digests are over them); undefined on a 404. */
export declare function readManifestBytes(client: RegistryClient, repository: string, reference: string, scope: string): Promise<Buffer | undefined>;
/** The tag a staged manifest carries, so garbage collection can find it (`sha256-<hex>`, as cosign names its tags). */
export declare function stagedTag(digest: Digest): string;
