export declare function placeholderEnv(name: string): string;
/** Fills `{placeholders}` from the environment; a missing variable is a UsageError that names it. */
export declare function fillPlaceholders(template: string, env?: NodeJS.ProcessEnv): string;
/**
 * The URL as users may see it: the user information (`user:password@`, or a lone token as the
 * user) and secret query values (see SECRET_PARAM, names compared decoded, so `%73ecret` is
 * `secret`) replaced by `***`, unless they are placeholders. Works on the text, so the rest of
 * the URL reads exactly as the user wrote it.
 */
export declare function maskUrl(text: string): string;
/** Refuses URLs that carry a literal secret: remotes are stored with placeholders only. */
export declare function refuseLiteralSecrets(text: string): void;
