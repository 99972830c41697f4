import { pipeline } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { StoreError } from '../errors.js';
import { VerifyingStream } from '../pod/digest.js';
import { decodeConfig, decodeManifest } from '../pod/manifest.js';
/** Manifests and configs are small; anything larger than this is not one of ours. */
const MAX_JSON_BLOB = 16 * 1024 * 1024;
/** The blob's content, failing the stream if it does not match `descriptor`. */
export async function fetchVerified(store, descriptor) {
    const source = await store.fetch(descriptor);
    return pipeline(source, new VerifyingStream(descriptor), () => undefined);
}
/** A small blob read whole and verified. */
export async function readVerified(store, descriptor) {
    if (descriptor.size > MAX_JSON_BLOB) {
        throw new StoreError(`Blob ${descriptor.digest} is ${descriptor.size} bytes; a manifest or config is at most ${MAX_JSON_BLOB}.`);
    }
    return buffer(await fetchVerified(store, descriptor));
}
export async function readManifest(store, descriptor) {
    return decodeManifest(await readVerified(store, descriptor));
}
export async function readConfig(store, manifest) {
    return decodeConfig(await readVerified(store, manifest.config));
}
