import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CorruptPodError, NotFoundError, UsageError } from './errors.js';
import { localStorePath, remotesFile } from './home.js';
import { writeFileAtomic } from './store/file/atomic.js';
import { withLock } from './store/file/lock.js';
import { supportedSchemes } from './store/registry.js';
import { maskUrl, refuseLiteralSecrets } from './store/url.js';

/** A named remote: its URL keeps `{placeholders}` and never a secret. */
export interface Remote {
  readonly name: string;
  readonly url: string;
}

export const LOCAL_REMOTE = 'local';
const REMOTE_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

interface RemotesFile {
  remotes: Record<string, { url: string }>;
}

async function readRemotes(env: NodeJS.ProcessEnv): Promise<RemotesFile> {
  try {
    const parsed = JSON.parse(await readFile(remotesFile(env), 'utf8')) as RemotesFile;
    return { remotes: parsed.remotes ?? {} };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { remotes: {} };
    throw new CorruptPodError(`${remotesFile(env)} is damaged: ${(error as Error).message}. Fix or remove it.`, { cause: error });
  }
}

async function changeRemotes(env: NodeJS.ProcessEnv, change: (file: RemotesFile) => void): Promise<void> {
  const path = remotesFile(env);
  await mkdir(dirname(path), { recursive: true });
  await withLock(`${path}.lock`, async () => {
    const file = await readRemotes(env);
    change(file);
    await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
  });
}

function localRemote(env: NodeJS.ProcessEnv): Remote {
  return { name: LOCAL_REMOTE, url: pathToFileURL(localStorePath(env)).toString() };
}

/** The `local` remote and every remote in remotes.json, by name. */
export async function listRemotes(env: NodeJS.ProcessEnv = process.env): Promise<Remote[]> {
  const { remotes } = await readRemotes(env);
  return [
    localRemote(env),
    ...Object.entries(remotes)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, r]) => ({ name, url: r.url })),
  ];
}

/** Returns `name` when it follows the remote name rule, else throws a UsageError naming the rule. */
export function parseRemoteName(name: string): string {
  if (!REMOTE_NAME.test(name)) {
    throw new UsageError(`Invalid remote name "${name}": a remote name must match [a-z0-9][a-z0-9._-]{0,63}.`);
  }
  return name;
}

export async function addRemote(name: string, url: string, env: NodeJS.ProcessEnv = process.env): Promise<Remote> {
  parseRemoteName(name);
  if (name === LOCAL_REMOTE) throw new UsageError(`"${LOCAL_REMOTE}" is the built-in remote; choose another name.`);
  refuseLiteralSecrets(url);
  let scheme: string;
  try {
    scheme = new URL(url.replace(/\{[a-z0-9_]+\}/g, 'x')).protocol;
  } catch {
    throw new UsageError(`Invalid remote URL "${maskUrl(url)}": expected e.g. file:///abs/dir.`);
  }
  if (!supportedSchemes().includes(scheme)) {
    throw new UsageError(
      `Unsupported remote "${maskUrl(url)}": supported URL schemes are ${supportedSchemes()
        .map((s) => `${s}//`)
        .join(', ')}.`,
    );
  }
  await changeRemotes(env, (file) => {
    file.remotes[name] = { url };
  });
  return { name, url };
}

export async function deleteRemote(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (name === LOCAL_REMOTE) throw new UsageError(`"${LOCAL_REMOTE}" is built in and cannot be deleted.`);
  let found = false;
  await changeRemotes(env, (file) => {
    found = name in file.remotes;
    delete file.remotes[name];
  });
  if (!found) throw new NotFoundError(`No remote named "${name}". See: localstack-pods remote list`);
}

/**
 * The URL a remote argument stands for: a URL as given, a remote name from remotes.json, or
 * `local` (also when undefined).
 */
export async function resolveRemote(nameOrUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<Remote> {
  if (!nameOrUrl || nameOrUrl === LOCAL_REMOTE) return localRemote(env);
  if (nameOrUrl.includes('://')) return { name: nameOrUrl, url: nameOrUrl };
  const remote = (await listRemotes(env)).find((r) => r.name === nameOrUrl);
  if (!remote) {
    throw new NotFoundError(`No remote named "${nameOrUrl}". Add it with: localstack-pods remote add ${nameOrUrl} URL`);
  }
  return remote;
}
