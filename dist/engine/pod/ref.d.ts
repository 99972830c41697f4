/** The pod name rule, as users read it in error messages. */
export declare const POD_NAME_RULE = "[a-z0-9][a-z0-9._-]{0,127}";
/**
 * The highest version number: nine digits, which every store can tag (an OCI tag, a file name)
 * and a JavaScript number holds exactly. Tags beyond it belong to something else.
 */
export declare const MAX_POD_VERSION = 999999999;
/** Whether `text` is a version number as stores tag them. */
export declare function isVersionText(text: string): boolean;
export type PodVersion = number | 'latest';
/** `name`, `name:3` or `name:latest`; a bare name means the latest version. */
export interface PodRef {
    readonly name: string;
    readonly version: PodVersion;
}
/** Returns `name` when it follows the pod name rule, else throws a UsageError naming the rule. */
export declare function parsePodName(name: string): string;
/** Parses a version number (from 1) or `latest`. */
export declare function parsePodVersion(text: string, context?: string): PodVersion;
/** Parses `name`, `name:N` or `name:latest`. */
export declare function parseRef(text: string): PodRef;
export declare function formatRef(ref: PodRef): string;
