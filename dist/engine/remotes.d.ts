/** A named remote: its URL keeps `{placeholders}` and never a secret. */
export interface Remote {
    readonly name: string;
    readonly url: string;
}
export declare const LOCAL_REMOTE = "local";
/** The `local` remote and every remote in remotes.json, by name. */
export declare function listRemotes(env?: NodeJS.ProcessEnv): Promise<Remote[]>;
/** Returns `name` when it follows the remote name rule, else throws a UsageError naming the rule. */
export declare function parseRemoteName(name: string): string;
export declare function addRemote(name: string, url: string, env?: NodeJS.ProcessEnv): Promise<Remote>;
export declare function deleteRemote(name: string, env?: NodeJS.ProcessEnv): Promise<void>;
/**
 * The URL a remote argument stands for: a URL as given, a remote name from remotes.json, or
 * `local` (also when undefined).
 */
export declare function resolveRemote(nameOrUrl: string | undefined, env?: NodeJS.ProcessEnv): Promise<Remote>;
