import { copyBlobs, publish, pushBytes } from './copy.js';
import { StoreError, UsageError } from './errors.js';
import { parseLocation } from './location.js';
import { openRemoteForWrite, tempStore } from './open-store.js';
import { POD_FORMAT_VERSION } from './pod/format.js';
import { encodeConfig, encodeManifest } from './pod/manifest.js';
import { encryptLayers, saveKey } from './encryption.js';
import { progressCounter, waitingFor } from './progress.js';
import { captureState, earlierOf } from './state/capture.js';
import { serviceContext } from './state/context.js';
import { EarlierVersion } from './state/earlier.js';
import { readValidators, validatorsFile, writeValidators } from './state/validators.js';
import { loadModules } from './state/portable/registry.js';
import { recordOperation, saveOperation } from './status/record.js';
import { FileStore } from './store/file/index.js';
import { ZipWriter } from './store/single-file/zip-writer.js';
import { readManifest } from './store/content.js';
import { isManaged, podView } from './store/store.js';
import { forEachLimit } from './util/concurrency.js';
import { callerAccount, switchesAccounts } from './target/aws.js';
import { connect } from './target/detect.js';
import { ENGINE_VERSION } from './version.js';
async function openDestination(pod, options) {
    if (pod.kind === 'file') {
        const writer = await ZipWriter.create(pod.path, `file://${pod.path}`);
        const temp = await tempStore();
        return {
            store: writer,
            staging: temp.store,
            replaces: writer.replaces,
            finish: () => writer.commit(),
            dispose: async () => {
                await writer.close();
                await temp.dispose();
            },
        };
    }
    const store = await openRemoteForWrite(options.remote, options.env);
    if (store instanceof FileStore) {
        return { store, staging: store, replaces: false, finish: async () => undefined, dispose: () => store.close() };
    }
    const temp = await tempStore();
    return {
        store,
        staging: temp.store,
        replaces: false,
        finish: async () => undefined,
        dispose: async () => {
            await store.close?.();
            await temp.dispose();
        },
    };
}
/** The pod's latest version in `store`; undefined when there is none, or it cannot be read (the save then reads everything). */
async function latestVersion(store, name) {
    try {
        const latest = (await store.listVersions(name)).at(-1);
        return latest
            ? { descriptor: latest.descriptor, reusable: await stillStored(store, earlierOf(await readManifest(store, latest.descriptor))) }
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Blobs of the earlier version checked at once. */
const REUSE_CHECK_CONCURRENCY = 4;
/**
 * What of `earlier` a local store still holds intact (hashed), the only blobs a save may name
 * without writing them: a blob that fails is captured and written again like a new one, which
 * replaces the damaged copy, so one damaged blob does not pass into every later version. A
 * remote store verifies what it is sent, and the copy to it looks up every blob anyway.
 */
async function stillStored(store, earlier) {
    if (!(store instanceof FileStore))
        return earlier;
    const all = new Map([...earlier.blobs, ...[...earlier.layers.values()].map((d) => [d.digest, d])]);
    const good = new Set();
    await forEachLimit(all.values(), REUSE_CHECK_CONCURRENCY, async (blob) => {
        if (await store.verify(blob).then(() => true, () => false))
            good.add(blob.digest);
    });
    const kept = (map) => new Map([...map].filter(([, d]) => good.has(d.digest)));
    return { payloads: kept(earlier.payloads), blobs: kept(earlier.blobs), layers: kept(earlier.layers) };
}
/**
 * Fails, withdrawing the version, when a blob it names is gone from the store: a concurrent
 * `delete` collected a blob this save reused. The check follows the tag, so a collection
 * that starts later sees the version and keeps its blobs.
 */
async function ensureComplete(store, name, version, reused) {
    const missing = [];
    await forEachLimit(reused, REUSE_CHECK_CONCURRENCY, async (blob) => {
        if (!(await store.exists(blob.digest)))
            missing.push(blob.digest);
    });
    if (missing.length === 0)
        return;
    if (isManaged(store))
        await store.deleteVersion(name, version);
    throw new StoreError(`${missing.length} blob(s) this save reused from the previous version were removed from ${store.display} while it ran (a delete collected them), so version ${version} was withdrawn. Save again.`);
}
/**
 * Captures the instance's state and publishes it as the next version of a pod. Blobs are
 * captured and stored before the version is tagged: a save that fails or is killed leaves no
 * visible version, and blobs that exist already are not written again. The save is added to
 * the instance's record of operations, which `status` reads.
 */
export function save(request) {
    return saveVersion(request, { recorded: true });
}
/**
 * `save`, and with `recorded: false` not added to the instance's record: for reads of the
 * instance that go through a save of their own (`state inspect`), which no one made.
 */
export async function saveVersion(request, { recorded }) {
    const { options } = request;
    const pod = parseLocation(request.pod, options.env);
    if (pod.kind === 'url') {
        throw new UsageError(`${pod.display} is read-only: save to a pod name (in a remote) or to file:///path/to/pod.`);
    }
    if (pod.kind === 'ref' && pod.ref.version !== 'latest') {
        throw new UsageError(`Save takes a pod name without a version ("${pod.ref.name}"): each save creates the next version.`);
    }
    const name = pod.kind === 'ref' ? pod.ref.name : pod.name;
    const modules = await loadModules(options.services);
    const progress = progressCounter(request.onProgress);
    // The destination first: a missing bucket or a refused password fails before any capture.
    const destination = await openDestination(pod, options);
    let plain;
    try {
        const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs, onWait: waitingFor(options, progress) });
        progress('connect', `${target.brand} ${target.version ?? ''}`.trim());
        const caller = await callerAccount(target, 'us-east-1', options.env);
        const accounts = options.accounts ?? [caller];
        if (accounts.some((a) => a !== caller) && !switchesAccounts(target)) {
            throw new UsageError(`${target.endpoint} is neither LocalStack nor moto, so only the caller's account (${caller}) can be saved; leave out --accounts.`);
        }
        const warnings = [];
        const encryption = options.encryption?.holders ? { holders: options.encryption.holders, ring: options.encryption.ring } : undefined;
        // An encrypted save captures into a private store of its own: no plaintext reaches the
        // destination. It reuses nothing of the latest version by digest (those are the
        // ciphertext's); unchanged state encrypts to the same blobs, which the store has already.
        plain = encryption ? await tempStore() : undefined;
        const latest = pod.kind === 'ref' && !encryption ? await latestVersion(podView(destination.store, name), name) : undefined;
        // What this save reads is noted for the next one from this instance into this store; only a
        // local store, whose earlier layers are read from disk, is worth it.
        const validators = 
        // An encrypted version's layers cannot be read back without its key: nothing is noted.
        pod.kind === 'ref' && destination.store instanceof FileStore && !encryption
            ? validatorsFile(options.env, destination.store.display, name, target.endpoint)
            : undefined;
        const reusable = latest?.reusable ?? earlierOf(undefined);
        const earlierValidators = latest && validators ? await readValidators(validators, latest.descriptor.digest) : undefined;
        const earlier = earlierValidators ? new EarlierVersion(destination.staging, reusable, earlierValidators) : undefined;
        const hooks = {
            // Capture reads only: a failure is the instance's, and the save fails whole.
            fail: (_service, _resource, error) => {
                throw error;
            },
            warn: (service, resource, message) => warnings.push({ service, resource, message }),
            progress: (service, resource) => progress('capture', `${service} ${resource}`),
            ...(earlier ? { earlier: earlier.find.bind(earlier) } : {}),
        };
        const jobs = accounts.flatMap((account) => modules.map((module) => ({ module, context: serviceContext(target, account, caller, module.name, hooks, options.env) })));
        const captured = await captureState(jobs, options.regions, plain?.store ?? destination.staging, reusable).finally(() => earlier?.close());
        const sealed = encryption
            ? await encryptLayers(plain.store, destination.staging, captured.layers, await saveKeyOf(destination.store, pod, name, encryption.ring), encryption.holders)
            : undefined;
        const config = {
            formatVersion: POD_FORMAT_VERSION,
            format: 'portable',
            services: captured.services,
            accounts: captured.accounts,
            account: caller,
            regions: captured.regions,
            resources: captured.resources,
            source: {
                brand: target.brand,
                ...(target.edition ? { edition: target.edition } : {}),
                ...(target.version ? { version: target.version } : {}),
            },
            engine: { name: 'localstack-pods', version: ENGINE_VERSION },
        };
        const encodedConfig = encodeConfig(config);
        await pushBytes(destination.staging, encodedConfig.descriptor, encodedConfig.bytes);
        const manifest = encodeManifest(encodedConfig.descriptor, sealed?.layers ?? captured.layers, {
            created: new Date().toISOString(),
            message: options.message,
            ...(sealed ? { encryption: sealed.annotation } : {}),
        });
        await pushBytes(destination.staging, manifest.descriptor, manifest.bytes);
        let newBytes = destination.staging.written.bytes;
        const store = podView(destination.store, name);
        if (destination.store !== destination.staging) {
            const copied = await copyBlobs(destination.staging, store, manifest.descriptor, (d, sent) => {
                if (sent)
                    progress('store', d.digest);
            });
            newBytes = copied.bytes;
        }
        const version = await publish(store, name, manifest.descriptor);
        // Only what this save reused can have gone meanwhile: what it wrote is new or under its lease.
        const reused = new Set([...reusable.blobs.keys(), ...[...reusable.layers.values()].map((d) => d.digest)]);
        await ensureComplete(store, name, version, captured.layers.filter((d) => reused.has(d.digest)));
        await destination.finish();
        // A cache: when it cannot be written, the next save reads everything.
        if (validators)
            await writeValidators(validators, manifest.descriptor.digest, captured.validators).catch(() => undefined);
        if (recorded) {
            const saved = { name, version, digest: manifest.descriptor.digest, remote: destination.store.display };
            await recordOperation(target, options.env, saveOperation(saved, captured.layers), warnings);
        }
        return {
            name,
            version,
            digest: manifest.descriptor.digest,
            remote: destination.store.display,
            services: captured.services,
            regions: captured.regions,
            resources: captured.resources,
            newBytes,
            warnings,
            source: target,
            replaced: destination.replaces,
            ...(encryption ? { encryptedFor: 'passphrase' in encryption.holders ? 'passphrase' : [...encryption.holders.recipients] } : {}),
        };
    }
    finally {
        await destination.dispose();
        await plain?.dispose();
    }
}
/** The key an encrypted save of `name` uses: its latest version's when the ring opens it (see `saveKey`). */
async function saveKeyOf(store, pod, name, ring) {
    const view = podView(store, name);
    const latest = pod.kind === 'ref' ? (await store.listVersions(name).catch(() => [])).at(-1) : undefined;
    const manifest = latest ? await readManifest(view, latest.descriptor).catch(() => undefined) : undefined;
    return saveKey(view, manifest, ring);
}
