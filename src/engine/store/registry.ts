import { UsageError } from '../errors.js';
import { fileStoreOpener } from './file/index.js';
import { ociStoreOpener } from './oci/index.js';
import { s3StoreOpener } from './s3/index.js';
import type { ReadableStore, StoreOpener } from './store.js';
import { fillPlaceholders, maskUrl } from './url.js';

/** Every store; a new store is one file or folder and one line here (or `registerStore` in a front). */
const OPENERS: StoreOpener[] = [fileStoreOpener, s3StoreOpener, ociStoreOpener];

/**
 * Adds a store at runtime, so a store that needs a front's libraries (the GitHub Action's
 * `github-cache://`) lives in that front and the engine does not depend on them. An opener for
 * a scheme already known replaces it; the replaced opener is returned so the new one can wrap
 * it (a read-through cache in front of a remote).
 */
export function registerStore(opener: StoreOpener): StoreOpener | undefined {
  const index = OPENERS.findIndex((o) => o.scheme === opener.scheme);
  if (index === -1) {
    OPENERS.push(opener);
    return undefined;
  }
  const replaced = OPENERS[index];
  OPENERS[index] = opener;
  return replaced;
}

export function supportedSchemes(): string[] {
  return OPENERS.map((o) => o.scheme);
}

/** Opens the store at `template` (placeholders filled from `env`); `display` masks its secrets. */
export async function openStoreUrl(template: string, mode: 'read' | 'write', env: NodeJS.ProcessEnv = process.env): Promise<ReadableStore> {
  const display = maskUrl(template);
  let url: URL;
  try {
    url = new URL(fillPlaceholders(template, env));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Invalid remote URL "${display}".`);
  }
  const opener = OPENERS.find((o) => o.scheme === url.protocol);
  if (!opener) {
    throw new UsageError(`Unsupported remote "${display}": supported URL schemes are ${OPENERS.map((o) => `${o.scheme}//`).join(', ')}.`);
  }
  return opener.open(url, mode, display, env);
}
