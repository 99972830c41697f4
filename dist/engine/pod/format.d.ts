import type { PodConfig } from './manifest.js';
/**
 * The pod format this engine writes, and the newest it reads. It goes up when what a pod holds
 * changes so that an engine reading the earlier format would load it wrongly. The media types
 * keep their `v1` meanwhile: they tell OCI tools what kind of artifact a pod is, and a new one
 * would have engines refuse the pod as "not a pod" before reading which engine to upgrade to.
 */
export declare const POD_FORMAT_VERSION = 1;
/**
 * The format a pod is in. Pods written before the config recorded it have no number and are
 * format 1: the number came with no change to what a pod holds, so each of them reads as a pod
 * written now.
 */
export declare function formatVersionOf(config: PodConfig): number;
/**
 * Refuses a pod in a format this engine cannot read. The engine that wrote it reads it, so its
 * version is the one to upgrade to.
 */
export declare function refuseNewerFormat(config: PodConfig, pod: string): void;
