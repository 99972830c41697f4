import { type PodRef } from './pod/ref.js';
/** What a command's pod argument names: a pod in a remote, a single-file pod, or one to download. */
export type PodLocation = {
    readonly kind: 'ref';
    readonly ref: PodRef;
} | {
    readonly kind: 'file';
    readonly path: string;
    readonly name: string;
} | {
    readonly kind: 'url';
    readonly url: string;
    readonly display: string;
    readonly name: string;
};
/**
 * `name[:version]`; `file:///dir/my-pod` for a single-file pod (named after the file); an
 * `http(s)://` URL of one; or `git://user/repo[@branch]/path`, the file at `path` on `branch`
 * (default `main`) of a GitHub repository, read from raw.githubusercontent.com.
 */
export declare function parseLocation(text: string, env?: NodeJS.ProcessEnv): PodLocation;
/** A single-file pod given as a path (relative to the working directory) or a file:// URL. */
export declare function parseFileLocation(text: string): PodLocation & {
    kind: 'file';
};
