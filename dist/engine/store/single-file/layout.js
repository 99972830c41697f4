import { hexOf } from '../../pod/digest.js';
/** Entry names of a single-file pod: a zip of an OCI image layout. */
export const LAYOUT_FILE = 'oci-layout';
export const INDEX_FILE = 'index.json';
export function blobEntry(digest) {
    return `blobs/sha256/${hexOf(digest)}`;
}
