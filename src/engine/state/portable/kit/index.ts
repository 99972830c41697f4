/**
 * The kit every portable service module is built from: SDK clients per region and account,
 * region probing, pagination, record kinds, tags, error classification, and the restore loops
 * that report each resource once.
 */
export { clientOf, type ClientFactory } from './clients.js';
export { readingIsoTimestamps, readIsoTimestamps } from './timestamps.js';
export { awsErrorName, createOrUpdate, isAlreadyExists, isNamed, isNotFound, isUnimplemented, unlessMissing, unlessUnimplemented } from './errors.js';
export { collect, pagesOf } from './pages.js';
export { IdMap, TABLE_STREAM_PREFIX } from './ids.js';
export { Network, type GroupRef, type Placement, type PlacementIds, type SubnetRef, type VpcRef } from './network.js';
export { labelOf } from '../../module.js';
export { payloadOf, recordKind, type RecordData, type RecordKind } from './records.js';
export { AWS_REGIONS, eachRegion, regionsWhere } from './regions.js';
export {
  attempt,
  createThenConfigure,
  ensureThenConfigure,
  on,
  reportFailure,
  restoreContainers,
  restoreRecords,
  TaskPool,
  type Containers,
  type Ensure,
  type Handler,
} from './restore.js';
export { Batches, sendUntilDone, type BatchLimits } from './batches.js';
export { replaceTags, sortedTags, type Tagging } from './tags.js';
export { canonicalDocument, chunks, compare, nonEmpty, sortBy, sortedRecord, sortKeys } from './values.js';
export { backoff, pollUntil, sleep } from './wait.js';
