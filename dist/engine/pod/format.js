import { CorruptPodError, NewerFormatError } from '../errors.js';
import { ENGINE_VERSION } from '../version.js';
/**
 * The pod format this engine writes, and the newest it reads. It goes up when what a pod holds
 * changes so that an engine reading the earlier format would load it wrongly. The media types
 * keep their `v1` meanwhile: they tell OCI tools what kind of artifact a pod is, and a new one
 * would have engines refuse the pod as "not a pod" before reading which engine to upgrade to.
 */
export const POD_FORMAT_VERSION = 1;
/**
 * The format a pod is in. Pods written before the config recorded it have no number and are
 * format 1: the number came with no change to what a pod holds, so each of them reads as a pod
 * written now.
 */
export function formatVersionOf(config) {
    const version = config.formatVersion === undefined ? 1 : config.formatVersion;
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
        throw new CorruptPodError(`The pod config's format version is ${JSON.stringify(version)}, not a whole number from 1.`);
    }
    return version;
}
/**
 * Refuses a pod in a format this engine cannot read. The engine that wrote it reads it, so its
 * version is the one to upgrade to.
 */
export function refuseNewerFormat(config, pod) {
    const version = formatVersionOf(config);
    if (version <= POD_FORMAT_VERSION)
        return;
    // A config from a store is untrusted JSON: a crafted one may lack what a save always writes.
    const writer = config.engine?.version;
    throw new NewerFormatError(`Pod ${pod} is in pod format ${version}${writer ? `, written by localstack-pods ${writer}` : ''}; ` +
        `localstack-pods ${ENGINE_VERSION} reads pod formats up to ${POD_FORMAT_VERSION}. ` +
        `Upgrade to ${writer ? `localstack-pods ${writer} or later` : 'a newer localstack-pods'} to load it.`);
}
