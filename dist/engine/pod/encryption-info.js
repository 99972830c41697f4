import { ANNOTATION } from './media-types.js';
export function encryptionOf(manifest) {
    const text = manifest.annotations[ANNOTATION.encryption];
    return text ? JSON.parse(text) : undefined;
}
