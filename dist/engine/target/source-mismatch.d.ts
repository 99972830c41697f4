import type { SourceInstance } from '../pod/manifest.js';
/** A pod going into another emulator, or another version of it, than the one it was saved from. */
export interface SourceMismatch {
    readonly saved: SourceInstance;
    readonly loading: SourceInstance;
    /** `saved from LocalStack 4.14.0, loading into moto`: what fronts show as the warning. */
    readonly message: string;
}
/**
 * An instance as people name it: `LocalStack Pro 4.3.0`, `moto`. Only LocalStack's edition is
 * named, and not `community`: its editions are products of their own, while MiniStack fills
 * the field of LocalStack's health answer it imitates with a word of its own.
 */
export declare function instanceName(instance: SourceInstance): string;
/**
 * What a front warns of before a pod goes into `loading`: another brand, or another version of
 * the same one. An edition alone is no difference (the AWS APIs a pod is captured through are the
 * same), nor is a version only one side reports: moto reports none, and a warning on every load
 * from moto into moto would teach people to pass over the one that matters.
 */
export declare function sourceMismatch(saved: SourceInstance, loading: SourceInstance): SourceMismatch | undefined;
