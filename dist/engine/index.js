/**
 * localstack-pods: versioned snapshots of LocalStack or any AWS-compatible emulator, on storage
 * you own. This is the engine's public API; the CLI, the GitHub Action, the Jest preset and the
 * Vitest plugin are thin fronts over it.
 */
export { save } from './save.js';
export { load } from './load.js';
export { autoload } from './autoload/autoload.js';
export { planAutoload } from './autoload/plan.js';
export { AUTO_LOAD_ENV } from './autoload/entries.js';
export { DEFAULT_INIT_DIR } from './autoload/init-dir.js';
export { servicesWithState } from './inventory.js';
export { check } from './check.js';
export { inspectState } from './state-inspect.js';
export { instanceStatus } from './status/status.js';
export { servicesTouched } from './status/operation.js';
export { STATUS_ACCOUNT, STATUS_BUCKET } from './state/reserved.js';
export { copyPod, deletePod, exportPod, importPod, inspect, list, storageUse, versions, } from './pods.js';
export { diffVersions } from './diff.js';
export { addRemote, deleteRemote, listRemotes, resolveRemote, LOCAL_REMOTE } from './remotes.js';
export { namingOptionsByName, OPTION_TABLE, resolveOptions } from './options.js';
export { parseRef, formatRef, parsePodName, POD_NAME_RULE } from './pod/ref.js';
export { parseStrategy, DEFAULT_STRATEGY, servicesReached } from './state/strategy.js';
export { loadModules, SERVICE_NAMES } from './state/portable/registry.js';
export { connect } from './target/detect.js';
export { startEmbeddedMoto } from './target/embedded-moto.js';
export { instanceName, sourceMismatch } from './target/source-mismatch.js';
export { formatVersionOf, POD_FORMAT_VERSION } from './pod/format.js';
export { maskUrl, fillPlaceholders } from './store/url.js';
export { RequestTimeoutError } from './util/http.js';
export { requestTimeoutMs } from './util/request-timeout.js';
// For stores that live in a front (the GitHub Action's github-cache://): the store interfaces,
// the hook that registers them, and the local store and manifest reader they build on.
export { registerStore } from './store/registry.js';
export { FileStore } from './store/file/index.js';
export { tempStore } from './open-store.js';
export { readManifest } from './store/content.js';
export { OCI_MANIFEST } from './pod/media-types.js';
export { ENGINE_VERSION } from './version.js';
export * from './errors.js';
