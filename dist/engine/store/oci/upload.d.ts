import { Readable } from 'node:stream';
import type { Descriptor } from '../../pod/manifest.js';
import { type RegistryClient } from './client.js';
/** Blobs up to this size go in one PUT; larger ones in PATCHes of this size, one in memory at a time. */
export declare const DEFAULT_CHUNK_SIZE: number;
/**
 * Uploads `content` as `descriptor` to `repository` (OCI distribution spec, "pushing blobs"),
 * streaming it through a VerifyingStream: a blob that does not match its descriptor is never
 * committed, and its upload session is deleted. `session` is an upload already started (a mount
 * the registry answered with 202); otherwise one is started here.
 */
export declare function uploadBlob(client: RegistryClient, repository: string, descriptor: Descriptor, content: Readable, options: {
    chunkSize: number;
    session?: URL;
}): Promise<void>;
/** The upload URL a registry answers with; each PATCH may move it. */
export declare function location(client: RegistryClient, response: Response, what: string): URL;
