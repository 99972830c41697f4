import { UsageError } from '../errors.js';

/** The pod name rule, as users read it in error messages. */
export const POD_NAME_RULE = '[a-z0-9][a-z0-9._-]{0,127}';
const POD_NAME = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const VERSION = /^[1-9][0-9]{0,8}$/;
/**
 * The highest version number: nine digits, which every store can tag (an OCI tag, a file name)
 * and a JavaScript number holds exactly. Tags beyond it belong to something else.
 */
export const MAX_POD_VERSION = 999_999_999;

/** Whether `text` is a version number as stores tag them. */
export function isVersionText(text: string): boolean {
  return VERSION.test(text);
}

export type PodVersion = number | 'latest';

/** `name`, `name:3` or `name:latest`; a bare name means the latest version. */
export interface PodRef {
  readonly name: string;
  readonly version: PodVersion;
}

/** Returns `name` when it follows the pod name rule, else throws a UsageError naming the rule. */
export function parsePodName(name: string): string {
  if (!POD_NAME.test(name)) {
    throw new UsageError(
      `Invalid pod name "${name}": a name must match ${POD_NAME_RULE} (lower-case letters, digits, ".", "_" and "-", starting with a letter or digit, at most 128 characters).`,
    );
  }
  return name;
}

/** Parses a version number (from 1) or `latest`. */
export function parsePodVersion(text: string, context = text): PodVersion {
  if (text === 'latest') return 'latest';
  if (!isVersionText(text)) {
    throw new UsageError(`Invalid pod version "${text}" in "${context}": a version is a whole number from 1 to ${MAX_POD_VERSION}, or "latest".`);
  }
  return Number(text);
}

/** Parses `name`, `name:N` or `name:latest`. */
export function parseRef(text: string): PodRef {
  const colon = text.lastIndexOf(':');
  if (colon === -1) return { name: parsePodName(text), version: 'latest' };
  return {
    name: parsePodName(text.slice(0, colon)),
    version: parsePodVersion(text.slice(colon + 1), text),
  };
}

export function formatRef(ref: PodRef): string {
  return `${ref.name}:${ref.version}`;
}
