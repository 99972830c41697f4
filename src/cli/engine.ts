/**
 * The engine, loaded when a command runs: `--help`, `--version` and usage errors need none of it.
 * `engine` brings the AWS SDK clients, for commands that reach an instance; commands that only
 * read and write stores load `pods` or `remotes`, which start in a fraction of the time.
 */
export const engine = () => import('../engine/index.js');
export const pods = () => import('../engine/pods.js');
export const remoteBook = () => import('../engine/remotes.js');
export const checker = () => import('../engine/check.js');
