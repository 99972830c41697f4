import { DeleteObjectCommand, DeleteObjectsCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, paginateListObjectsV2, PutObjectCommand, S3Client, } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { pipeline } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DigestMismatchError, NotFoundError, PodsError, StoreError } from '../../errors.js';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../../util/request-timeout.js';
import { TimedHttpHandler } from '../../util/sdk-http.js';
import { hexOf, isDigest, VerifyingStream } from '../../pod/digest.js';
import { decodeManifest } from '../../pod/manifest.js';
import { OCI_MANIFEST } from '../../pod/media-types.js';
import { isVersionText, parsePodName } from '../../pod/ref.js';
import { forEachLimit, mapOrdered } from '../../util/concurrency.js';
/** Multipart part size: parts are buffered, so this bounds memory per upload (times the queue). */
const PART_SIZE = 8 * 1024 * 1024;
const UPLOAD_QUEUE = 4;
/** Leases older than this belong to saves that died; they no longer protect blobs. */
const LEASE_LIFETIME_MS = 24 * 60 * 60 * 1000;
function errorName(error) {
    const e = error;
    return e?.Code ?? e?.name ?? '';
}
function status(error) {
    return error?.$metadata?.httpStatusCode;
}
/**
 * A store in an S3 bucket (AWS or any S3-compatible service), under a key prefix:
 * `blobs/sha256/<hex>` content-addressed and written once, `refs/<pod>/<version>` holding the
 * manifest descriptor of a version. A ref is created with `If-None-Match: *`, so two saves
 * racing for a number get one each; it is written after every blob it names. Saves hold a lease
 * (`leases/<id>`) while they write, so garbage collection spares their untagged blobs.
 */
