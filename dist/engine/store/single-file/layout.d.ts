import { type Digest } from '../../pod/digest.js';
/** Entry names of a single-file pod: a zip of an OCI image layout. */
export declare const LAYOUT_FILE = "oci-layout";
export declare const INDEX_FILE = "index.json";
export declare function blobEntry(digest: Digest): string;
