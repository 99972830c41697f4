import { type PodsOptions, type RawOptions } from './options.js';
/** The file names searched, from the working folder up to the home folder. */
export declare const CONFIG_FILE = "localstack-pods.config.json";
/** The key of package.json that holds the same object. */
export declare const PACKAGE_KEY = "localstack-pods";
/** A project's options, from its config file: the option table's names, and named remotes. */
export interface ConfigFile {
    readonly path: string;
    readonly options: RawOptions;
    /** Remote URL templates by name; they go before the ones in remotes.json. */
    readonly remotes: ReadonlyMap<string, string>;
}
/** The object a config file holds, checked: every key an option of the table, or `remotes`. */
export declare function parseConfig(path: string, content: unknown): ConfigFile;
/**
 * The project's config file: `localstack-pods.config.json`, or the `localstack-pods` key of
 * package.json, the nearest from `cwd` up (lilconfig's search, as cosmiconfig users know it).
 * Undefined when there is none. A file that is not valid JSON is a usage error that names it.
 */
export declare function findConfig(cwd?: string): ConfigFile | undefined;
/** The URL template of a remote the config file names, else `nameOrUrl` as given. */
export declare function configuredRemote(nameOrUrl: string, config: ConfigFile | undefined): string;
/**
 * A front's options with the project's config file under the environment (see
 * `resolveOptions`), and a remote the file names put to its URL.
 */
export declare function resolveWithConfig(raw: RawOptions, env: NodeJS.ProcessEnv, config?: ConfigFile | undefined): PodsOptions;
/** A remote a user can name, its URL masked, and where it is defined. */
export interface NamedRemote {
    readonly name: string;
    readonly url: string;
    /** The config file's path, remotes.json's, or `(built in)` for `local`. */
    readonly from: string;
}
/** Every remote a user can name: the config file's first, then remotes.json's and `local`, URLs masked. */
export declare function namedRemotes(config: ConfigFile | undefined, env?: NodeJS.ProcessEnv): Promise<NamedRemote[]>;
