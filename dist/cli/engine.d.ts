/**
 * The engine, loaded when a command runs: `--help`, `--version` and usage errors need none of it.
 * `engine` brings the AWS SDK clients, for commands that reach an instance; commands that only
 * read and write stores load `pods` or `remotes`, which start in a fraction of the time.
 */
export declare const engine: () => Promise<typeof import("../engine/index.js")>;
export declare const pods: () => Promise<typeof import("../engine/pods.js")>;
export declare const remoteBook: () => Promise<typeof import("../engine/remotes.js")>;
export declare const checker: () => Promise<typeof import("../engine/check.js")>;
