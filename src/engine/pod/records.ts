import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import { CorruptPodError } from '../errors.js';
import type { Digest } from './digest.js';
import { canonicalJson } from './manifest.js';

/**
 * A payload as a record carries it: inline (base64) when small, else a reference to a payload
 * blob of the same pod. Inlining keeps a pod of 100,000 small objects at a handful of layers;
 * large payloads as blobs of their own are stored and uploaded once however often they are saved.
 */
export type PayloadRef =
  | { readonly size: number; readonly inline: string }
  | { readonly size: number; readonly digest: Digest };

/** One resource of a service, as one line of a state layer. */
export interface StoredRecord {
  /** The kind of resource within its service: `bucket`, `object`, `queue`… */
  readonly type: string;
  /** The resource's identity within its type and scope (name, key, ARN). */
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly payload?: PayloadRef;
}

/** Payloads up to this size are inlined in their record. */
export const INLINE_PAYLOAD_LIMIT = 256 * 1024;

const NEWLINE = 0x0a;

/**
 * Writes records as gzip-compressed JSON lines (canonical JSON) into `sink`. Node's gzip writes
 * no timestamp, so the same records always give the same bytes, and so the same digest.
 */
export class RecordLayerWriter<R> {
  private readonly gzip: Gzip = createGzip({ level: 6 });
  private readonly stored: Promise<R>;
  count = 0;

  constructor(sink: (content: Readable) => Promise<R>) {
    this.stored = sink(this.gzip);
    this.stored.catch(() => undefined);
  }

  async write(record: StoredRecord): Promise<void> {
    this.count += 1;
    if (!this.gzip.write(Buffer.concat([canonicalJson(record), Buffer.from('\n')]))) {
      await Promise.race([once(this.gzip, 'drain'), this.stored]);
    }
  }

  /** Ends the layer; resolves with what the sink made of it. */
  async finish(): Promise<R> {
    this.gzip.end();
    return this.stored;
  }

  /** Drops the layer after a failure elsewhere. */
  abort(error: Error): void {
    this.gzip.destroy(error);
  }
}

function parseRecord(line: string, n: number, what: string): StoredRecord {
  let record: StoredRecord;
  try {
    record = JSON.parse(line) as StoredRecord;
  } catch (error) {
    throw new CorruptPodError(`${what}: line ${n} is not valid JSON.`, { cause: error });
  }
  if (typeof record.type !== 'string' || typeof record.id !== 'string' || typeof record.data !== 'object') {
    throw new CorruptPodError(`${what}: line ${n} is not a state record.`);
  }
  return record;
}

/**
 * The records of a layer. Lines are split on the decompressed bytes rather than by `readline`:
 * readline decodes every chunk to a string and joins those into each line, so a record with an
 * inlined payload of 256 KiB was copied three times as strings; here it is decoded once.
 */
export async function* decodeRecords(layer: Readable, what: string): AsyncGenerator<StoredRecord> {
  const gunzip = createGunzip();
  layer.on('error', (error) => gunzip.destroy(error));
  layer.pipe(gunzip);
  let partial: Buffer[] = [];
  let n = 0;
  const line = (bytes: Buffer): StoredRecord | undefined => {
    n += 1;
    return bytes.length === 0 ? undefined : parseRecord(bytes.toString('utf8'), n, what);
  };
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      const record = line(partial.length === 0 ? piece : Buffer.concat([...partial, piece]));
      partial = [];
      start = end + 1;
      if (record) yield record;
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  }
  const last = partial.length === 0 ? undefined : line(Buffer.concat(partial));
  if (last) yield last;
}
