import { copyBlobs } from './copy.js';
import { messageOf, RestoreIncompleteError } from './errors.js';
import { parseLocation } from './location.js';
import { tempStore } from './open-store.js';
import { refuseNewerFormat } from './pod/format.js';
import { formatRef } from './pod/ref.js';
import { progressCounter, waitingFor } from './progress.js';
import { serviceContext } from './state/context.js';
import { diffRestore, executeRestore, planRestore } from './state/restore.js';
import { stageRestore } from './state/stage.js';
import { loadOperation, recordOperation } from './status/record.js';
import { locate, openSource } from './source.js';
import { openVersion } from './encryption.js';
import { NO_KEYS } from './crypto/keys.js';
import { readConfig, readManifest } from './store/content.js';
import { FileStore } from './store/file/index.js';
import { podView } from './store/store.js';
import { forEachLimit } from './util/concurrency.js';
import { callerAccount } from './target/aws.js';
import { connect } from './target/detect.js';
import { refuseRealAws } from './target/guard.js';
import { sourceMismatch } from './target/source-mismatch.js';
/** Blobs of a local store checked at once: hashing one saturates neither a core nor a disk. */
const VERIFY_CONCURRENCY = 4;
/**
 * A store holding the version's blobs, each checked against its digest before any of it
 * reaches an instance: a local file store is checked in place, any other store is copied into
 * a temp file store (which verifies on the way in).
 */
async function verifiedCopy(store, version) {
    const source = podView(store, version.name);
    if (source instanceof FileStore) {
        const manifest = await readManifest(source, version.descriptor);
        await forEachLimit([manifest.config, ...manifest.layers], VERIFY_CONCURRENCY, (blob) => source.verify(blob));
        return { store: source, dispose: async () => undefined };
    }
    const temp = await tempStore();
    try {
        await copyBlobs(source, temp.store, version.descriptor);
        return { store: temp.store, dispose: temp.dispose };
    }
    catch (error) {
        await temp.dispose();
        throw error;
    }
}
/** Loads a pod version into the instance with the chosen strategy. */
export async function load(request) {
    const { options } = request;
    refuseRealAws(options.endpoint, options.allowRealAws);
    const pod = parseLocation(request.pod, options.env);
    const progress = progressCounter(request.onProgress);
    const source = await openSource(pod, options);
    // The instance is reached while the pod is checked: both take a while and neither changes
    // anything, and the instance's first answers often take longest.
    const reaching = new AbortController();
    const reached = reach(options, reaching.signal, waitingFor(options, progress));
    reached.catch(() => undefined);
    try {
        const version = await locate(pod, source);
        const verified = await verifiedCopy(source, version);
        const disposers = [verified.dispose];
        try {
            const stored = await readManifest(verified.store, version.descriptor);
            const config = await readConfig(verified.store, stored);
            refuseNewerFormat(config, formatRef(version));
            // An encrypted version is opened here, before the instance is waited on.
            const opened = await openVersion(verified.store, stored, options.encryption?.ring ?? NO_KEYS, `${formatRef(version)} in ${source.display}`);
            disposers.push(opened.dispose);
            const { manifest } = opened;
            progress('verify', version.descriptor.digest);
            const { target, caller } = await reached;
            progress('connect', target.brand);
            const mismatch = sourceMismatch(config.source, target);
            if (mismatch)
                await request.onSourceMismatch?.(mismatch);
            const failures = [];
            const warnings = [];
            const hooks = {
                warn: (service, resource, message) => warnings.push({ service, resource, message }),
                fail: (service, resource, error) => failures.push({ service, resource, message: messageOf(error) }),
                // A dry run reads the instance's resources to compare them: it restores nothing.
                progress: (service, resource) => progress(request.dryRun ? 'read' : 'restore', `${service} ${resource}`),
            };
            const contextOf = (module, account) => serviceContext(target, account, caller, module.name, hooks, options.env);
            // `services` limits a load as it limits a save: what is not named is neither cleared nor written.
            const only = request.only ?? (options.services ? { services: options.services } : undefined);
            const plan = await planRestore(manifest, config, options.strategy, caller, contextOf, only);
            await stageRestore(plan, manifest, opened.store, (layer) => progress('verify', `${layer.service} ${layer.region}`));
            const planned = request.dryRun ? await diffRestore(plan, opened.store, contextOf) : undefined;
            if (!request.dryRun) {
                await executeRestore(plan, opened.store, contextOf, (phase, scope) => progress(phase, `${scope.service} ${scope.region}`));
                // Recorded even when some resources failed: the rest of the pod is in the instance.
                const loaded = { name: version.name, version: version.version, digest: version.descriptor.digest, remote: source.display };
                await recordOperation(target, options.env, loadOperation(loaded, plan, request.only !== undefined), warnings);
            }
            if (failures.length > 0)
                throw new RestoreIncompleteError(failures);
            return {
                name: version.name,
                version: version.version,
                digest: version.descriptor.digest,
                remote: source.display,
                strategy: options.strategy,
                services: config.services,
                resources: config.resources,
                cleared: plan.clear,
                target,
                warnings,
                ...(planned ? { planned } : {}),
            };
        }
        finally {
            for (const dispose of disposers.reverse())
                await dispose();
        }
    }
    finally {
        reaching.abort();
        await source.close?.();
    }
}
/** The instance, once it answers, and the account of the caller's credentials in it. */
async function reach(options, signal, onWait) {
    const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs, signal, onWait });
    return { target, caller: await callerAccount(target, 'us-east-1', options.env) };
}
