import type { PodsOptions } from './options.js';
/** One resource that differs between two versions. */
export interface ResourceChange {
    readonly account: string;
    readonly region: string;
    readonly type: string;
    readonly id: string;
}
/** What changed in one service from one version to another. */
export interface ServiceDiff {
    readonly service: string;
    readonly created: ResourceChange[];
    readonly changed: ResourceChange[];
    readonly removed: ResourceChange[];
}
export interface VersionDiff {
    readonly remote: string;
    readonly name: string;
    readonly from: number;
    readonly to: number;
    /** Services with a difference, by name. */
    readonly services: ServiceDiff[];
}
/**
 * The resources created, changed and removed per service from version `from` to version `to`
 * of a pod, record by record: what a load of `to` over `from` would make differ.
 */
export declare function diffVersions(name: string, from: number, to: number, options: Pick<PodsOptions, 'remote' | 'env'>): Promise<VersionDiff>;
