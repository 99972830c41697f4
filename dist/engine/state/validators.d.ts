import type { Digest } from '../pod/digest.js';
/**
 * What a save saw of the records it read: per state layer (`scopeKey`), per
 * record (`type`, NUL, `id`), the record's validator (`CapturedRecord.validator`).
 */
export type Validators = ReadonlyMap<string, ReadonlyMap<string, string>>;
/**
 * The file that keeps the validators of one pod's saves from one instance into one store, in
 * `$LOCALSTACK_PODS_HOME/cache`. Validators are facts about an instance (ETags, times), not
 * state, so they stay out of the pod: the same state gives the same layers wherever it is saved.
 */
export declare function validatorsFile(env: NodeJS.ProcessEnv, store: string, pod: string, endpoint: string): string;
/**
 * The validators saved with `manifest`, or undefined when the file is missing, unreadable or
 * belongs to another version (a save from elsewhere came in between): then nothing is trusted.
 */
export declare function readValidators(file: string, manifest: Digest): Promise<Validators | undefined>;
/** Replaces the file with the validators of the version `manifest`, atomically. */
export declare function writeValidators(file: string, manifest: Digest, validators: Validators): Promise<void>;
