import { type Digest } from './digest.js';
import { OCI_MANIFEST, POD_ARTIFACT_TYPE } from './media-types.js';
/** An OCI content descriptor. */
export interface Descriptor {
    readonly mediaType: string;
    readonly digest: Digest;
    readonly size: number;
    readonly artifactType?: string;
    readonly annotations?: Readonly<Record<string, string>>;
}
/** Where the state of a pod came from. */
export interface SourceInstance {
    readonly brand: string;
    readonly edition?: string;
    readonly version?: string;
}
/**
 * What a pod's state holds. It describes content only: two saves of unchanged state give the
 * same config blob, so nothing new is stored. What differs per version (number, time, message)
 * lives in the manifest's annotations.
 */
export interface PodConfig {
    /** The pod format's version (see pod/format.ts); pods written before it was recorded have none. */
    readonly formatVersion?: number;
    readonly format: 'portable' | 'native';
    readonly services: readonly string[];
    readonly accounts: readonly string[];
    /**
     * The account of the credentials that saved the pod. A load puts its state into the account of
     * the credentials that load it (LocalStack's 000000000000 and moto's 123456789012 alike);
     * other accounts keep their ids.
     */
    readonly account: string;
    readonly regions: readonly string[];
    /** Record count per service. */
    readonly resources: Readonly<Record<string, number>>;
    readonly source: SourceInstance;
    readonly engine: {
        readonly name: string;
        readonly version: string;
    };
}
export interface PodManifest {
    readonly schemaVersion: 2;
    readonly mediaType: typeof OCI_MANIFEST;
    readonly artifactType: typeof POD_ARTIFACT_TYPE;
    readonly config: Descriptor;
    readonly layers: readonly Descriptor[];
    readonly annotations: Readonly<Record<string, string>>;
}
/** One version of a pod as a reader sees it: manifest annotations and config together. */
export interface PodVersionInfo {
    readonly name: string;
    readonly version: number;
    readonly digest: Digest;
    readonly created: string;
    readonly message: string;
    readonly config: PodConfig;
    readonly size: number;
    /** Who can open the version, when it is encrypted: `passphrase`, or its age recipients. */
    readonly encryptedFor?: 'passphrase' | readonly string[];
}
export interface EncodedJson {
    readonly bytes: Buffer;
    readonly descriptor: Descriptor;
}
/** Canonical JSON (sorted keys, no spaces) so equal content always has the same digest. */
export declare function canonicalJson(value: unknown): Buffer;
export declare function encodeJson(value: unknown, mediaType: string, extra?: Partial<Descriptor>): EncodedJson;
export declare function encodeConfig(config: PodConfig): EncodedJson;
/**
 * What a manifest says of its snapshot. The pod's name and version number are not in it: they are
 * the tag, chosen when the version is published, so a copy to another name or store keeps the
 * manifest's digest.
 */
export interface SnapshotAnnotations {
    readonly created: string;
    readonly message: string;
    /** On an encrypted version: its key and holders (see `encryption.ts`). */
    readonly encryption?: string;
}
export declare function encodeManifest(config: Descriptor, layers: readonly Descriptor[], snapshot: SnapshotAnnotations): EncodedJson;
/** Parses and validates a pod manifest; anything else (another artifact, a container image) is refused. */
export declare function decodeManifest(bytes: Uint8Array): PodManifest;
export declare function decodeConfig(bytes: Uint8Array): PodConfig;
/** The layers that hold records of a service, with the scope they cover. */
export interface StateLayer extends Scope {
    readonly descriptor: Descriptor;
    /** The layer is encrypted: its records need the version's key. */
    readonly encrypted: boolean;
}
/** One service in one account and region: what a state layer covers. */
export interface Scope {
    readonly service: string;
    readonly account: string;
    readonly region: string;
}
/** A scope as one string, for maps. */
export declare function scopeKey(scope: Scope): string;
/**
 * State layers a pod may hold: one per service, account and region, so far above any real
 * instance (40 services in 30 regions of 10 accounts is 12,000); a bound on the work a crafted
 * manifest can ask for.
 */
export declare const MAX_STATE_LAYERS = 20000;
export declare function stateLayers(manifest: PodManifest): StateLayer[];
