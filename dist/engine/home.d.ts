/** `$LOCALSTACK_PODS_HOME`, default `~/.localstack-pods`: remotes.json and the `local` store. */
export declare function podsHome(env?: NodeJS.ProcessEnv): string;
export declare function localStorePath(env?: NodeJS.ProcessEnv): string;
export declare function remotesFile(env?: NodeJS.ProcessEnv): string;
