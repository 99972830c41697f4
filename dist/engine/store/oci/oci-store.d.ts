import { Readable } from 'node:stream';
import { type Digest } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import type { ManagedStore, TaggedVersion } from '../store.js';
import type { RegistryRemote } from './remote.js';
export interface OciStoreOptions {
    readonly mode: 'read' | 'write';
    /** Blobs up to this size are uploaded in one request, larger ones in chunks of it. */
    readonly chunkSize?: number;
    readonly claimWaitMs?: number;
    /** The request timeout (see `timedFetch`); the default when not given. */
    readonly timeoutMs?: number;
}
/**
 * A store in an OCI registry (OCI distribution spec 1.1): pod `name` is the repository
 * `<namespace>/<name>`, version N its tag `N`, so `oras pull host/namespace/name:N` reads it.
 *
 * Registries keep blobs per repository. `forPod(name)` gives the view the engine uses (see
 * `podView`), whose blobs go straight to the pod's repository; the store itself, which does not
 * know the pod when it is given blobs, keeps them in a staging repository and mounts them into
 * the pod's repository when a version is tagged.
 */
export declare class OciStore implements ManagedStore {
    private readonly shared;
    /** The repository this view reads and writes blobs in. */
    private readonly repository;
    readonly display: string;
    private constructor();
    /** Opens `remote`, checking that the registry answers and accepts the credentials. */
    static open(remote: RegistryRemote, options: OciStoreOptions): Promise<OciStore>;
    /** The view of pod `name`: blobs are read from and written to its repository. */
    forPod(name: string): this;
    private repoOf;
    private get client();
    private scope;
    private remember;
    private rememberBlobsOf;
    /** Other repositories seen to hold `digest`, for a mount. */
    private sourcesOf;
    exists(digest: Digest): Promise<boolean>;
    /**
     * Whether `repository` holds the manifest `digest`. distribution 2.8 also looks among the
     * repository's layers and answers 500 when the digest is a blob that is not a manifest: that
     * happens when a concurrent push links the blob after `hasBlob` missed it, so a 5xx is
     * answered by asking for the blob again.
     */
    private hasManifest;
    private hasBlob;
    /** The size the registry gives for a blob of the pod's repository (HEAD), undefined when it is missing. */
    sizeOf(digest: Digest): Promise<number | undefined>;
    private blobSize;
    private manifestAt;
    fetch(descriptor: Descriptor): Promise<Readable>;
    push(descriptor: Descriptor, content: Readable): Promise<void>;
    /**
     * Links a blob another repository of this process's acquaintance holds into `repository`
     * without sending it. True when mounted; else the upload session the registry opened instead
     * (a 202, as registries answer when they do not mount across these repositories), or
     * undefined when no repository is known to hold it.
     */
    private mount;
    /** Manifests go to `/manifests/`, where the registry checks the blobs they name are in the repository. */
    private pushManifest;
    /**
     * PUTs a manifest. distribution 2.8 writes a repository's blob links in place, so a manifest
     * PUT that checks its blobs while a concurrent push rewrites one of their links reads an empty
     * link and answers 400 DIGEST_INVALID; the bytes were checked against their digest here, so
     * that answer is transient and the PUT (idempotent) is sent again.
     */
    private putManifest;
    listPods(): Promise<string[]>;
    /** The pods, or a StoreError ending with `advice` when the registry has no catalog. */
    private podNames;
    /** The error for a registry without `/v2/_catalog` (GHCR, ECR, Docker Hub), unless the credentials are the reason. */
    private noCatalog;
    private tags;
    private versionTags;
    listVersions(name: string): Promise<TaggedVersion[]>;
    /**
     * Tags `manifest` as `name:version` unless that version exists or another writer is taking
     * it, by a claim (see `claims.ts`): registries offer no compare-and-swap on tags, and a tag
     * PUT held back by the network would otherwise overwrite a version another save had already
     * reported. `If-None-Match: *` is sent with the tag too, for registries that honour it (412).
     * The claim is removed afterwards, with any a killed writer left; where the registry allows
     * no deletes they stay, harmless (a claim never names a version's content).
     */
    tagIfAbsent(name: string, version: number, manifest: Descriptor): Promise<boolean>;
    /**
     * Deletes a claim's manifest, trying again a few times: distribution can fail a manifest delete
     * that races tag writes of other writers, and a claim left behind holds rivals up until they
     * give up the version. False when the registry allows no deletes (the claim then goes stale).
     */
    private withdraw;
    /** Removes, best effort, the claims among `tags` that decide nothing any more: stale, or on a version that is tagged. */
    private sweepClaims;
    /**
     * Whether the claim `own` on `version` is the only one, waiting while rivals that sort after
     * it withdraw; false as soon as the version is tagged or a rival sorts first, or when the
     * rivals stay past `claimWaitMs` (a writer killed within the last hour).
     */
    private holdsClaim;
    /** Uploads a small blob held in memory into `repository` unless it is there. */
    private blobInRepository;
    /**
     * Makes `repository` hold `manifest` and every blob it names, mounting (or else copying) from
     * where this process saw them; returns the manifest's bytes, checked against its digest.
     */
    private manifestInto;
    private blobInto;
    /**
     * Deletes the tag of `name:version`. Registries delete manifests by digest, which removes
     * every tag naming it, so when another tag names the same manifest only the tag is deleted
     * (OCI distribution 1.1 tag deletion), or nothing, with an error, where the registry cannot.
     */
    deleteVersion(name: string, version: number): Promise<void>;
    /**
     * A registry frees blob storage itself (distribution: `registry garbage-collect
     * --delete-untagged`), and its API can neither list a repository's blobs nor its untagged
     * manifests. What this can find is the staging repository's manifests (they are tagged): those
     * no version of any pod names are deleted, with the blobs only they used unlinked from staging.
     * Returns zero: the registry's own collection, not this, frees the bytes. A save through the
     * store itself (not `forPod`) that has staged its manifest but not tagged it yet loses it here.
     */
    collectGarbage(): Promise<{
        blobs: number;
        bytes: number;
    }>;
    private deleteIn;
}
