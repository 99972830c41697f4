import type { FileStore } from '../store/file/file-store.js';
import type { Earlier } from './capture.js';
import type { EarlierRecord } from './module.js';
import type { Validators } from './validators.js';
/**
 * The pod's latest version, as the next save from the same instance into the same store can
 * reuse it: a record the instance still describes with the validator the earlier save read it
 * with is taken from that version instead of being read again.
 */
export declare class EarlierVersion {
    private readonly store;
    private readonly earlier;
    private readonly validators;
    private readonly cursors;
    constructor(store: FileStore, earlier: Earlier, validators: Validators);
    /** See `ServiceContext.earlier`. */
    find(service: string, account: string, region: string, type: string, id: string, validator: string): Promise<EarlierRecord | undefined>;
    private payloadOf;
    close(): Promise<void>;
}
