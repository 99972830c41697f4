import { Buffer } from 'node:buffer';
import type { Descriptor } from '../../pod/manifest.js';
/**
 * A claim older than this is one a writer left when it was killed: nobody waits for it. Far
 * longer than a claim lives (a few requests), so clocks of different machines may disagree by
 * much less than this without two writers both ignoring each other.
 */
export declare const STALE_CLAIM_SECONDS = 3600;
/** The OCI empty descriptor (image-spec 1.1): the config of a manifest that needs none. */
export declare const EMPTY_CONFIG: Descriptor;
export declare const EMPTY_CONFIG_BYTES: Buffer<ArrayBuffer>;
export interface Claim {
    readonly tag: string;
    readonly descriptor: Descriptor;
    readonly bytes: Buffer;
}
/** A new claim on `version`: a manifest of its own (so deleting it deletes nothing else) and its tag. */
export declare function newClaim(version: number, now?: Date): Claim;
/** The live claims on `version` among `tags`, in the order that decides which one waits. */
export declare function claimsOn(tags: readonly string[], version: number, nowSeconds?: number): string[];
/** The version a claim tag is on; undefined for any other tag. */
export declare function claimedVersion(tag: string): number | undefined;
/** Whether the claim `tag` was left by a writer that is gone. */
export declare function isStale(tag: string, nowSeconds?: number): boolean;
