import type { Target } from '../target/target.js';
import { type RecordedOperation } from './operation.js';
/** Adds `operation` to the instance's record, making the record's bucket when it is not there. */
export declare function appendOperation(target: Target, env: NodeJS.ProcessEnv, operation: RecordedOperation): Promise<void>;
/** The instance's record, oldest operation first, and how many objects in it were not operations this version reads. */
export interface OperationLog {
    readonly operations: RecordedOperation[];
    readonly unreadable: number;
}
/** Reads the instance's record; an instance with no record (fresh, reset, restarted) has none. */
export declare function readOperations(target: Target, env: NodeJS.ProcessEnv): Promise<OperationLog>;