export class S3Store {
    location;
    display;
    client;
    lease;
    constructor(location, display, timeoutMs = DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000) {
        this.location = location;
        this.display = display;
        this.client = new S3Client({
            requestHandler: new TimedHttpHandler(timeoutMs),
            region: location.region,
            ...(location.endpoint ? { endpoint: location.endpoint } : {}),
            forcePathStyle: location.forcePathStyle,
            ...(location.credentials ? { credentials: location.credentials } : {}),
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
            maxAttempts: 5,
        });
    }
    key(...parts) {
        return [this.location.prefix, ...parts].filter(Boolean).join('/');
    }
    blobKey(digest) {
        return this.key('blobs', 'sha256', hexOf(digest));
    }
    /** Runs an S3 call, turning the service's refusals into one line that names the remote. */
    async call(what, run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof PodsError)
                throw error;
            const name = errorName(error);
            if (name === 'NoSuchBucket') {
                throw new StoreError(`Bucket "${this.location.bucket}" does not exist (remote ${this.display}).`, { cause: error });
            }
            if (['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'Forbidden'].includes(name) || status(error) === 403) {
                throw new StoreError(`The S3 service refused the credentials for ${this.display} (${name || 403}) while trying to ${what}.`, {
                    cause: error,
                });
            }
            const code = error.code ?? error.cause?.code;
            if (code && /^E[A-Z]+$/.test(code)) {
                throw new StoreError(`Cannot reach the S3 service of ${this.display} (${code}) to ${what}.`, { cause: error });
            }
            throw new StoreError(`S3 refused to ${what} in ${this.display}: ${error.message || name}`, { cause: error });
        }
    }
    async head(key) {
        try {
            const head = await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: key }));
            return {
                ...(head.LastModified ? { lastModified: head.LastModified } : {}),
                ...(head.ContentLength !== undefined ? { size: head.ContentLength } : {}),
            };
        }
        catch (error) {
            if (errorName(error) === 'NotFound' || errorName(error) === 'NoSuchKey' || status(error) === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Fails in one line when the bucket is missing or refused, before a save captures anything;
     * then makes sure the service honours conditional writes (see `probeConditionalWrites`).
     */
    async checkBucket() {
        await this.call('find the bucket', async () => {
            try {
                await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
            }
            catch (error) {
                if (status(error) === 404)
                    throw Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' });
                throw error;
            }
        });
        if (!this.location.singleWriter)
            await this.probeConditionalWrites();
    }
    /**
     * Two saves that race for one version number are kept apart only by `If-None-Match: *` on the
     * version's ref: the second gets 412 and takes the next number. A service that ignores the
     * header lets the later save overwrite the earlier one, which reported success. Writing one
     * probe object twice, conditionally, tells such a service apart; the save is then refused,
     * saying why, unless `single_writer=true` says no two saves ever run at once.
     */
    async probeConditionalWrites() {
        const key = this.key('probes', randomUUID());
        const put = () => this.client.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: 'probe', IfNoneMatch: '*' }));
        const honoured = await this.call('probe conditional writes', async () => {
            await put();
            try {
                await put();
                return false;
            }
            catch (error) {
                if (status(error) === 412 || status(error) === 409 || errorName(error) === 'PreconditionFailed')
                    return true;
                throw error;
            }
            finally {
                await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: key })).catch(() => undefined);
            }
        });
        if (!honoured) {
            throw new StoreError(`${this.display} ignores conditional writes (If-None-Match), so two saves at once could overwrite each other's version and one would be lost although it reported success. Use a service that honours them (AWS S3 and MinIO do), or add single_writer=true to the URL if no two saves ever write here at once.`);
        }
    }
    async exists(digest) {
        return this.call('look up a blob', async () => (await this.head(this.blobKey(digest))) !== undefined);
    }
    async sizeOf(digest) {
        return this.call('look up a blob', async () => (await this.head(this.blobKey(digest)))?.size);
    }
    async fetch(descriptor) {
        return this.call('read a blob', async () => {
            try {
                const object = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.blobKey(descriptor.digest) }));
                return object.Body;
            }
            catch (error) {
                if (errorName(error) === 'NoSuchKey' || status(error) === 404) {
                    throw new NotFoundError(`Blob ${descriptor.digest} is missing from ${this.display}.`);
                }
                throw error;
            }
        });
    }
    async push(descriptor, content) {
        await this.holdLease();
        if (await this.exists(descriptor.digest)) {
            content.destroy();
            return;
        }
        const verifying = pipeline(content, new VerifyingStream(descriptor), () => undefined);
        let mismatch;
        verifying.on('error', (error) => {
            if (error instanceof DigestMismatchError)
                mismatch = error;
        });
        await this.call('upload a blob', async () => {
            const upload = new Upload({
                client: this.client,
                params: { Bucket: this.location.bucket, Key: this.blobKey(descriptor.digest), Body: verifying, ContentLength: descriptor.size },
                partSize: PART_SIZE,
                queueSize: UPLOAD_QUEUE,
                leavePartsOnError: false,
            });
            try {
                await upload.done();
            }
            catch (error) {
                // The upload is aborted: nothing is stored under the digest.
                throw mismatch ?? error;
            }
        });
    }
    async holdLease() {
        if (this.lease)
            return;
        this.lease = this.key('leases', `${Date.now()}-${randomUUID()}`);
        await this.call('write a lease', () => 
        // Who holds the lease, for whoever finds one left behind; the key's time is what counts.
        this.client.send(new PutObjectCommand({
            Bucket: this.location.bucket,
            Key: this.lease,
            Body: JSON.stringify({ host: hostname(), pid: process.pid }),
            ContentType: 'application/json',
        })));
    }
    async close() {
        if (this.lease) {
            const lease = this.lease;
            this.lease = undefined;
            await this.call('remove a lease', () => this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: lease })));
        }
        this.client.destroy();
    }
    async *keys(prefix, delimiter) {
        const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.location.bucket, Prefix: prefix, ...(delimiter ? { Delimiter: delimiter } : {}) });
        for await (const page of pages) {
            for (const p of page.CommonPrefixes ?? [])
                yield { common: p.Prefix };
            for (const o of page.Contents ?? [])
                yield { key: o.Key, size: o.Size ?? 0, ...(o.LastModified ? { lastModified: o.LastModified } : {}) };
        }
    }
    async listPods() {
        return this.call('list pods', async () => {
            const base = `${this.key('refs')}/`;
            const names = [];
            for await (const entry of this.keys(base, '/')) {
                if ('common' in entry)
                    names.push(entry.common.slice(base.length).replace(/\/$/, ''));
            }
            return names.sort();
        });
    }
    async readRef(key) {
        const object = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: key }));
        const descriptor = JSON.parse((await buffer(object.Body)).toString('utf8'));
        if (!isDigest(descriptor.digest))
            throw new StoreError(`${key} in ${this.display} is not a version reference.`);
        return descriptor;
    }
    async listVersions(name) {
        return this.call('list versions', async () => {
            const base = `${this.key('refs', name)}/`;
            const versions = [];
            for await (const entry of this.keys(base)) {
                if ('key' in entry && isVersionText(entry.key.slice(base.length)))
                    versions.push(Number(entry.key.slice(base.length)));
            }
            versions.sort((a, b) => a - b);
            const tagged = [];
            for await (const v of mapOrdered(versions, 16, async (version) => ({
                name,
                version,
                descriptor: await this.readRef(`${base}${version}`),
            }))) {
                tagged.push(v);
            }
            return tagged;
        });
    }
    async tagIfAbsent(name, version, manifest) {
        parsePodName(name);
        if (!(await this.exists(manifest.digest))) {
            throw new StoreError(`Cannot tag ${name}:${version}: its manifest ${manifest.digest} is not stored in ${this.display}.`);
        }
        const key = this.key('refs', name, String(version));
        const body = JSON.stringify({ mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size, artifactType: manifest.artifactType });
        return this.call('tag a version', async () => {
            try {
                await this.client.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: body, IfNoneMatch: '*', ContentType: 'application/json' }));
            }
            catch (error) {
                if (status(error) === 412 || status(error) === 409 || errorName(error) === 'PreconditionFailed')
                    return false;
                throw error;
            }
            // A service that ignores If-None-Match lets the last writer win: the loser sees it here.
            return (await this.readRef(key)).digest === manifest.digest;
        });
    }
    async deleteVersion(name, version) {
        const key = this.key('refs', name, String(version));
        await this.call('delete a version', async () => {
            if (!(await this.head(key)))
                throw new NotFoundError(`Pod version ${name}:${version} does not exist in ${this.display}.`);
            await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: key }));
        });
    }
    async collectGarbage() {
        return this.call('collect garbage', async () => {
            const referenced = new Set();
            const refs = [];
            for await (const entry of this.keys(`${this.key('refs')}/`))
                if ('key' in entry)
                    refs.push(entry.key);
            await forEachLimit(refs, 16, async (key) => {
                const descriptor = await this.readRef(key);
                referenced.add(hexOf(descriptor.digest));
                if (descriptor.mediaType !== OCI_MANIFEST)
                    return;
                const manifest = decodeManifest(await buffer(await this.fetch(descriptor)));
                for (const d of [manifest.config, ...manifest.layers])
                    referenced.add(hexOf(d.digest));
            });
            const protectedSince = await this.oldestLiveLease();
            const doomed = [];
            const blobs = `${this.key('blobs', 'sha256')}/`;
            for await (const entry of this.keys(blobs)) {
                if (!('key' in entry) || referenced.has(entry.key.slice(blobs.length)))
                    continue;
                if ((entry.lastModified?.getTime() ?? 0) >= protectedSince)
                    continue;
                doomed.push({ key: entry.key, size: entry.size });
            }
            for (let i = 0; i < doomed.length; i += 1000) {
                const batch = doomed.slice(i, i + 1000);
                await this.client.send(new DeleteObjectsCommand({ Bucket: this.location.bucket, Delete: { Objects: batch.map((d) => ({ Key: d.key })), Quiet: true } }));
            }
            return { blobs: doomed.length, bytes: doomed.reduce((sum, d) => sum + d.size, 0) };
        });
    }
    /** When the oldest save still writing (another store instance's lease) began; Infinity if none. */
    async oldestLiveLease() {
        let oldest = Infinity;
        const base = `${this.key('leases')}/`;
        for await (const entry of this.keys(base)) {
            if (!('key' in entry) || entry.key === this.lease)
                continue;
            const started = Number(entry.key.slice(base.length).split('-')[0]);
            if (Number.isSafeInteger(started) && Date.now() - started < LEASE_LIFETIME_MS)
                oldest = Math.min(oldest, started - 1000);
        }
        return oldest;
    }
}
