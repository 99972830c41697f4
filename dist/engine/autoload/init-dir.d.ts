import { type ParsedEntries } from './entries.js';
/** Where LocalStack looks for the pods to load at start-up, inside its container. */
export declare const DEFAULT_INIT_DIR = "/etc/localstack/init-pods.d";
export interface InitDirEntries extends ParsedEntries {
    /** Whether the directory exists; one that does not names no pods, as in LocalStack. */
    readonly found: boolean;
}
/**
 * What an init directory names, in LocalStack's order: the pods of each `.txt` file, then each
 * `.zip` pod file, both by file name (code point order, the same on every machine).
 */
export declare function readInitDir(dir: string): Promise<InitDirEntries>;
