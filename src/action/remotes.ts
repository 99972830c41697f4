import { fillPlaceholders, maskUrl, resolveRemote } from '../engine/index.js';

/**
 * The URL template a remote input stands for: a name defined in the `remotes` input, else what
 * the engine makes of it (a URL, a name in `$LOCALSTACK_PODS_HOME/remotes.json`, or `local`).
 */
export async function remoteUrl(nameOrUrl: string | undefined, remotes: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): Promise<string> {
  const defined = nameOrUrl === undefined ? undefined : remotes.get(nameOrUrl);
  return defined ?? (await resolveRemote(nameOrUrl, env)).url;
}

/** Whether the engine masks a query parameter of this name (its rule, so there is one). */
function isSecretParam(name: string): boolean {
  const probe = `s3://b/?${encodeURIComponent(name)}=x`;
  return maskUrl(probe) !== probe;
}

/**
 * The credentials a remote URL holds once its placeholders are filled: its password and the
 * values of its secret parameters, each as written and URL-decoded, since either may be logged.
 */
export function credentialsOf(template: string, env: NodeJS.ProcessEnv): string[] {
  const url = new URL(fillPlaceholders(template, env));
  // `password` keeps its percent-encoding; query values come decoded.
  const secrets = [decodeURIComponent(url.password), ...[...url.searchParams].filter(([name]) => isSecretParam(name)).map(([, value]) => value)];
  return [...new Set(secrets.flatMap((secret) => (secret ? [secret, encodeURIComponent(secret)] : [])))];
}
