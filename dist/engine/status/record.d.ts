import { type ResourceFailure } from '../errors.js';
import { type Descriptor } from '../pod/manifest.js';
import type { RestorePlan } from '../state/restore.js';
import type { Target } from '../target/target.js';
import type { OperationPod, RecordedOperation } from './operation.js';
/** An operation as load and save describe it; the record adds when it ended and the instance's session. */
export type OperationDraft = Omit<RecordedOperation, 'at' | 'session'>;
/**
 * What a load did, from its plan: the scopes it wrote, and those it emptied whole first. A scope
 * restored in part (some buckets or tables of it, `RestorePlan.groups`) keeps the rest of what
 * it held, so it does not count as emptied.
 */
export declare function loadOperation(pod: OperationPod, plan: RestorePlan, partial: boolean): OperationDraft;
/** What a save captured, from the layers of the version it published. */
export declare function saveOperation(pod: OperationPod, layers: readonly Descriptor[]): OperationDraft;
/**
 * Adds an operation to the instance's record, for `status`. The operation is done whatever
 * happens here: when the record cannot be written, one warning says so and the caller goes on.
 * Only an instance that switches accounts keeps a record, in an account of its own: elsewhere
 * (real AWS, an endpoint not known) the record would be a bucket among the user's.
 */
export declare function recordOperation(target: Target, env: NodeJS.ProcessEnv, draft: OperationDraft, warnings: ResourceFailure[]): Promise<void>;
