import { NodeHttpHandler } from '@smithy/node-http-handler';

/**
 * What every service dump is made of: SDK v3 clients of one instance and region, calls whose
 * answers are kept as the SDK returns them (less the transport's `$metadata`), an error as its
 * name (a configuration that is not set reads as its not-found error), and lists turned into
 * objects keyed by a stable identity so two dumps diff by name, not by position.
 */

/** The instance read: its endpoint, the credentials (their access key is the account), a region. */
export interface DumpTarget {
  readonly endpoint: string;
  readonly accessKeyId: string;
}

/** An SDK client's settings for one region of the target. */
export function clientConfig(target: DumpTarget, region: string) {
  return {
    endpoint: target.endpoint,
    region,
    credentials: { accessKeyId: target.accessKeyId, secretAccessKey: 'test' },
    forcePathStyle: true,
    maxAttempts: 2,
    // HTTP/1.1 for every client: Kinesis's would otherwise speak HTTP/2, which emulators do not.
    requestHandler: new NodeHttpHandler(),
  };
}

/** A JSON-able value: what a dump holds. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An SDK client: anything that sends commands. */
interface Sender {
  send(command: any): Promise<any>;
}

/** One call's answer without `$metadata` (request ids, attempts: the transport, not the state). */
export async function read(client: Sender, command: object): Promise<Json> {
  try {
    const { $metadata: _, ...answer } = await client.send(command);
    return plain(answer);
  } catch (error) {
    return { error: (error as Error).name };
  }
}

/** Only the field `field` of an answer, or the error. */
export async function field(client: Sender, command: object, name: string): Promise<Json> {
  const answer = (await read(client, command)) as Record<string, Json>;
  return answer && typeof answer === 'object' && 'error' in answer ? answer : (answer[name] ?? null);
}

/**
 * Every item of a paginated list: `call` is given the previous page's token and returns the page;
 * `items` and `next` name the page's list and token fields.
 */
export async function all<T = any>(call: (token: string | undefined) => Promise<any>, items: string, next: string): Promise<T[]> {
  const found: T[] = [];
  let token: string | undefined;
  do {
    const page = await call(token);
    found.push(...((page?.[items] as T[] | undefined) ?? []));
    token = page?.[next];
  } while (token);
  return found;
}

/** An object of `items` keyed by `key(item)`, in key order. */
export async function keyed<T>(items: readonly T[], key: (item: T) => string, dump: (item: T) => unknown): Promise<Json> {
  const entries = await Promise.all(items.map(async (item) => [key(item), plain(await dump(item))] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A JSON string parsed (policies and definitions compare by meaning, not by spacing). */
export function parsed(text: unknown): Json {
  if (typeof text !== 'string') return (text ?? null) as Json;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/** Dates as ISO strings, bytes as base64, `undefined` dropped, keys sorted: what JSON holds. */
export function plain(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, plain(v)]));
  }
  return value as Json;
}

/** Tags as one object, whatever shape the service lists them in. */
export function tagObject(tags: unknown): Json {
  if (!tags || (typeof tags === 'object' && 'error' in (tags as object))) return (tags ?? {}) as Json;
  if (!Array.isArray(tags)) return plain(tags);
  return plain(Object.fromEntries(tags.map((t: any) => [t.Key ?? t.key ?? t.TagKey, t.Value ?? t.value ?? t.TagValue])));
}
