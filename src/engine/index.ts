/**
 * localstack-pods: versioned snapshots of LocalStack or any AWS-compatible emulator, on storage
 * you own. This is the engine's public API; the CLI, the GitHub Action, the Jest preset and the
 * Vitest plugin are thin fronts over it.
 */
export { save, type SaveRequest, type SaveResult } from './save.js';
export { load, type LoadRequest, type LoadResult } from './load.js';
export { autoload, type AutoloadOutcome, type AutoloadRequest, type AutoloadResult } from './autoload/autoload.js';
export { planAutoload, type AutoloadPlan, type AutoloadSources } from './autoload/plan.js';
export { AUTO_LOAD_ENV, type AutoloadEntry } from './autoload/entries.js';
export { DEFAULT_INIT_DIR } from './autoload/init-dir.js';
export { servicesWithState } from './inventory.js';
export { check, type CheckProblem, type CheckResult } from './check.js';
export { inspectState, type StateInspection } from './state-inspect.js';
export { instanceStatus, type InstanceStatus } from './status/status.js';
export type { Contribution, ScopeOrigin } from './status/contributions.js';
export { servicesTouched, type OperationPod, type RecordedOperation } from './status/operation.js';
export { STATUS_ACCOUNT, STATUS_BUCKET } from './state/reserved.js';
export type { RestoreLimit } from './state/restore.js';
export {
  copyPod,
  deletePod,
  exportPod,
  importPod,
  inspect,
  list,
  storageUse,
  versions,
  type CopiedVersion,
  type PodSummary,
  type StorageUse,
} from './pods.js';
export { diffVersions, type ResourceChange, type ServiceDiff, type VersionDiff } from './diff.js';
export { addRemote, deleteRemote, listRemotes, resolveRemote, LOCAL_REMOTE, type Remote } from './remotes.js';
export { namingOptionsByName, OPTION_TABLE, resolveOptions, type OptionName, type PodsOptions, type RawOptions } from './options.js';
export type { ProgressEvent, ProgressListener } from './progress.js';
export { parseRef, formatRef, parsePodName, POD_NAME_RULE, type PodRef, type PodVersion } from './pod/ref.js';
export type { Descriptor, PodConfig, PodVersionInfo, SourceInstance } from './pod/manifest.js';
export { parseStrategy, DEFAULT_STRATEGY, servicesReached, type Strategy } from './state/strategy.js';
export { loadModules, SERVICE_NAMES } from './state/portable/registry.js';
export type { RequestProfile, ServiceModule, WriteRequest } from './state/module.js';
export { connect } from './target/detect.js';
export { startEmbeddedMoto, type EmbeddedMoto } from './target/embedded-moto.js';
export type { Brand, Target } from './target/target.js';
export { instanceName, sourceMismatch, type SourceMismatch } from './target/source-mismatch.js';
export { formatVersionOf, POD_FORMAT_VERSION } from './pod/format.js';
export { maskUrl, fillPlaceholders } from './store/url.js';
export { RequestTimeoutError } from './util/http.js';
export { requestTimeoutMs } from './util/request-timeout.js';
// For stores that live in a front (the GitHub Action's github-cache://): the store interfaces,
// the hook that registers them, and the local store and manifest reader they build on.
export { registerStore } from './store/registry.js';
export type { StoreOpener } from './store/store.js';
export type { ReadableStore, TaggedVersion, WritableStore } from './store/store.js';
export { FileStore } from './store/file/index.js';
export { tempStore } from './open-store.js';
export { readManifest } from './store/content.js';
export { OCI_MANIFEST } from './pod/media-types.js';
export { ENGINE_VERSION } from './version.js';
export * from './errors.js';
