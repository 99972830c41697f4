import type { PodRecord, ServiceContext } from '../../module.js';
/**
 * Every record of the buckets named, and the records of the single objects named: those come
 * without their bucket's record.
 */
export declare function selectGroups(groups: ReadonlySet<string>): (record: PodRecord) => boolean;
/** Deletes the buckets of `groups` with their objects, and the single objects named in other buckets of the region. */
export declare function clearGroups(context: ServiceContext, region: string, groups: ReadonlySet<string>): Promise<void>;
