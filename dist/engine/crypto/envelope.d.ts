import { DataKey } from './blob-cipher.js';
import { type KeyHolders, type KeyRing } from './keys.js';
/** A new random data key, for a pod's first encrypted version. */
export declare function newDataKey(): DataKey;
/** The data key, sealed with age for its holders: the envelope a version stores beside its layers. */
export declare function sealDataKey(key: DataKey, holders: KeyHolders): Promise<Buffer>;
/** The data key of an envelope, or undefined when nothing in the ring opens it. */
export declare function openDataKey(envelope: Uint8Array, ring: KeyRing): Promise<DataKey | undefined>;
