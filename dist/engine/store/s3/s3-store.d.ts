import { type Readable } from 'node:stream';
import { type Digest } from '../../pod/digest.js';
import { type Descriptor } from '../../pod/manifest.js';
import type { ManagedStore, TaggedVersion } from '../store.js';
import type { S3Location } from './s3-location.js';
/**
 * A store in an S3 bucket (AWS or any S3-compatible service), under a key prefix:
 * `blobs/sha256/<hex>` content-addressed and written once, `refs/<pod>/<version>` holding the
 * manifest descriptor of a version. A ref is created with `If-None-Match: *`, so two saves
 * racing for a number get one each; it is written after every blob it names. Saves hold a lease
 * (`leases/<id>`) while they write, so garbage collection spares their untagged blobs.
 */
export declare class S3Store implements ManagedStore {
    private readonly location;
    readonly display: string;
    private readonly client;
    private lease?;
    constructor(location: S3Location, display: string, timeoutMs?: number);
    private key;
    private blobKey;
    /** Runs an S3 call, turning the service's refusals into one line that names the remote. */
    private call;
    private head;
    /**
     * Fails in one line when the bucket is missing or refused, before a save captures anything;
     * then makes sure the service honours conditional writes (see `probeConditionalWrites`).
     */
    checkBucket(): Promise<void>;
    /**
     * Two saves that race for one version number are kept apart only by `If-None-Match: *` on the
     * version's ref: the second gets 412 and takes the next number. A service that ignores the
     * header lets the later save overwrite the earlier one, which reported success. Writing one
     * probe object twice, conditionally, tells such a service apart; the save is then refused,
     * saying why, unless `single_writer=true` says no two saves ever run at once.
     */
    private probeConditionalWrites;
    exists(digest: Digest): Promise<boolean>;
    sizeOf(digest: Digest): Promise<number | undefined>;
    fetch(descriptor: Descriptor): Promise<Readable>;
    push(descriptor: Descriptor, content: Readable): Promise<void>;
    private holdLease;
    close(): Promise<void>;
    private keys;
    listPods(): Promise<string[]>;
    private readRef;
    listVersions(name: string): Promise<TaggedVersion[]>;
    tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean>;
    deleteVersion(name: string, version: number): Promise<void>;
    collectGarbage(): Promise<{
        blobs: number;
        bytes: number;
    }>;
    /** When the oldest save still writing (another store instance's lease) began; Infinity if none. */
    private oldestLiveLease;
}
