import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
/** `$LOCALSTACK_PODS_HOME`, default `~/.localstack-pods`: remotes.json and the `local` store. */
export function podsHome(env = process.env) {
    return resolve(env.LOCALSTACK_PODS_HOME || join(homedir(), '.localstack-pods'));
}
export function localStorePath(env = process.env) {
    return join(podsHome(env), 'store');
}
export function remotesFile(env = process.env) {
    return join(podsHome(env), 'remotes.json');
}
