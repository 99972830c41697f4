import { type PodRef } from './pod/ref.js';
/** What a command's pod argument names: a pod in a remote, or a single-file pod. */
export type PodLocation = {
    readonly kind: 'ref';
    readonly ref: PodRef;
} | {
    readonly kind: 'file';
    readonly path: string;
    readonly name: string;
};
/** `name[:version]`, or `file:///dir/my-pod` for a single-file pod (named after the file). */
export declare function parseLocation(text: string): PodLocation;
/** A single-file pod given as a path (relative to the working directory) or a file:// URL. */
export declare function parseFileLocation(text: string): PodLocation & {
    kind: 'file';
};
